import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSharedLibraryServer, type SharedLibraryServer } from '../../electron/server/shared-library-server';
import { addUser } from '../../electron/server/users';
import { openSampleHandbook, SAMPLE_HANDBOOK } from './support/actions';
import { openApp, useBrowser } from './support/browser';

/*
 * The shared library from the app: a real server (`handbok serve`'s own code) on 127.0.0.1 in a temporary
 * folder, and two people in two browser profiles of the browser build.
 */

const browser = useBrowser();
let server: SharedLibraryServer;
const tokens = { editor: '', reader: '' };
const address = () => `http://127.0.0.1:${server.port}`;

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'handbok-delat-e2e-'));
  tokens.editor = await addUser(folder, 'Anna Redaktör', 'editor', new Date());
  tokens.reader = await addUser(folder, 'Cecilia Läsare', 'reader', new Date());
  server = await startSharedLibraryServer({ folder, host: '127.0.0.1', port: 0, log: () => {}, now: () => new Date() });
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
  const local = cecilia.page.getByRole('link', { name: SAMPLE_HANDBOOK, exact: true });
  await local.click();
  await cecilia.page.getByText('1 Inledning').first().waitFor();

  // The browser logs the refusals the test asked for (a document shared twice, a wrong token) itself.
  const unasked = (errors: string[]) => errors.filter((error) => !/Failed to load resource: the server responded with a status of (401|409)/.test(error));
  expect(unasked(anna.errors)).toEqual([]);
  expect(unasked(cecilia.errors)).toEqual([]);
  await anna.context.close();
  await cecilia.context.close();
});
