import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { expect, it } from 'vitest';
import { skipOnboarding, waitUntilSaved, editAdoptedDocument } from './support/actions';
import { openApp, useBrowser } from './support/browser';
import { lendPrinter } from './support/pdf-printer';

const browser = useBrowser();
const POLICY = 'Kvalitetspolicy för Sjövik kommun';

/**
 * Issue 16, points 6, 8 and 9, as a controller meets them: the municipality's template is set once in
 * the settings, a policy put back to draft is exported to Word, and the file shows the template, says
 * on every page that it is a draft, and has the contents page the writer asked for, with page numbers.
 */
it('exports a draft in the organisation’s template, marked as a draft, with the contents the writer chose', async () => {
  const { context, page, errors } = await openApp(browser());
  await lendPrinter(context, browser());
  await skipOnboarding(page);

  await page.getByRole('link', { name: 'Inställningar' }).click();
  const layout = page.getByRole('region', { name: 'Försättssida och innehåll' });
  await layout.getByLabel('Ord ovanför titeln').fill('STYRDOKUMENT');
  await layout.getByRole('checkbox', { name: 'Dokumenttyp' }).uncheck();
  // The registry number first: up past the two decision rows before it.
  for (let step = 0; step < 3; step += 1) await layout.getByRole('button', { name: 'Flytta upp Diarienummer' }).click();
  await layout.getByRole('checkbox', { name: /Datum och paragraf på samma rad/ }).check();
  await layout.getByRole('checkbox', { name: 'Diarienummer även överst på försättssidan' }).check();
  await page.locator('[data-save-state="saved"]').first().waitFor();
  await layout.screenshot({ path: 'test-results/export-layout-settings.png' });

  await page.getByRole('link', { name: 'Bibliotek' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Öppna exempelbiblioteket' }).click();
  await page.getByRole('row').filter({ has: page.getByRole('link', { name: POLICY, exact: true }) }).getByRole('link').click();
  await editAdoptedDocument(page);
  const details = page.getByRole('region', { name: 'Uppgifter' });
  // The policy is adopted: a draft of it is a revision.
  await page.getByTestId('version-banner').getByRole('button', { name: 'Revidera' }).click();
  await expect.poll(() => details.getByLabel('Status').isEnabled()).toBe(true);
  await details.getByLabel('Status').selectOption({ label: 'Utkast' });
  // A policy has no contents unless the writer asks for one.
  const contents = details.getByRole('checkbox', { name: 'Innehållsförteckning i Word och PDF' });
  expect(await contents.isChecked()).toBe(false);
  await contents.check();
  await waitUntilSaved(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera till Word' }).click();
  const path = (await (await download).path())!;
  await page.getByRole('status').getByText('Word-filen är sparad.').waitFor();

  const html = (await mammoth.convertToHtml({ path })).value.replace(/<a id="[^"]*"><\/a>/g, '');
  expect(html).toMatch(/^<p>KS 2023\/\d+<\/p>/);
  expect(html).toContain(`<p>STYRDOKUMENT</p><p>${POLICY}</p><p>Utkast. Dokumentet är inte beslutat.</p>`);
  const rows = [...(/<table>(.*?)<\/table>/.exec(html)?.[1] ?? '').matchAll(/<tr><td><p>(.*?)<\/p><\/td><td><p>(.*?)<\/p><\/td><\/tr>/g)].map((match) => match[1]);
  expect(rows[0]).toBe('Diarienummer');
  expect(rows).toContain('Beslutas av');
  expect(rows).not.toContain('Dokumenttyp');
  expect(rows).not.toContain('Beslutad när');
  const files = unzipSync(readFileSync(path));
  const headers = Object.keys(files).filter((name) => /^word\/header\d+\.xml$/.test(name));
  for (const header of headers) expect(strFromU8(files[header]!)).toContain('UTKAST');
  // The contents were asked for, and carry page numbers from the app's own layout printing.
  const body = strFromU8(files['word/document.xml']!);
  const numbers = [...body.matchAll(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)</g)].map((match) => Number(match[1]));
  expect(numbers.length).toBeGreaterThan(2);
  expect(numbers.every((number) => number >= 3)).toBe(true);
  expect(strFromU8(files['word/settings.xml']!)).not.toContain('<w:updateFields/>');
  await page.screenshot({ path: 'test-results/export-layout-document.png' });
  expect(errors).toEqual([]);
  await context.close();
});
