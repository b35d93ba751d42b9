import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { documentIdOf, openSampleHandbook, openSampleHandbookDraft, SAMPLE_HANDBOOK, storedJson, waitUntilSaved } from './support/actions';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The adopted versions of a document as IndexedDB holds them, read past the app: number and content text. */
function storedVersions(page: Page, documentId: string): Promise<{ number: string; content: string }[]> {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('handbok');
        request.onsuccess = () => {
          const get = request.result.transaction('versions').objectStore('versions').index('documentId').getAll(id);
          get.onsuccess = () => {
            request.result.close();
            const rows = get.result as { number: { major: number; minor: number }; content: unknown }[];
            resolve(rows.map((row) => ({ number: `${row.number.major}.${row.number.minor}`, content: typeof row.content === 'string' ? row.content : JSON.stringify(row.content) })));
          };
          get.onerror = () => reject(get.error);
        };
        request.onerror = () => reject(request.error);
      }),
    documentId,
  );
}

it('the handbook exported to Word, a word changed in the file, comes back as a new draft of version 2.1 with that change, and 2.1 stays as it was', async () => {
  const { context, page, errors } = await openApp(browser());
  await openSampleHandbook(page);
  const id = documentIdOf(page.url());
  const versionBefore = await storedVersions(page, id);
  expect(versionBefore.map((version) => version.number)).toEqual(['2.1']);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera till Word' }).click();
  const exported = readFileSync(await (await download).path());

  // An official changes a word in a principle, in Word.
  const parts = unzipSync(exported);
  const xml = strFromU8(parts['word/document.xml']!);
  expect(xml.split('Nyckeltal, enkäter och avvikelser').length).toBe(2);
  parts['word/document.xml'] = strToU8(xml.replace('Nyckeltal, enkäter och avvikelser', 'Nyckeltal, brukarundersökningar och avvikelser'));
  const edited = Buffer.from(zipSync(parts));

  await page.getByRole('link', { name: 'Bibliotek', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera Word…' }).first().click();
  await (await chooser).setFiles({ name: 'Kvalitetshandbok med ändringar.docx', mimeType: DOCX, buffer: edited });
  const dialog = page.getByRole('dialog', { name: 'Importera Word-dokument' });

  // Where the file came from, the new draft offered first, and what the official changed.
  const origin = dialog.getByRole('region', { name: 'Filens ursprung' });
  await origin.getByTestId('word-origin').getByText(`Exporterad från ”${SAMPLE_HANDBOOK}”, version 2.1`, { exact: true }).waitFor();
  expect(await origin.getByRole('radio', { name: `Nytt utkast till ”${SAMPLE_HANDBOOK}”` }).isChecked()).toBe(true);
  expect(await origin.getByRole('radio', { name: 'Nytt dokument' }).isChecked()).toBe(false);
  await expect.poll(() => origin.getByTestId('word-changes').textContent()).toMatch(/^Ändringar mot version 2\.1: 1 princip ändrad · Förslag: (Saklig|Redaktionell) Visa ändringar$/);
  // A draft keeps the document's title and details: the fields of a new document are not asked for.
  expect(await dialog.getByRole('region', { name: 'Förslag' }).getByLabel('Dokumentnamn').count()).toBe(0);
  await dialog.getByRole('document', { name: 'Originalet, ”Kvalitetshandbok med ändringar.docx”' }).getByText('brukarundersökningar', { exact: false }).first().waitFor();
  await page.screenshot({ path: resolve(import.meta.dirname, 'screenshots', 'word-back.png') });

  // The compare, as the versions tab shows it: the one principle, the word struck and the new one inserted.
  await origin.getByRole('button', { name: 'Visa ändringar' }).click();
  const compare = page.getByRole('dialog', { name: 'Ändringar från version 2.1 till filen ”Kvalitetshandbok med ändringar.docx”' });
  const change = compare.getByTestId('compare-change');
  await expect.poll(() => change.count()).toBe(1);
  expect(await change.locator('del').allTextContents()).toEqual(['enkäter']);
  expect(await change.locator('ins').allTextContents()).toEqual(['brukarundersökningar']);
  await page.screenshot({ path: resolve(import.meta.dirname, 'screenshots', 'word-back-compare.png') });
  await compare.getByRole('button', { name: 'Stäng' }).click();
  await compare.waitFor({ state: 'detached' });

  await dialog.getByRole('button', { name: 'Importera 1 dokument' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText(`Ett nytt utkast till ”${SAMPLE_HANDBOOK}” skapades från Word-filen.`).waitFor();

  // The handbook opens on its new draft, which holds the edit and can be edited.
  await expect.poll(() => documentIdOf(page.url())).toBe(id);
  const banner = page.getByTestId('version-banner');
  await expect.poll(() => banner.textContent()).toContain('Du arbetar på ett utkast');
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await expect.poll(() => editor.getAttribute('contenteditable')).toBe('true');
  await editor.getByText('Nyckeltal, brukarundersökningar och avvikelser', { exact: false }).waitFor();
  expect(await storedJson(page, id)).toContain('brukarundersökningar');

  // Version 2.1 is as it was adopted.
  expect(await storedVersions(page, id)).toEqual(versionBefore);
  expect(versionBefore[0]!.content).toContain('Nyckeltal, enkäter och avvikelser');

  // The versions tab compares the draft with 2.1 and finds the same single change: the blocks kept their ids.
  await page.getByRole('tab', { name: 'Versioner' }).click();
  await page.getByTestId('version').first().getByRole('button', { name: 'Jämför med utkastet' }).click();
  await expect.poll(() => page.getByTestId('compare-summary').textContent()).toMatch(/^1 princip ändrad/);
  expect(errors).toEqual([]);
  await context.close();
});

it('a file of a handbook whose draft in work has edits does not replace that draft: it becomes a new document beside it', async () => {
  const { context, page, errors } = await openApp(browser());
  await openSampleHandbookDraft(page);
  const id = documentIdOf(page.url());
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await editor.getByText('När vi saknar fakta tar vi reda på dem innan vi bestämmer oss.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Vi redovisar källan.');
  await waitUntilSaved(page);
  const draft = await storedJson(page, id);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera till Word' }).click();
  const exported = readFileSync(await (await download).path());

  await page.getByRole('link', { name: 'Bibliotek', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera Word…' }).first().click();
  await (await chooser).setFiles({ name: 'utkastet.docx', mimeType: DOCX, buffer: exported });
  const dialog = page.getByRole('dialog', { name: 'Importera Word-dokument' });
  const origin = dialog.getByRole('region', { name: 'Filens ursprung' });
  await origin.getByTestId('word-origin').getByText(`Exporterad från ”${SAMPLE_HANDBOOK}” medan det var ett utkast`, { exact: true }).waitFor();
  await origin.getByRole('note').getByText('har redan ett utkast i arbete', { exact: false }).waitFor();
  // No draft is offered: only a new document, and what the file differs by from the draft in work (nothing).
  expect(await origin.getByRole('radio').count()).toBe(1);
  expect(await origin.getByRole('radio', { name: 'Nytt dokument' }).isChecked()).toBe(true);
  expect(await origin.getByTestId('word-changes').textContent()).toBe('Skillnader mot utkastet i arbete: Inga ändringar');
  expect(await dialog.getByRole('region', { name: 'Förslag' }).getByLabel('Dokumentnamn').inputValue()).toBe(SAMPLE_HANDBOOK);

  await dialog.getByRole('button', { name: 'Importera 1 dokument' }).click();
  await dialog.waitFor({ state: 'detached' });
  // The handbook and, beside it, the new document of the same name (the memo that names it is no third).
  await expect.poll(() => page.getByRole('main').getByRole('link', { name: SAMPLE_HANDBOOK, exact: true }).count()).toBe(2);
  expect(await storedJson(page, id)).toBe(draft);
  expect(errors).toEqual([]);
  await context.close();
});
