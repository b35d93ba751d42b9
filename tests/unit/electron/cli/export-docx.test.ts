import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
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
