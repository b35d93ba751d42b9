import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { expect, it } from 'vitest';
import { expectInOrder } from '../support/expect-in-order';
import { openInEditor } from './support/actions';
import { openApp, useBrowser } from './support/browser';
import { lendPrinter } from './support/pdf-printer';

const browser = useBrowser();
const run = promisify(execFile);

it('drafts a memo to repeal the sample handbook, is completed by the official and exports to Word in the skeleton’s order', async () => {
  const { context, page, errors } = await openApp(browser());
  await lendPrinter(context, browser());
  // First run: the name; then, in the settings, two people who prepare and sign memos beside the usual bodies.
  await page.getByLabel('Kommunens eller organisationens namn').fill('Sjövik kommun');
  await page.getByRole('button', { name: 'Kom igång' }).click();
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('button', { name: '+ Lägg till person' }).click();
  await page.getByLabel('Namn', { exact: true }).nth(2).fill('Karin Ek');
  await page.getByLabel('Titel', { exact: true }).nth(0).fill('Kvalitetsstrateg');
  await page.getByRole('button', { name: '+ Lägg till person' }).click();
  await page.getByLabel('Namn', { exact: true }).nth(3).fill('Per Berg');
  await page.getByLabel('Titel', { exact: true }).nth(1).fill('Kommundirektör');
  await page.waitForTimeout(600);
  await page.locator('[data-save-state="saved"]').first().waitFor();
  await page.getByRole('link', { name: 'Bibliotek', exact: true }).click();
  await page.getByRole('main').getByRole('button', { name: 'Öppna exempelbiblioteket' }).click();
  await page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Kvalitetshandbok för Sjövik kommun', exact: true }) }).getByRole('link').click();
  await openInEditor(page);
  await page.getByRole('textbox', { name: 'Dokumentets innehåll' }).getByText('1 Inledning').waitFor();

  await page.getByRole('button', { name: 'Skapa tjänsteskrivelse' }).click();
  const create = page.getByRole('dialog', { name: 'Skapa tjänsteskrivelse' });
  await create.getByLabel('Upphäva').check();
  await create.getByRole('button', { name: 'Skapa utkast' }).click();
  const title = page.getByRole('textbox', { name: 'Dokumentnamn' });
  await expect.poll(() => title.inputValue()).toBe('Tjänsteskrivelse – Upphävande av Kvalitetshandbok för Sjövik kommun');
  const form = page.getByRole('group', { name: 'Tjänsteskrivelsens delar' });
  // The draft cites the earlier decisions and links to the handbook.
  expect(await form.getByRole('textbox', { name: 'Ärendebeskrivning' }).innerText()).toContain('Dokumentet antogs av Kommunfullmäktige 2019-03-21 § 41.');
  await form.getByRole('region', { name: 'Huvud' }).getByRole('link', { name: 'Kvalitetshandbok för Sjövik kommun' }).waitFor();
  await form.getByRole('region', { name: 'Bilagor' }).getByRole('link', { name: 'Kvalitetshandbok för Sjövik kommun' }).waitFor();

  // Not ready yet: the export first says what is missing, and Cancel exports nothing.
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByRole('button', { name: 'Exportera till Word' }).click();
  const warning = page.getByRole('dialog', { name: 'Tjänsteskrivelsen är inte klar för beslut' });
  await warning.getByText('Välj handläggare.').waitFor();
  await warning.getByText('Förvaltningens yttrande saknas.').waitFor();
  await warning.getByRole('button', { name: 'Avbryt' }).click();
  await warning.waitFor({ state: 'detached' });
  await page.waitForTimeout(500);
  expect(downloads).toBe(0);
  // "Exportera ändå" exports it as it is.
  await page.getByRole('button', { name: 'Exportera till Word' }).click();
  const early = page.waitForEvent('download');
  await warning.getByRole('button', { name: 'Exportera ändå' }).click();
  expect((await early).suggestedFilename()).toMatch(/\.docx$/);
  await page.getByRole('status').getByText('Word-filen är sparad.').waitFor();

  // The official completes it.
  await form.getByRole('combobox', { name: 'Handläggare' }).selectOption({ label: 'Karin Ek, Kvalitetsstrateg' });
  await form.getByRole('combobox', { name: 'Mottagare' }).selectOption({ label: 'Kommunstyrelsen' });
  await form.getByRole('textbox', { name: 'Diarienummer' }).fill('KS 2026/200');
  // A memo part is rich text: Enter starts a new paragraph.
  await form.getByRole('textbox', { name: 'Förvaltningens yttrande' }).click();
  await page.keyboard.type('Handboken ersätts av kommunens nya ledningssystem.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Förvaltningen bedömer att inget går förlorat.');
  await form.getByRole('textbox', { name: 'Ekonomisk bedömning' }).fill('Beslutet kostar ingenting.');
  await form.getByRole('button', { name: 'Lägg till beslutspunkt' }).click();
  await form.getByRole('textbox', { name: 'Beslutspunkt 2' }).fill('Kommunfullmäktige beslutar att paragrafen justeras omedelbart.');
  await form.getByRole('checkbox', { name: 'Karin Ek, Kvalitetsstrateg' }).check();
  await form.getByRole('checkbox', { name: 'Per Berg, Kommundirektör' }).check();
  await page.getByRole('tab', { name: 'Kvalitet' }).click();
  await page.getByText('Tjänsteskrivelsen har alla delar som krävs.').waitFor();
  await page.screenshot({ path: new URL('./screenshots/memo.png', import.meta.url).pathname, fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera till Word' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Tjänsteskrivelse – Upphävande av Kvalitetshandbok för Sjövik kommun.docx');
  const text = (await mammoth.extractRawText({ path: (await file.path())! })).value;
  const order = [
    'TJÄNSTESKRIVELSE',
    'Handläggare: Karin Ek, Kvalitetsstrateg',
    'Till: Kommunstyrelsen',
    'Tjänsteskrivelse – Upphävande av Kvalitetshandbok för Sjövik kommun',
    'Ärendebeskrivning',
    'Dokumentet antogs av Kommunfullmäktige 2019-03-21 § 41.',
    'Förvaltningens yttrande',
    'Ekonomisk bedömning',
    'Förslag till beslut',
    '1.\tKommunfullmäktige beslutar att upphäva Kvalitetshandbok för Sjövik kommun (KS 2024/312).',
    '2.\tKommunfullmäktige beslutar att paragrafen justeras omedelbart.',
    'Beslutet ska skickas till',
    'Karin Ek',
    'Per Berg',
    'Bilagor',
    'Bilaga 1: Kvalitetshandbok för Sjövik kommun (KS 2024/312)',
  ];
  // Each part is found after the one before it: the parts stand in the skeleton's order.
  expectInOrder(text, order);

  // The case file: the memo and the handbook in one PDF.
  const caseFile = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ärendepaket (PDF)' }).click();
  const pdf = await caseFile;
  expect(pdf.suggestedFilename()).toBe('Ärendepaket – Tjänsteskrivelse – Upphävande av Kvalitetshandbok för Sjövik kommun.pdf');
  const { stdout: pdfText } = await run('pdftotext', ['-layout', (await pdf.path())!, '-']);
  expectInOrder(pdfText, ['TJÄNSTESKRIVELSE', 'Förslag till beslut', 'Per Berg', 'Bilaga 1: Kvalitetshandbok för Sjövik kommun', 'Innehåll', '1 Inledning']);

  // The handbook lists the memo in turn.
  await page.getByRole('link', { name: 'Kvalitetshandbok för Sjövik kommun' }).first().click();
  await openInEditor(page);
  await page.getByRole('region', { name: 'Tjänsteskrivelser' }).getByRole('link', { name: 'Tjänsteskrivelse – Upphävande av Kvalitetshandbok för Sjövik kommun' }).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});
