import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { expect, it } from 'vitest';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();

it('exports the sample handbook to Word from the document screen; the file holds its headings, blocks and metadata', async () => {
  const { context, page, errors } = await openApp(browser());
  await page.getByLabel('Kommunens eller organisationens namn').fill('Sjövik kommun');
  await page.getByRole('button', { name: 'Kom igång' }).click();
  // The house style chosen in the settings is the export's.
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByLabel('Typsnitt för rubriker').selectOption('Calibri');
  await page.getByRole('link', { name: 'Bibliotek' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Öppna exempelbiblioteket' }).click();
  await page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Kvalitetshandbok för Sjövik kommun', exact: true }) }).getByRole('link').click();
  await page.getByRole('textbox', { name: 'Dokumentets innehåll' }).getByText('1 Inledning').waitFor();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera till Word' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Kvalitetshandbok för Sjövik kommun.docx');
  await page.getByRole('status').getByText('Word-filen är sparad.').waitFor();
  await page.screenshot({ path: new URL('./screenshots/export.png', import.meta.url).pathname });

  const path = await file.path();
  const html = (await mammoth.convertToHtml({ path })).value.replace(/<a id="[^"]*"><\/a>/g, '');
  const headings = [...html.matchAll(/<h([12])>([^<]+)<\/h\1>/g)].map((match) => match[2]);
  expect(headings.slice(0, 4)).toEqual(['1 Inledning', '1.1 Syfte', '1.2 Förhållande till andra styrdokument', '2 Principer för kvalitetsarbetet']);
  expect(html).toContain('<p><strong>1. </strong>Invånaren i fokus</p>');
  expect(html).toMatch(/<td><p>Diarienummer<\/p><\/td><td><p>KS 2024\/312<\/p><\/td>/);
  // The organisation profile written at first run is on the first page.
  expect(html.startsWith('<p>Sjövik kommun</p>')).toBe(true);
  const styles = strFromU8(unzipSync(readFileSync(path))['word/styles.xml']!);
  expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?w:ascii="Calibri"/);
  expect(errors).toEqual([]);
  await context.close();
});
