import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../../../', import.meta.url).pathname;

/**
 * The issue's own check, as a user would run it: the sample archive, exported to Word by the command
 * line, opens in LibreOffice and converts to a PDF whose text has the document's headings in order,
 * its metadata and the page footer.
 */
it('npm run cli -- export gives a Word file that LibreOffice converts, with headings, metadata and page numbers', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'handbok-docx-'));
  const archive = join(folder, 's.handbok');
  const docx = join(folder, 's.docx');
  await run('node', ['scripts/handbok.mjs', 'sample', '-o', archive], { cwd: root });
  // The command as it stands: without --doc or --kind, the archive's handbook is exported.
  await run('node', ['scripts/handbok.mjs', 'export', archive, '--format', 'docx', '-o', docx], { cwd: root });
  await run('soffice', ['--headless', `-env:UserInstallation=file://${folder}/lo-profile`, '--convert-to', 'pdf', '--outdir', folder, docx], {
    timeout: 120_000,
  });
  const pdf = join(folder, 's.pdf');
  const { stdout: info } = await run('pdfinfo', [pdf]);
  expect(info).toMatch(/Title:\s+Kvalitetshandbok för Sjövik kommun/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(5);
  expect(pages).toBeLessThanOrEqual(12);
  const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-']);
  const headings = ['1 Inledning', '2 Principer för kvalitetsarbetet', '3 Ansvar och roller', '4 Metodstöd', '7 Årshjul', '8 Uppföljning och revidering'];
  const positions = headings.map((heading) => text.lastIndexOf(heading));
  for (const [index, position] of positions.entries()) expect(position, headings[index]).toBeGreaterThan(-1);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(text).toContain('KS 2024/312');
  expect(text).toContain('Sida 1 av');
  expect(text).toContain('PUFF – planera, utföra, följa upp, förbättra');
}, 180_000);

/** The entries of a contents page as pdftotext reads it: "1.1 Syfte ....... 3" → ['1.1 Syfte', 3]. */
function contentsEntries(page: string): [string, number][] {
  return page
    .split('\n')
    .map((line) => /^\s*(\d+(?:\.\d+)*\s+\S.*?)[\s.]*?\s(\d+)\s*$/.exec(line.replace(/\.{3,}/g, ' ')))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [match[1]!.replace(/\s+/g, ' ').trim(), Number(match[2])]);
}

/**
 * Issue 16, point 9: LibreOffice showed the Word file's contents as dotted leaders to nothing, and Word
 * asked to update the fields on every opening. The entries now carry the pages where the PDF export
 * puts the headings (the same page, in fonts of the same widths), and Word is not asked.
 */
it('the Word file’s contents show the PDF’s page numbers when opened, and Word is not asked to update them', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'handbok-toc-'));
  const archive = join(folder, 's.handbok');
  await run('node', ['scripts/handbok.mjs', 'sample', '-o', archive], { cwd: root });
  await run('node', ['scripts/handbok.mjs', 'export', archive, '--format', 'docx', '-o', join(folder, 's.docx')], { cwd: root });
  await run('node', ['scripts/handbok.mjs', 'export', archive, '--format', 'pdf', '-o', join(folder, 'handbok.pdf')], { cwd: root });
  await run('soffice', ['--headless', `-env:UserInstallation=file://${folder}/lo-profile`, '--convert-to', 'pdf', '--outdir', folder, join(folder, 's.docx')], {
    timeout: 120_000,
  });
  const contentsPage = async (pdf: string) => (await run('pdftotext', ['-layout', '-f', '2', '-l', '2', join(folder, pdf), '-'])).stdout;
  const inWord = contentsEntries(await contentsPage('s.pdf'));
  const inPdf = contentsEntries(await contentsPage('handbok.pdf'));
  expect(inWord.map(([heading]) => heading)).toEqual(expect.arrayContaining(['1 Inledning', '1.1 Syfte', '4.1 Förbättringscykeln PUFF', '8 Uppföljning och revidering']));
  expect(inWord).toEqual(inPdf);
  const settings = strFromU8(unzipSync(readFileSync(join(folder, 's.docx')))['word/settings.xml']!);
  expect(settings).not.toContain('<w:updateFields/>');
}, 240_000);
