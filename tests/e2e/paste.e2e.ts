import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { clickAtEndOfDocument, createDocument, paste, skipOnboarding, slashCommand, storedContent, waitUntilSaved } from './support/actions';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();
const WORD_HTML = readFileSync(new URL('../fixtures/word-clipboard.html', import.meta.url), 'utf8');

/** Copies the current selection as the browser does, and returns what was put on the clipboard. */
async function copy(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const transfer = new DataTransfer();
    document.activeElement!.dispatchEvent(new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true, cancelable: true }));
    return Object.fromEntries(transfer.types.map((type) => [type, transfer.getData(type)]));
  });
}

it('a paste from Word keeps headings, lists, tables, bold and italic, and drops the rest of the styling', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Riktlinje', 'Inklistrat från Word');
  const id = decodeURIComponent(page.url().split('/').pop()!);
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');
  await paste(page, { 'text/html': WORD_HTML, 'text/plain': 'Riktlinje för synpunktshantering' });

  await editor.getByRole('heading', { level: 1, name: 'Riktlinje för synpunktshantering' }).waitFor();
  await editor.getByRole('heading', { level: 2, name: 'Så hanteras en synpunkt' }).waitFor();
  expect(await editor.locator('ul > li').first().textContent()).toContain('Registrera synpunkten');
  expect(await editor.locator('ul ul li').textContent()).toBe('inom en arbetsdag');
  expect(await editor.locator('ol > li').allTextContents()).toEqual(['Analysera orsaken', 'Åtgärda och följ upp']);
  expect(await editor.locator('td, th').allTextContents()).toEqual(['Roll', 'Ansvar', 'Handläggare', 'Registrerar och besvarar']);
  expect(await editor.locator('.doc-bold').first().textContent()).toBe('viktigt underlag');
  expect(await editor.locator('.doc-italic', { hasText: 'förbättra' }).count()).toBe(1);
  // The image pointed at Word's temp folder: it is left out, and the writer is told.
  await page.getByText('En bild i det inklistrade följde inte med').waitFor();

  await waitUntilSaved(page);
  await expect.poll(async () => JSON.stringify(await storedContent(page, id))).toContain('Registrerar och besvarar');
  const stored = JSON.stringify(await storedContent(page, id));
  for (const styling of ['Calibri', 'Comic Sans', '#C00000', 'color:', 'font-size', 'Mso', 'javascript:']) expect(stored).not.toContain(styling);
  expect(stored).toContain('"url":"https://www.sjovik.se/synpunkter"');
  expect(errors).toEqual([]);
  await context.close();
});

it('a block copied into another document keeps its type and fields', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Handbok', 'Källa');
  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');
  await slashCommand(page, 'princip', 'Princip');
  await page.keyboard.type('Lärande organisation');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Vi lär av avvikelser.');
  await waitUntilSaved(page);
  // Select from the end of the block back over the whole of it, as a writer does with the mouse.
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await editor.locator('.doc-block--principle').evaluate((block) => {
    const range = document.createRange();
    range.setStartBefore(block);
    range.setEndAfter(block);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.waitForTimeout(100); // Lexical reads the new selection on selectionchange
  const clipboard = await copy(page);
  expect(Object.keys(clipboard)).toContain('application/x-lexical-editor');

  await page.getByRole('link', { name: 'Till biblioteket' }).click();
  await createDocument(page, 'Handbok', 'Mål');
  const id = decodeURIComponent(page.url().split('/').pop()!);
  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');
  await paste(page, clipboard);
  await editor.locator('.doc-block--principle .doc-field--title', { hasText: 'Lärande organisation' }).waitFor();
  await waitUntilSaved(page);
  await expect.poll(async () => JSON.stringify(await storedContent(page, id))).toContain('"type":"principle"');
  expect(JSON.stringify(await storedContent(page, id))).toContain('Vi lär av avvikelser.');
  expect(errors).toEqual([]);
  await context.close();
});

it('a paste of paragraphs into a principle’s title keeps a space between them', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Handbok', 'Inklistrad princip');
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');
  await slashCommand(page, 'princip', 'Princip');
  await paste(page, { 'text/html': '<p>Vi leder.</p><p>Vi har insikt.</p>', 'text/plain': 'Vi leder.\n\nVi har insikt.' });
  await expect.poll(() => editor.locator('.doc-block--principle').innerText()).toMatch(/Vi leder\.\s+Vi har insikt\./);
  expect(await editor.locator('.doc-block--principle').innerText()).not.toContain('Vi leder.Vi');
  expect(errors).toEqual([]);
  await context.close();
});
