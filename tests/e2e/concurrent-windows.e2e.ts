import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openSampleHandbookDraft, SAMPLE_HANDBOOK, waitUntilSaved } from './support/actions';
import { openApp, useBrowser, watchForErrors } from './support/browser';

const browser = useBrowser();

/** The sample handbook open in two windows (pages of one profile, so one IndexedDB). */
async function twoWindowsOnTheHandbook() {
  const { context, page: first, errors } = await openApp(browser());
  await openSampleHandbookDraft(first);
  const second = await context.newPage();
  errors.push(...watchForErrors(second));
  await second.goto(first.url());
  await editorOf(second).getByText('1 Inledning').waitFor();
  return { context, first, second, errors };
}

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Dokumentets innehåll' });

/** Types at the end of a block, in one go, as a user who does not wait for the other window. */
async function typeAtEndOf(page: Page, blockText: string, text: string) {
  await editorOf(page).getByText(blockText, { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

async function savedIn(...pages: Page[]) {
  for (const page of pages) await waitUntilSaved(page);
}

/** The handbook as a third window opens it from the library: what is stored. */
async function storedText(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  // The editor is there before the stored content is in it: wait for a heading every version has.
  await editorOf(page).getByText('Syfte', { exact: false }).first().waitFor();
  const text = await editorOf(page).innerText();
  await page.close();
  return text;
}

it('merges edits of different blocks made at the same time in two windows', async () => {
  const { context, first, second, errors } = await twoWindowsOnTheHandbook();
  await typeAtEndOf(first, '1 Inledning', ' (första fönstret)');
  await typeAtEndOf(second, '1.1 Syfte', ' (andra fönstret)');
  await savedIn(first, second);

  // Both windows show both edits, and so does the stored handbook.
  for (const page of [first, second]) {
    await editorOf(page).getByText('1 Inledning (första fönstret)').waitFor();
    await editorOf(page).getByText('1.1 Syfte (andra fönstret)').waitFor();
  }
  const stored = await storedText(context, first.url());
  expect(stored).toContain('1 Inledning (första fönstret)');
  expect(stored).toContain('1.1 Syfte (andra fönstret)');
  expect(errors).toEqual([]);
  await context.close();
});

it('asks which version applies when both windows changed the same block, and keeps the other as a copy', async () => {
  const { context, first, second, errors } = await twoWindowsOnTheHandbook();
  await typeAtEndOf(first, '1 Inledning', ' enligt A');
  await typeAtEndOf(second, '1 Inledning', ' enligt B');

  // The window that saved second is told, and shown both versions of the block.
  const dialog = second.getByRole('dialog', { name: 'Dokumentet ändrades i ett annat fönster' });
  await dialog.waitFor();
  await dialog.getByRole('cell', { name: '1 Inledning enligt A' }).waitFor();
  await dialog.getByRole('cell', { name: '1 Inledning enligt B' }).waitFor();
  await dialog.getByRole('button', { name: 'Behåll min version' }).click();
  await second.getByText('Den andra versionen sparades som ”Kvalitetshandbok för Sjövik kommun (det andra fönstrets version)”.').waitFor();

  // The chosen version is the document's, in both windows; the other one is a copy in the library.
  await savedIn(second);
  await editorOf(first).getByText('1 Inledning enligt B').waitFor();
  expect(await storedText(context, first.url())).toContain('1 Inledning enligt B');
  await second.getByRole('link', { name: '← Till biblioteket' }).click();
  await second.getByRole('link', { name: `${SAMPLE_HANDBOOK} (det andra fönstrets version)` }).click();
  await editorOf(second).getByText('1 Inledning enligt A').waitFor();
  expect(errors).toEqual([]);
  await context.close();
});
