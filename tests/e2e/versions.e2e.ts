import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import { documentIdOf, editAdoptedDocument, openSampleHandbook, slashCommand, storedJson, waitUntilSaved } from './support/actions';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();
const screenshot = (name: string) => resolve(import.meta.dirname, 'screenshots', name);

/** The caret after the last word of a paragraph, where a user clicks to go on writing (End goes only to the end of a line). */
const caretAtEndOf = (paragraph: Locator) =>
  paragraph.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    range.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });

it('an adopted handbook is read-only; Revidera makes a draft whose changes are compared, assessed and named in the memo; its decision makes version 3 and keeps 2.1', async () => {
  const { context, page, errors } = await openApp(browser());
  await openSampleHandbook(page);
  const id = documentIdOf(page.url());
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  const banner = page.getByTestId('version-banner');
  await expect.poll(() => banner.textContent()).toContain('Version 2.1 är gällande sedan');

  // A stray key in a method step changes nothing, in the editor or in storage.
  const stored = await storedJson(page, id);
  await editor.getByText('Planera', { exact: true }).first().click();
  await page.keyboard.type('x');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  expect(await editor.getAttribute('contenteditable')).toBe('false');
  await page.waitForTimeout(1200);
  expect(await storedJson(page, id)).toBe(stored);

  // Revidera: the draft is editable.
  await banner.getByRole('button', { name: 'Revidera' }).click();
  await expect.poll(() => banner.textContent()).toContain('Du arbetar på ett utkast');
  await expect.poll(() => editor.getAttribute('contenteditable')).toBe('true');

  // Edit a principle, and add a role at the end of the handbook.
  await caretAtEndOf(editor.getByText('När vi saknar fakta tar vi reda på dem innan vi bestämmer oss.'));
  await page.keyboard.type(' Vi redovisar källan.');
  await caretAtEndOf(editor.getByText('får kommundirektören besluta om.'));
  await page.keyboard.press('Enter');
  await slashCommand(page, 'roll', 'Roll och ansvar');
  await page.keyboard.type('Kvalitetssamordnare');
  await waitUntilSaved(page);

  // The compare with the version in force shows exactly those two changes; the user assesses them as substantive.
  await banner.getByRole('button', { name: 'Jämför och bedöm' }).click();
  const summary = page.getByTestId('compare-summary');
  await expect.poll(() => summary.textContent()).toBe('1 princip ändrad, 1 roll tillagd · Förslag: Saklig');
  const change = page.getByTestId('compare-change');
  expect(await change.count()).toBe(2);
  expect(await change.first().locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('redovisar')]));
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /^Saklig ändring: blir version 3/ }).check();
  await dialog.getByLabel('Ditt namn').fill('Anna Berg');
  await page.screenshot({ path: screenshot('compare.png') });
  await dialog.getByRole('button', { name: 'Spara bedömningen' }).click();
  await expect.poll(() => banner.textContent()).toContain('Bedömd som saklig ändring av Anna Berg');

  // The Revidera memo names both versions and the changes.
  await banner.getByRole('button', { name: 'Skapa tjänsteskrivelse' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Skapa utkast' }).click();
  const description = page.getByRole('textbox', { name: 'Ärendebeskrivning' });
  await expect.poll(() => description.innerText()).toContain(
    'Förslaget är version 3 av Kvalitetshandbok för Sjövik kommun och ersätter gällande version 2.1. Ändringar jämfört med version 2.1: 1 princip ändrad, 1 roll tillagd.',
  );
  expect(await description.innerText()).toContain('Roll tillagd: ”Kvalitetssamordnare”.');
  expect(await description.innerText()).toContain('Ändringarna har bedömts som sakliga av Anna Berg');
  await page.goto(page.url().replace(/[^/]+$/, encodeURIComponent(id)));
  await expect.poll(() => banner.textContent()).toContain('Bedömd som saklig ändring');

  // The draft in Word with its changes against 2.1 as tracked changes, by the person who assessed them.
  await page.getByRole('tab', { name: 'Versioner' }).click();
  const download = page.waitForEvent('download');
  await page.getByTestId('version').first().getByRole('button', { name: 'Word med spårade ändringar' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Kvalitetshandbok för Sjövik kommun – ändringar mot version 2.1.docx');
  const documentXml = strFromU8(unzipSync(readFileSync(await file.path()))['word/document.xml']!);
  expect(documentXml).toMatch(/<w:ins [^>]*w:author="Anna Berg"[^>]*>(?:(?!<\/w:ins>).)*redovisar/s);
  expect(documentXml).toMatch(/<w:ins [^>]*w:author="Anna Berg"[^>]*>(?:(?!<\/w:ins>).)*Kvalitetssamordnare/s);
  // Word's Accept all gives the draft: mammoth accepts the insertions and drops the deletions.
  const accepted = (await mammoth.extractRawText({ path: await file.path() })).value;
  expect(accepted).toContain('När vi saknar fakta tar vi reda på dem innan vi bestämmer oss. Vi redovisar källan.');
  expect(accepted).toContain('Kvalitetssamordnare');
  await page.getByRole('tab', { name: 'Uppgifter' }).click();

  // The decision that revises it: version 3 is in force, read-only, and 2.1 is kept unchanged.
  const versions = page.getByTestId('version');
  await page.getByRole('tab', { name: 'Uppgifter' }).click();
  const history = page.getByRole('region', { name: 'Beslutshistorik' });
  await history.getByRole('button', { name: 'Lägg till beslut' }).click();
  await history.getByLabel('Beslut', { exact: true }).last().selectOption({ label: 'Reviderad' });
  await history.getByLabel('Beslutsinstans').last().fill('Kommunfullmäktige');
  await history.getByLabel('Paragraf').last().fill('§ 12');
  await history.getByLabel('Datum').last().fill('2026-12-03');
  await expect.poll(() => banner.textContent(), { timeout: 10_000 }).toContain('Version 3 är gällande sedan 2026-12-03');
  await expect.poll(() => editor.getAttribute('contenteditable')).toBe('false');
  await page.getByRole('tab', { name: 'Versioner' }).click();
  await expect
    .poll(() => versions.allTextContents())
    .toEqual([expect.stringMatching(/^Version 3 · gällandeantagen 2026-12-03 · Saklig revidering · bedömd av Anna Berg/), expect.stringMatching(/^Version 2\.1antagen 2025-06-12/)]);
  await page.screenshot({ path: screenshot('versions.png') });

  // After a reload: still version 3, still read-only, and the adopted text has the edit.
  await page.reload();
  // Adopted, it opens in reading mode, which reads version 3; Redigera shows it read-only in the editor.
  const reading = page.getByTestId('reading-view');
  await expect.poll(() => reading.textContent()).toContain('Version 3');
  expect(await reading.textContent()).toContain('Vi redovisar källan.');
  await editAdoptedDocument(page);
  await expect.poll(() => banner.textContent()).toContain('Version 3 är gällande');
  expect(await editor.textContent()).toContain('Vi redovisar källan.');
  expect(await editor.textContent()).toContain('Kvalitetssamordnare');
  expect(errors).toEqual([]);
  await context.close();
});
