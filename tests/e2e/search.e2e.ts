import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, useBrowser } from './support/browser';
import { SAMPLE_HANDBOOK, clickAtEndOfDocument, createDocument, libraryRow, skipOnboarding, storedContent, waitUntilSaved } from './support/actions';

const browser = useBrowser();
const screenshot = (name: string) => resolve(import.meta.dirname, 'screenshots', name);

async function openSampleLibrary(page: Page) {
  await page.getByRole('button', { name: 'Gör det senare' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Öppna exempelbiblioteket' }).click();
  const added = page.getByText(/exempeldokument har lagts till/);
  await added.waitFor();
  await page.getByRole('status').getByRole('button', { name: 'Stäng' }).click();
  await added.waitFor({ state: 'detached' });
}

/** The titles of the listed hits, once the list shows an answer to what was typed. */
async function hitTitles(page: Page, query: string): Promise<string[]> {
  const dialog = page.getByRole('dialog', { name: 'Sök i biblioteket' });
  await dialog.getByRole('combobox', { name: 'Sök i dokumentens text' }).fill(query);
  await dialog.getByRole('status').filter({ hasText: /dokument med träffar|Inga träffar/ }).waitFor();
  return dialog.locator('.search-result__title').allTextContents();
}

it('Ctrl+K finds the sample library by the words inside its documents, marks them, and opens the document at the block', async () => {
  const { context, page, errors } = await openApp(browser());
  await openSampleLibrary(page);

  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Sök i biblioteket' });
  await dialog.waitFor();
  const results = dialog.getByRole('listbox', { name: 'Träffar' });
  await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 20_000 }).not.toMatch(/byggs/);

  expect(await hitTitles(page, 'PUFF')).toEqual([SAMPLE_HANDBOOK]);
  expect(await results.getByRole('option').first().locator('mark').allTextContents()).toContain('PUFF');

  expect(await hitTitles(page, 'avvikelse')).toEqual([SAMPLE_HANDBOOK]);
  expect((await results.getByRole('option').first().locator('mark').allTextContents()).map((text) => text.toLowerCase())).toContain('avvikelse');

  // The definite form in the text, the base form in the query.
  expect(await hitTitles(page, 'kvalitetsarbete')).toEqual([SAMPLE_HANDBOOK]);
  const first = results.getByRole('option').first();
  expect(await first.locator('mark').allTextContents()).toContain('kvalitetsarbetet');
  expect(await first.textContent()).toContain('Gällande');
  expect(await first.textContent()).toContain('Handbok');

  // Filters: by kind, and words found in two documents.
  expect(await hitTitles(page, 'chef')).toEqual([SAMPLE_HANDBOOK, 'Kvalitetspolicy för Sjövik kommun']);
  await dialog.getByLabel('Typ').selectOption({ label: 'Policy' });
  expect(await hitTitles(page, 'chefer')).toEqual(['Kvalitetspolicy för Sjövik kommun']);
  await dialog.getByLabel('Typ').selectOption({ label: 'Alla typer' });

  expect(await hitTitles(page, 'förbättr')).toEqual([SAMPLE_HANDBOOK, 'Riktlinje för internkontroll']);
  await page.keyboard.press('ArrowDown');
  expect(await dialog.getByRole('option', { selected: true }).locator('.search-result__title').textContent()).toBe('Riktlinje för internkontroll');
  await page.keyboard.press('ArrowUp');
  await hitTitles(page, 'kvalitetsarbete');
  await page.screenshot({ path: screenshot('search.png') });

  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/dokument\/[^/]+\/las\?block=/);
  const [, id, block] = /^#\/dokument\/([^/]+)\/las\?block=(.+)$/.exec(await page.evaluate(() => window.location.hash))!;
  // The block the URL names is the one that holds the word.
  const stored = JSON.stringify(await storedContent(page, decodeURIComponent(id!)));
  const blockAt = stored.indexOf(`"blockId":"${decodeURIComponent(block!)}"`);
  expect(blockAt).toBeGreaterThan(-1);
  expect(errors).toEqual([]);
  await context.close();
});

it("the library's own search box finds documents by their text, with the passage marked", async () => {
  const { context, page, errors } = await openApp(browser());
  await openSampleLibrary(page);
  const box = page.getByRole('searchbox', { name: 'Sök bland dokumenten' });
  await box.fill('avvikelse');
  const row = libraryRow(page, SAMPLE_HANDBOOK);
  await expect.poll(() => row.locator('.library-snippet mark').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  expect(await page.getByText('Inga dokument matchar').count()).toBe(0);
  expect(await libraryRow(page, 'Kvalitetspolicy för Sjövik kommun').count()).toBe(0);
  await box.fill('PUFF');
  await expect.poll(() => row.locator('.library-snippet mark').allTextContents()).toContain('PUFF');
  expect(await row.locator('.library-snippet').getAttribute('href')).toMatch(/^#\/dokument\/[^/]+\/las\?block=/);
  expect(errors).toEqual([]);
  await context.close();
});

it('an edit reaches the index, and Ctrl+K in the editor opens search unless text is selected to link', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Riktlinje', 'Riktlinje för personalrummet');
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Fikarumsrutinen gäller alla enheter.');
  await waitUntilSaved(page);

  // The caret stands in the text with nothing selected: the keys open search, not the link dialog.
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Sök i biblioteket' });
  await dialog.waitFor();
  expect(await page.getByRole('dialog', { name: 'Infoga länk' }).count()).toBe(0);
  await expect.poll(() => hitTitles(page, 'fikarumsrutin'), { timeout: 20_000 }).toEqual(['Riktlinje för personalrummet']);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  // Changed text is found by its new words and no longer by the old.
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Kaffeautomaten sköts av vaktmästeriet.');
  await waitUntilSaved(page);
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+K');
  // With text selected the keys make a link, as in Word.
  const link = page.getByRole('dialog', { name: 'Infoga länk' });
  await link.waitFor();
  expect(await dialog.count()).toBe(0);
  await link.getByRole('button', { name: 'Avbryt' }).click();
  await link.waitFor({ state: 'detached' });

  await page.getByRole('link', { name: 'Till biblioteket' }).click();
  await page.keyboard.press('Control+K');
  await dialog.waitFor();
  await expect.poll(() => hitTitles(page, 'kaffeautomat'), { timeout: 20_000 }).toEqual(['Riktlinje för personalrummet']);
  expect(await hitTitles(page, 'fikarumsrutin')).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
