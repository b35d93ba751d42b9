import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPdfInNode } from '../../../../electron/cli/pdf-tools';

const run = promisify(execFile);
const root = new URL('../../../../', import.meta.url).pathname;

/**
 * A PDF file attached to the sample memo (made here by exporting the sample policy, three pages with
 * text of its own) appears whole in the ärendepaket: each of its pages is a page of the case file,
 * counted in "Sida X av Y", its text there, and bookmarked under "Bilaga N: name". A text bilaga is
 * only listed in the memo.
 */
describe('handbok export --with-attachments, a memo with a PDF file and a text line as bilagor', () => {
  const folder = mkdtempSync(join(tmpdir(), 'handbok-files-'));
  const archive = join(folder, 's.handbok');
  const attached = join(folder, 'policy.pdf');
  const withFile = join(folder, 'with-file.handbok');
  beforeAll(async () => {
    await run('node', ['scripts/handbok.mjs', 'sample', '-o', archive], { cwd: root });
    await run('node', ['scripts/handbok.mjs', 'export', archive, '--kind', 'policy', '--format', 'pdf', '-o', attached], { cwd: root });
    const library = JSON.parse(readFileSync(archive, 'utf8')) as { documents: { kind: string; memo?: { attachments: unknown[] }; files?: unknown[] }[] };
    const memo = library.documents.find((document) => document.kind === 'tjansteskrivelse')!;
    memo.memo!.attachments.push({ kind: 'file', id: 'f1', name: 'Protokollsutdrag.pdf', fileType: 'pdf', size: 1 }, { kind: 'text', id: 't1', text: 'Protokoll KS 2026-03-12 § 40' });
    memo.files = [{ id: 'f1', name: 'Protokollsutdrag.pdf', fileType: 'pdf', data: readFileSync(attached).toString('base64') }];
    writeFileSync(withFile, JSON.stringify(library));
  }, 120_000);

  it('appends the attached PDF whole, its pages counted and bookmarked', async () => {
    const pdf = join(folder, 'paket.pdf');
    await run('node', ['scripts/handbok.mjs', 'export', withFile, '--kind', 'tjansteskrivelse', '--format', 'pdf', '--with-attachments', '-o', pdf], { cwd: root });
    const pageCount = async (file: string) => Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [file])).stdout)?.[1]);
    const [pages, attachedPages] = [await pageCount(pdf), await pageCount(attached)];
    const texts = await Promise.all(Array.from({ length: pages }, (_, index) => run('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), pdf, '-']).then((result) => result.stdout)));
    texts.forEach((text, index) => expect(text).toContain(`Sida ${index + 1} av ${pages}`));
    // The memo lists all three bilagor; the file's pages are the last of the case file, in order.
    expect(texts.join('\n')).toContain('Bilaga 3: Protokoll KS 2026-03-12 § 40');
    const ownTexts = await Promise.all(
      Array.from({ length: attachedPages }, (_, index) => run('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), attached, '-']).then((result) => result.stdout)),
    );
    const first = pages - attachedPages;
    expect(texts[first]).toContain('Bilaga 2: Protokollsutdrag.pdf');
    ownTexts.forEach((own, index) => {
      const line = own.split('\n').find((each) => each.trim().length > 12 && !each.startsWith('Sida'))!;
      expect(texts[first + index]).toContain(line.trim());
    });
    const document = await openPdfInNode(readFileSync(pdf));
    try {
      const outline = (await document.getOutline()) ?? [];
      const bookmark = outline.find((item) => item.title === 'Bilaga 2: Protokollsutdrag.pdf');
      expect(bookmark).toBeDefined();
      const dest = typeof bookmark!.dest === 'string' ? await document.getDestination(bookmark!.dest) : bookmark!.dest;
      const target = await document.getPageIndex((dest as [Parameters<typeof document.getPageIndex>[0]])[0]);
      expect(target).toBe(first);
    } finally {
      await document.destroy();
    }
  }, 180_000);
});
