import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { expect, it } from 'vitest';
import { openInEditor } from './support/actions';
import { openApp, useBrowser } from './support/browser';
import { textFixtures } from '../support/hostile/text';
import { xmlForbiddenAt } from '../support/xml-characters';

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
  await openInEditor(page);
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

/**
 * Issue 17, point 9: an archive whose texts hold U+FFFE, U+FFFF, control characters and lone
 * surrogates gave a Word file that Word refuses. The export replaces them by U+FFFD and says so.
 */
it('exports a handbook holding characters XML forbids: the Word file has none, and the user is told where the first was', async () => {
  const fixture = textFixtures.find((candidate) => candidate.name === 'xml-forbidden-characters')!;
  const { context, page, errors } = await openApp(browser());
  await page.getByRole('button', { name: 'Gör det senare' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera bibliotek…' }).first().click();
  await (await chooser).setFiles({ name: 'tecken.handbok', mimeType: 'application/json', buffer: Buffer.from(fixture.bytes()) });
  await page.getByText('4 dokument importerades från ”tecken.handbok”.', { exact: false }).waitFor();
  await page.getByRole('link', { name: /^Handbok före/ }).click();
  await openInEditor(page);
  await page.getByRole('textbox', { name: 'Dokumentets innehåll' }).getByText(/^Rubrik före/).waitFor();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera till Word' }).click();
  const file = await download;
  const dialog = page.getByRole('dialog', { name: 'Word-filen är sparad, med anmärkningar' });
  await dialog.getByText('Texten hade tecken som inte får stå i en Word-fil (styrtecken o.d.). De byttes mot �, första stället: ”', { exact: false }).waitFor();
  await page.screenshot({ path: '/tmp/export-forbidden-characters.png' });
  for (const [part, data] of Object.entries(unzipSync(readFileSync(await file.path())))) {
    if (/\.(xml|rels)$/.test(part)) expect(xmlForbiddenAt(strFromU8(data)), part).toBe(-1);
  }
  expect(errors).toEqual([]);
  await context.close();
});
