import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { openSampleHandbook, storedJson, waitUntilSaved } from './support/actions';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();
const screenshot = (name: string) => resolve(import.meta.dirname, 'screenshots', name);

it('an adopted handbook is read-only; Revidera makes a draft whose changes the compare shows; its decision makes version 3 and keeps 2.1', async () => {
  const { context, page, errors } = await openApp(browser());
  await openSampleHandbook(page);
  const id = decodeURIComponent(page.url().split('/').pop()!);
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

  // Edit a principle, and add a role at the end of the first principle's section.
  await editor.getByText('När vi saknar fakta tar vi reda på dem innan vi bestämmer oss.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Vi redovisar källan.');
  await waitUntilSaved(page);

  // The compare with the version in force shows exactly that change.
  await page.getByRole('tab', { name: 'Versioner' }).click();
  const versions = page.getByTestId('version');
  await expect.poll(() => versions.count()).toBe(1);
  await versions.first().getByRole('button', { name: 'Jämför med utkastet' }).click();
  const summary = page.getByTestId('compare-summary');
  await expect.poll(() => summary.textContent()).toBe('1 princip ändrad · Förslag: Saklig');
  const change = page.getByTestId('compare-change');
  expect(await change.count()).toBe(1);
  expect(await change.first().locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('redovisar')]));
  await page.screenshot({ path: screenshot('compare.png') });
  await page.getByRole('dialog').getByRole('button', { name: 'Stäng' }).first().click();

  // The decision that revises it: version 3 is in force, read-only, and 2.1 is kept unchanged.
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
  await expect.poll(() => versions.allTextContents()).toEqual([expect.stringMatching(/^Version 3 · gällande/), expect.stringMatching(/^Version 2\.1antagen 2025-06-12/)]);
  await page.screenshot({ path: screenshot('versions.png') });

  // After a reload: still version 3, still read-only, and the adopted text has the edit.
  await page.reload();
  await expect.poll(() => banner.textContent()).toContain('Version 3 är gällande');
  expect(await editor.textContent()).toContain('Vi redovisar källan.');
  expect(errors).toEqual([]);
  await context.close();
});
