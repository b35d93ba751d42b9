import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { expectInOrder } from '../support/expect-in-order';
import { openInEditor } from './support/actions';
import { openApp, useBrowser } from './support/browser';
import { lendPrinter } from './support/pdf-printer';

const browser = useBrowser();
const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'handbok-bilagor-'));
/** A PDF of its own to attach: the sample guideline, exported by the command line (several pages with text). */
const protocol = join(folder, 'Protokollsutdrag.pdf');
const notPdf = join(folder, 'Anteckningar.pdf');

beforeAll(async () => {
  const archive = join(folder, 's.handbok');
  await run('node', ['scripts/handbok.mjs', 'sample', '-o', archive], { cwd: root });
  await run('node', ['scripts/handbok.mjs', 'export', archive, '--doc', 'Riktlinje för internkontroll', '--format', 'pdf', '-o', protocol], { cwd: root });
  writeFileSync(notPdf, 'Bara text, ingen PDF.');
}, 120_000);

const pageCount = async (file: string) => Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [file])).stdout)?.[1]);

it('attaches a library memo, a PDF file and a text line, refuses a false PDF, and the ärendepaket holds the PDF whole', async () => {
  const { context, page, errors } = await openApp(browser());
  await lendPrinter(context, browser());
  await page.getByRole('button', { name: 'Gör det senare' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Öppna exempelbiblioteket' }).click();
  await page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Kvalitetspolicy för Sjövik kommun', exact: true }) }).getByRole('link').click();
  await openInEditor(page);
  await page.getByRole('button', { name: 'Skapa tjänsteskrivelse' }).click();
  const create = page.getByRole('dialog', { name: 'Skapa tjänsteskrivelse' });
  await create.getByLabel('Revidera').check();
  await create.getByRole('button', { name: 'Skapa utkast' }).click();
  const bilagor = page.getByRole('group', { name: 'Tjänsteskrivelsens delar' }).getByRole('region', { name: 'Bilagor' });
  await bilagor.getByRole('link', { name: 'Kvalitetspolicy för Sjövik kommun' }).waitFor();

  // Another memo of the library is offered, as any document is.
  const fromLibrary = bilagor.getByRole('combobox', { name: 'Lägg till bilaga' });
  await fromLibrary.selectOption({ label: 'Tjänsteskrivelse – Antagande av Kvalitetshandbok för Sjövik kommun' });
  await bilagor.getByRole('link', { name: 'Tjänsteskrivelse – Antagande av Kvalitetshandbok för Sjövik kommun' }).waitFor();

  // A file that only says it is a PDF is refused with the reason, and nothing is added.
  const listed = bilagor.getByRole('listitem');
  const before = await listed.count();
  const file = bilagor.getByLabel('Bifoga fil (PDF eller Word) …');
  await file.setInputFiles(notPdf);
  await page.getByText('Filen är varken en PDF eller en Word-fil (.docx) och bifogades inte.').waitFor();
  expect(await listed.count()).toBe(before);
  await file.setInputFiles(protocol);
  await bilagor.getByText(/^Protokollsutdrag\.pdf \(fil, \d+ kB\)$/).waitFor();

  await bilagor.getByRole('button', { name: 'Lägg till bilaga som text' }).click();
  await bilagor.getByRole('textbox', { name: 'Bilaga 4, text' }).fill('Protokoll KS 2026-03-12 § 40');
  // The text line moves up above the file.
  await bilagor.getByRole('button', { name: 'Flytta bilaga 4 uppåt' }).click();
  await expect.poll(() => bilagor.getByRole('textbox', { name: 'Bilaga 3, text' }).inputValue()).toBe('Protokoll KS 2026-03-12 § 40');
  await page.waitForTimeout(600);
  await page.locator('[data-save-state="saved"]').first().waitFor();
  await bilagor.screenshot({ path: new URL('./screenshots/memo-attachments.png', import.meta.url).pathname });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ärendepaket (PDF)' }).click();
  const warning = page.getByRole('dialog', { name: 'Tjänsteskrivelsen är inte klar för beslut' });
  await warning.getByRole('button', { name: 'Exportera ändå' }).click();
  const pdf = (await (await download).path())!;
  const pages = await pageCount(pdf);
  const attachedPages = await pageCount(protocol);
  const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-']);
  expectInOrder(text, [
    'Bilaga 1: Kvalitetspolicy för Sjövik kommun',
    'Bilaga 2: Tjänsteskrivelse – Antagande av Kvalitetshandbok för Sjövik kommun',
    'Bilaga 3: Protokoll KS 2026-03-12 § 40',
    'Bilaga 4: Protokollsutdrag.pdf',
  ]);
  // The attached PDF's pages are the case file's last, whole, counted with the rest.
  const { stdout: last } = await run('pdftotext', ['-f', String(pages), '-l', String(pages), pdf, '-']);
  const { stdout: attachedLast } = await run('pdftotext', ['-f', String(attachedPages), '-l', String(attachedPages), protocol, '-']);
  expect(last).toContain(`Sida ${pages} av ${pages}`);
  const lastWords = attachedLast.split(/\s+/).filter((word) => word.length > 6).slice(0, 5);
  expect(lastWords.length).toBeGreaterThan(0);
  for (const word of lastWords) expect(last).toContain(word);
  expect(errors).toEqual([]);
  await context.close();
});
