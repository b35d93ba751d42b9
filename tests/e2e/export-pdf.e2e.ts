import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { chromiumPrinter } from '../../electron/cli/pdf-tools';
import { openApp, useBrowser } from './support/browser';
import { editAdoptedDocument } from './support/actions';
import { lendPrinter } from './support/pdf-printer';

const browser = useBrowser();
const run = promisify(execFile);

async function openSampleHandbook(page: Page) {
  await page.getByLabel('Kommunens eller organisationens namn').fill('Sjövik kommun');
  await page.getByRole('button', { name: 'Kom igång' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Öppna exempelbiblioteket' }).click();
  await page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Kvalitetshandbok för Sjövik kommun', exact: true }) }).getByRole('link').click();
  await editAdoptedDocument(page);
  await page.getByRole('textbox', { name: 'Dokumentets innehåll' }).getByText('1 Inledning').waitFor();
}

it('previews the handbook page by page, then saves exactly those pages as a tagged PDF', async () => {
  const { context, page, errors } = await openApp(browser());
  await lendPrinter(context, browser());
  await openSampleHandbook(page);

  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const preview = page.getByRole('dialog', { name: 'Förhandsgranskning: Kvalitetshandbok för Sjövik kommun' });
  await preview.waitFor({ timeout: 30_000 });
  const count = Number(/(\d+) sidor/.exec(await preview.getByText(/\d+ sidor/).innerText())?.[1]);
  expect(count).toBeGreaterThanOrEqual(5);
  await expect.poll(() => preview.getByRole('img', { name: /^Sida \d+ av \d+$/ }).count()).toBe(count);
  // The first pages are drawn, and drawn with something on them: not blank sheets.
  const first = preview.getByRole('img', { name: `Sida 1 av ${count}` });
  await preview.locator('figure[data-state="drawn"]').first().waitFor();
  const inked = await first.evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    for (let index = 0; index < data.length; index += 4) if (data[index]! < 128) dark += 1;
    return dark;
  });
  expect(inked).toBeGreaterThan(1000);
  // The contents page, scrolled to: its page numbers are drawn.
  await preview.getByRole('img', { name: `Sida 2 av ${count}` }).scrollIntoViewIfNeeded();
  await preview.locator('figure[data-state="drawn"]').nth(1).waitFor();
  await page.screenshot({ path: new URL('./screenshots/print-preview.png', import.meta.url).pathname });

  const download = page.waitForEvent('download');
  await preview.getByRole('button', { name: 'Spara som PDF…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Kvalitetshandbok för Sjövik kommun.pdf');
  await page.getByRole('status').getByText('PDF-filen är sparad.').waitFor();
  const path = (await file.path())!;
  const { stdout: info } = await run('pdfinfo', [path]);
  expect(info).toMatch(/Tagged:\s+yes/);
  expect(info).toMatch(/Title:\s+Kvalitetshandbok för Sjövik kommun/);
  // The saved file has the pages the preview showed.
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(count);
  const { stdout: text } = await run('pdftotext', ['-layout', path, '-']);
  expect(text).toContain(`Sida 1 av ${count}`);
  // The organisation profile written at first run is on the first page.
  expect(text.split('\n').slice(0, 8).join('\n')).toContain('Sjövik kommun');
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  // Set in the bundled fonts alone (fetched from the app's own assets), every one embedded.
  const { stdout: fonts } = await run('pdffonts', [path]);
  const rows = fonts.split('\n').slice(2).filter(Boolean);
  // No Arimo italic: the sample's roles read as sentences ("Medarbetare ansvarar för att"), with no lead-in in italics.
  expect(rows.map((row) => row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(
    ['Arimo-Bold', 'Arimo-Regular', 'Gelasio-Bold', 'Gelasio-BoldItalic', 'Gelasio-Italic', 'Gelasio-Regular'],
  );
  expect(rows.every((row) => /\byes\s+yes\s+yes\s+\d+\s+\d+$/.test(row))).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});

it('exports straight to PDF from the menu command, showing its steps, and explains a failed printing', async () => {
  const { context, page, errors } = await openApp(browser());
  let fail = false;
  const printer = chromiumPrinter(browser());
  await lendPrinter(context, browser(), async (job) => {
    if (fail) throw new Error('Skrivaren svarar inte');
    await new Promise((resolve) => setTimeout(resolve, 300)); // long enough to see the step on screen
    return printer.print(job);
  });
  await openSampleHandbook(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera till PDF' }).click();
  await page.getByRole('status').getByText(/Sätter sidorna \(steg 1 av 2\)/).waitFor();
  expect((await download).suggestedFilename()).toBe('Kvalitetshandbok för Sjövik kommun.pdf');
  await page.getByRole('status').getByText('PDF-filen är sparad.').waitFor();

  fail = true;
  await page.getByRole('button', { name: 'Exportera till PDF' }).click();
  await page.getByRole('alert').getByText(/Exporten misslyckades: .*Skrivaren svarar inte/).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

it('says where PDF is made when the browser cannot print, and saves the print page as HTML instead', async () => {
  const { context, page, errors } = await openApp(browser());
  await openSampleHandbook(page);
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const dialog = page.getByRole('dialog', { name: 'PDF görs i skrivbordsappen' });
  await dialog.getByText('handbok export --format pdf').waitFor();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Spara som HTML' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Kvalitetshandbok för Sjövik kommun.html');
  const html = readFileSync((await file.path())!, 'utf8');
  expect(html).toContain('<html lang="sv-SE">');
  expect(html).toContain('<title>Kvalitetshandbok för Sjövik kommun</title>');
  // With the PDF's fonts inside it, so that it prints alike in any browser.
  expect(html).toContain('font-family: "Handbok Gelasio";');
  expect(html).toMatch(/src: url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000}/);
  await page.getByRole('status').getByText('HTML-sidan är sparad.').waitFor();
  expect(errors).toEqual([]);
  await context.close();
});
