import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSharedLibraryServer, type SharedLibraryServer } from '../../electron/server/shared-library-server';
import { addUser } from '../../electron/server/users';
import { sampleLibrary } from '../../resources/samples/sample-library';
import { documentsFromSeeds } from '../../shared/model/document';
import { openSampleHandbook, SAMPLE_HANDBOOK } from './support/actions';
import { openApp, useBrowser } from './support/browser';

/*
 * The shared library from the app: a real server (`handbok serve`'s own code) on 127.0.0.1 in a temporary
 * folder, and two people in two browser profiles of the browser build.
 */

const browser = useBrowser();
let server: SharedLibraryServer;
let folder = '';
const tokens = { editor: '', secondEditor: '', reader: '' };
const address = () => `http://127.0.0.1:${server.port}`;

/** The server on a port (0 for any free one), storing soon after each change so that the test need not wait long. */
const startServer = (port: number) => startSharedLibraryServer({ folder, host: '127.0.0.1', port, log: () => {}, now: () => new Date(), storeAfterMs: 100 });

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'handbok-delat-e2e-'));
  tokens.editor = await addUser(folder, 'Anna Redaktör', 'editor', new Date());
  tokens.secondEditor = await addUser(folder, 'Bertil Redaktör', 'editor', new Date());
  tokens.reader = await addUser(folder, 'Cecilia Läsare', 'reader', new Date());
  server = await startServer(0);
});
afterAll(async () => server?.stop());

/** Settings → Delat bibliotek: the address and the token, then Anslut. */
async function connect(page: Page, token: string) {
  await page.goto(new URL('#/installningar', page.url()).href);
  const card = page.getByRole('region', { name: 'Delat bibliotek' });
  await card.getByLabel('Serveradress').fill(address());
  await card.getByLabel('Nyckel').fill(token);
  await card.getByRole('button', { name: 'Anslut' }).click();
  return card;
}

it('a document shared by an editor appears in the shared library of a reader, who keeps a local copy of it; a wrong token is refused', async () => {
  const anna = await openApp(browser());
  await openSampleHandbook(anna.page);
  const documentUrl = anna.page.url();
  const annasCard = await connect(anna.page, tokens.editor);
  await expect.poll(() => annasCard.getByRole('status').textContent()).toBe(`Ansluten till ${address()}. Där finns 0 dokument som du kan läsa.`);

  await anna.page.goto(documentUrl);
  await anna.page.getByRole('button', { name: 'Dela', exact: true }).click();
  await expect.poll(() => anna.page.locator('.notices').textContent()).toContain(`”${SAMPLE_HANDBOOK}” finns nu i det delade biblioteket.`);
  await anna.page.getByRole('button', { name: 'Dela', exact: true }).click();
  await expect.poll(() => anna.page.locator('.notices').textContent()).toContain('Det delade biblioteket har redan det här dokumentet.');
  await anna.page.goto(new URL('#/', anna.page.url()).href);
  await anna.page.getByRole('region', { name: 'Delat bibliotek' }).getByText('Redaktör').waitFor();
  await anna.page.screenshot({ path: 'test-results/shared-library-editor.png', fullPage: true });

  const cecilia = await openApp(browser());
  await cecilia.page.getByRole('button', { name: 'Gör det senare' }).click();
  const wrong = await connect(cecilia.page, 'fel-nyckel');
  await expect.poll(() => wrong.getByRole('status').textContent()).toContain('Servern känner inte igen nyckeln.');
  await wrong.screenshot({ path: 'test-results/shared-library-refused.png' });
  const ceciliasCard = await connect(cecilia.page, tokens.reader);
  await expect.poll(() => ceciliasCard.getByRole('status').textContent()).toBe(`Ansluten till ${address()}. Där finns 1 dokument som du kan läsa.`);

  await cecilia.page.goto(new URL('#/', cecilia.page.url()).href);
  const shared = cecilia.page.getByRole('region', { name: 'Delat bibliotek' });
  const row = shared.getByRole('row').filter({ hasText: SAMPLE_HANDBOOK });
  await expect.poll(() => row.textContent()).toContain('Läsare');
  await cecilia.page.screenshot({ path: resolve(import.meta.dirname, 'screenshots', 'shared-library.png') });
  await row.getByRole('button', { name: 'Behåll en lokal kopia' }).click();
  await expect.poll(() => cecilia.page.locator('.notices').textContent()).toContain(`En lokal kopia av ”${SAMPLE_HANDBOOK}” finns nu i ditt bibliotek.`);
  // The local copy's link, beside the shared document's own, which opens it on the server.
  const local = cecilia.page.locator('a:not([href^="#/delat/"])').getByText(SAMPLE_HANDBOOK, { exact: true });
  await local.click();
  await cecilia.page.getByText('1 Inledning').first().waitFor();

  // The browser logs the refusals the test asked for (a document shared twice, a wrong token) itself.
  const unasked = (errors: string[]) => errors.filter((error) => !/Failed to load resource: the server responded with a status of (401|409)/.test(error));
  expect(unasked(anna.errors)).toEqual([]);
  expect(unasked(cecilia.errors)).toEqual([]);
  await anna.context.close();
  await cecilia.context.close();
});

