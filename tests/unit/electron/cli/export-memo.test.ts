import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectInOrder } from '../../../support/expect-in-order';
import { openPdfInNode } from '../../../../electron/cli/pdf-tools';

const run = promisify(execFile);
const root = new URL('../../../../', import.meta.url).pathname;

describe('handbok export --kind tjansteskrivelse (the sample memo)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'handbok-memo-'));
  const archive = join(folder, 's.handbok');
  beforeAll(async () => {
    await run('node', ['scripts/handbok.mjs', 'sample', '-o', archive], { cwd: root });
  }, 60_000);

  it('writes the memo to Word in its own layout, the parts in the skeleton’s order', async () => {
    const docx = join(folder, 'memo.docx');
    await run('node', ['scripts/handbok.mjs', 'export', archive, '--kind', 'tjansteskrivelse', '--format', 'docx', '-o', docx], { cwd: root });
    const text = (await mammoth.extractRawText({ path: docx })).value;
    expectInOrder(text, [
      'Sjövik kommun',
      'TJÄNSTESKRIVELSE',
      'Datum: 2026-10-05',
      'Diarienummer: KS 2026/140',
      'Handläggare: Karin Lund, Kvalitetsstrateg',
      'Till: Kommunstyrelsen',
      'Tjänsteskrivelse – Antagande av Kvalitetshandbok för Sjövik kommun',
      'Ärendebeskrivning',
      'Dokumentet antogs av Kommunfullmäktige 2019-03-21 § 41.',
      'Förvaltningens yttrande',
      'Ekonomisk bedömning',
      'Barnkonsekvensanalys',
      'Förslag till beslut',
      '1.\tKommunfullmäktige beslutar att anta Kvalitetshandbok för Sjövik kommun enligt bilaga 1.',
      '2.\tKommunfullmäktige beslutar att handboken gäller från och med 2027-01-01.',
      'Beslutet ska skickas till',
      'Ahmed Haddad',
      'Karin Lund',
      'Bilagor',
      'Bilaga 1: Kvalitetshandbok för Sjövik kommun (KS 2024/312)',
    ]);
  }, 60_000);

  it('writes the case file as one tagged PDF: the memo, then the handbook, bookmarked, its contents naming the right pages', async () => {
    const pdf = join(folder, 'paket.pdf');
    await run('node', ['scripts/handbok.mjs', 'export', archive, '--kind', 'tjansteskrivelse', '--format', 'pdf', '--with-attachments', '-o', pdf], { cwd: root });
    const { stdout: info } = await run('pdfinfo', [pdf]);
    expect(info).toMatch(/Tagged:\s+yes/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    const document = await openPdfInNode(readFileSync(pdf));
    try {
      const outline = (await document.getOutline()) ?? [];
      // The memo's title wraps on the page; its bookmark keeps every space.
      expect(outline.map((item) => item.title)).toEqual(['Tjänsteskrivelse – Antagande av Kvalitetshandbok för Sjövik kommun', 'Bilaga 1: Kvalitetshandbok för Sjövik kommun']);
      expect(outline[0]!.items.map((item) => item.title)).toContain('Förslag till beslut');
      expect(outline[1]!.items.map((item) => item.title).slice(0, 2)).toEqual(['1 Inledning', '2 Principer för kvalitetsarbetet']);
    } finally {
      await document.destroy();
    }
    const texts = await Promise.all(
      Array.from({ length: pages }, (_, index) => run('pdftotext', ['-layout', '-f', String(index + 1), '-l', String(index + 1), pdf, '-']).then((result) => result.stdout)),
    );
    expect(texts[0]).toContain('TJÄNSTESKRIVELSE');
    texts.forEach((text, index) => expect(text).toContain(`Sida ${index + 1} av ${pages}`));
    // The handbook's contents count the pages of the whole file.
    const tocPage = texts.findIndex((text) => /^\s*Innehåll\s*$/m.test(text));
    const entries = [...texts[tocPage]!.matchAll(/^\s*(\d[\d.]* .+?)\s{2,}(\d+)\s*$/gm)].map((match) => ({ title: match[1]!, page: Number(match[2]) }));
    expect(entries.length).toBeGreaterThanOrEqual(12);
    for (const entry of entries) {
      const found = texts.findIndex((text, index) => index > tocPage && text.split('\n').some((line) => line.trim() === entry.title));
      expect({ title: entry.title, page: found + 1 }).toEqual(entry);
    }
  }, 120_000);
});