const OFFLINE_AND_KEPT = 'Ingen anslutning: det du skriver är sparat på den här datorn och skickas när servern svarar igen';

/** The person at this computer, as Handbok asks for a name (the name goes beside their cursor). */
async function signInAs(page: Page, name: string, token: string) {
  await page.getByRole('button', { name: 'Gör det senare' }).click();
  await page.evaluate((given) => localStorage.setItem('handbok.userName', given), name);
  await connect(page, token);
}

/** The text of the shared document's paragraphs in a client, as the client's editor shows it. */
const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Dokumentets innehåll' });

/** The document as the server has stored it, as JSON text. */
async function storedJson(id: string): Promise<string> {
  const response = await fetch(`${address()}/api/documents/${id}`, { headers: { Authorization: `Bearer ${tokens.editor}` } });
  return JSON.stringify(await response.json());
}

it('two editors write in one shared document live and see each other; a reader cannot change it; what is written offline arrives when the server is back', async () => {
  const shared = documentsFromSeeds(sampleLibrary, '2026-12-08T09:00:00.000Z', () => 'delad-handbok')[0]!;
  const posted = await fetch(`${address()}/api/documents`, { method: 'POST', headers: { Authorization: `Bearer ${tokens.editor}`, 'Content-Type': 'application/json' }, body: JSON.stringify(shared) });
  expect(posted.status).toBe(201);
  const documentHash = `#/delat/${shared.id}`;

  const anna = await openApp(browser());
  await signInAs(anna.page, 'Anna', tokens.editor);
  await anna.page.goto(new URL('#/', anna.page.url()).href);
  await anna.page.locator(`[data-shared-document-id="${shared.id}"]`).getByRole('link', { name: SAMPLE_HANDBOOK }).click();
  expect(new URL(anna.page.url()).hash).toBe(documentHash);
  const bertil = await openApp(browser());
  await signInAs(bertil.page, 'Bertil', tokens.secondEditor);
  await bertil.page.goto(new URL(documentHash, bertil.page.url()).href);
  for (const { page } of [anna, bertil]) {
    await page.getByRole('heading', { name: SAMPLE_HANDBOOK }).waitFor();
    await expect.poll(() => page.locator('.document__bar').getByRole('status').textContent()).toBe('Ansluten, allt är sparat på servern');
    await expect.poll(() => editorOf(page).getAttribute('contenteditable')).toBe('true');
    await editorOf(page).getByText('1 Inledning').waitFor();
  }

  // Anna writes at the end of the first paragraph; Bertil sees it, and her name among those present.
  const paragraph = (page: Page) => editorOf(page).locator('p').first();
  // Into the paragraph's last line and to its end, or its first line and to its start, wherever it wraps.
  const toEnd = async (page: Page) => {
    const box = (await paragraph(page).boundingBox())!;
    await paragraph(page).click({ position: { x: box.width - 2, y: box.height - 4 } });
    await page.keyboard.press('End');
  };
  const toStart = async (page: Page) => {
    await paragraph(page).click({ position: { x: 2, y: 4 } });
    await page.keyboard.press('Home');
  };
  await toEnd(anna.page);
  await anna.page.keyboard.type(' Anna skriver.');
  await expect.poll(() => paragraph(bertil.page).textContent()).toContain(' Anna skriver.');
  await expect.poll(() => bertil.page.getByRole('list', { name: 'Har dokumentet öppet just nu' }).textContent()).toBe('Anna');

  // Both write in the same paragraph at once: every client, and the server, ends with both.
  await toStart(bertil.page);
  await Promise.all([anna.page.keyboard.type(' Och mer.'), bertil.page.keyboard.type('Bertil först. ')]);
  for (const { page } of [anna, bertil]) {
    await expect.poll(() => paragraph(page).textContent()).toMatch(/^Bertil först\. .* Anna skriver\. Och mer\.$/);
  }
  expect(await paragraph(anna.page).textContent()).toBe(await paragraph(bertil.page).textContent());
  await expect.poll(() => storedJson(shared.id)).toContain('Bertil först. ');
  await expect.poll(() => storedJson(shared.id)).toContain('Anna skriver. Och mer.');
  await bertil.page.screenshot({ path: resolve(import.meta.dirname, 'screenshots', 'shared-editing.png') });

  // A reader sees the document and the edits, and cannot change it.
  const cecilia = await openApp(browser());
  await signInAs(cecilia.page, 'Cecilia', tokens.reader);
  await cecilia.page.goto(new URL(documentHash, cecilia.page.url()).href);
  await expect.poll(() => cecilia.page.locator('.document__bar').getByRole('status').textContent()).toBe('Ansluten, allt är sparat på servern');
  await cecilia.page.getByText('Du är läsare i det här dokumentet och kan inte ändra det.').waitFor();
  await expect.poll(() => paragraph(cecilia.page).textContent()).toContain('Anna skriver. Och mer.');
  expect(await editorOf(cecilia.page).getAttribute('contenteditable')).toBe('false');

  // The server goes away: Anna is told, keeps writing, and her text arrives once it is back on its port.
  const port = server.port;
  await server.stop();
  await expect.poll(() => anna.page.locator('.document__bar').getByRole('status').textContent()).toBe(OFFLINE_AND_KEPT);
  await anna.page.keyboard.type(' Skrivet utan nät.');
  // Closed and opened again while the server is away, the document is whole, her new text in it.
  await expect.poll(() => paragraph(anna.page).textContent()).toContain('Skrivet utan nät.');
  await expect.poll(() => anna.page.locator('.document__bar').getByRole('status').textContent()).toBe(OFFLINE_AND_KEPT);
  await anna.page.reload();
  await expect.poll(() => paragraph(anna.page).textContent()).toContain('Anna skriver. Och mer. Skrivet utan nät.');
  expect(await anna.page.locator('.document__bar').getByRole('status').textContent()).not.toBe('Ansluten, allt är sparat på servern');
  await anna.page.screenshot({ path: resolve(import.meta.dirname, 'screenshots', 'shared-offline.png') });
  server = await startServer(port);
  await expect.poll(() => anna.page.locator('.document__bar').getByRole('status').textContent(), { timeout: 20_000 }).toBe('Ansluten, allt är sparat på servern');
  await expect.poll(() => paragraph(bertil.page).textContent(), { timeout: 20_000 }).toContain('Skrivet utan nät.');
  await expect.poll(() => storedJson(shared.id)).toContain('Skrivet utan nät.');

  // What a lost server makes the browser log (a refused socket) is the test's doing, not the app's.
  const unasked = (errors: string[]) => errors.filter((error) => !/WebSocket connection to .* failed/.test(error));
  for (const person of [anna, bertil, cecilia]) {
    expect(unasked(person.errors)).toEqual([]);
    await person.context.close();
  }
}, 120_000);
