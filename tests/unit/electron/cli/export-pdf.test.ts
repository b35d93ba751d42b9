import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectInOrder } from '../../../support/expect-in-order';
import { imageNode } from '../../../support/image-node';
import { openPdfInNode, openPdfTools, type ChromiumPdfTools } from '../../../../electron/cli/pdf-tools';
import { content, heading, paragraph } from '../../../../shared/model/content';
import { documentFromSeed } from '../../../../shared/model/document';
import { renderPdf } from '../../../../shared/render/pdf';
import { sampleLibrary } from '../../../../resources/samples/sample-library';

const run = promisify(execFile);
const root = new URL('../../../../', import.meta.url).pathname;

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}
const rolesOf = (node: StructNode): StructNode[] => [node, ...(node.children ?? []).flatMap(rolesOf)];

/** The text of each page, as pdftotext reads it. */
async function pageTexts(pdf: string, pages: number): Promise<string[]> {
  return Promise.all(Array.from({ length: pages }, (_, index) => run('pdftotext', ['-layout', '-f', String(index + 1), '-l', String(index + 1), pdf, '-']).then((result) => result.stdout)));
}

/**
 * The issue's own check, as a user would run it: the sample archive exported to PDF by the command
 * line, and the file read back with poppler and pdf.js.
 */
describe('handbok export --format pdf', () => {
  const folder = mkdtempSync(join(tmpdir(), 'handbok-pdf-'));
  const pdf = join(folder, 's.pdf');
  let pages = 0;

  beforeAll(async () => {
    const archive = join(folder, 's.handbok');
    await run('node', ['scripts/handbok.mjs', 'sample', '-o', archive], { cwd: root });
    await run('node', ['scripts/handbok.mjs', 'export', archive, '--format', 'pdf', '-o', pdf], { cwd: root });
    pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [pdf])).stdout)?.[1]);
  }, 120_000);

  it('is a tagged A4 PDF titled with the document', async () => {
    const { stdout: info } = await run('pdfinfo', [pdf]);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Kvalitetshandbok för Sjövik kommun/);
    expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
    expect(pages).toBeGreaterThanOrEqual(5);
    const catalog = readFileSync(pdf, 'latin1');
    expect(catalog).toMatch(/\/Lang \(sv-SE\)/);
  });

  it('has its headings in order, the metadata, and "Sida X av N" on every page', async () => {
    const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-']);
    const headings = ['1 Inledning', '2 Principer för kvalitetsarbetet', '3 Ansvar och roller', '4 Metodstöd', '7 Årshjul', '8 Uppföljning och revidering'];
    // In the body, after the contents page (which lists them too).
    expectInOrder(text.slice(text.indexOf('Sida 2 av')), headings);
    expect(text).toContain('KS 2024/312');
    const texts = await pageTexts(pdf, pages);
    texts.forEach((page, index) => expect(page).toContain(`Sida ${index + 1} av ${pages}`));
  });

  it('has a table of contents whose every page number is the page its heading stands on', async () => {
    const texts = await pageTexts(pdf, pages);
    const tocPage = texts.findIndex((page) => /^\s*Innehåll\s*$/m.test(page));
    expect(tocPage).toBe(1);
    const entries = [...texts[tocPage]!.matchAll(/^\s*(\d[\d.]* .+?)\s{2,}(\d+)\s*$/gm)].map((match) => ({ title: match[1]!, page: Number(match[2]) }));
    expect(entries.length).toBeGreaterThanOrEqual(12);
    for (const entry of entries) {
      // The first body page whose lines include the heading: where a reader who turns the pages finds it.
      const found = texts.findIndex((page, index) => index > tocPage && page.split('\n').some((line) => line.trim() === entry.title));
      expect({ title: entry.title, page: found + 1 }).toEqual(entry);
    }
  });

  it('has bookmarks for the headings and a structure tree with headings', async () => {
    const document = await openPdfInNode(readFileSync(pdf));
    try {
      const outline = (await document.getOutline()) ?? [];
      expect(outline.map((item) => item.title).slice(0, 4)).toEqual(['1 Inledning', '2 Principer för kvalitetsarbetet', '3 Ansvar och roller', '4 Metodstöd']);
      expect(outline[0]!.items.map((item) => item.title)).toEqual(['1.1 Syfte', '1.2 Förhållande till andra styrdokument']);
      const tree = (await (await document.getPage(3)).getStructTree()) as StructNode;
      const roles = rolesOf(tree).map((node) => node.role);
      expect(roles).toContain('H1');
      expect(roles).toContain('H2');
      expect(roles).toContain('P');
    } finally {
      await document.destroy();
    }
  });
});

describe('renderPdf', () => {
  let tools: ChromiumPdfTools;
  beforeAll(async () => {
    tools = await openPdfTools();
  }, 60_000);
  afterAll(async () => tools?.close());

  it('tags a figure with its alt text and leaves a decorative image out of the structure', async () => {
    let id = 0;
    const document = {
      ...documentFromSeed(sampleLibrary[0]!, '2026-01-01T00:00:00.000Z', () => `id-${(id += 1)}`),
      content: content(heading(1, 'Årshjulet'), paragraph('Så här ser året ut.'), imageNode({ altText: 'Årshjulet med tolv månader' }), imageNode({ decorative: true })),
    };
    const { bytes, headingPages } = await renderPdf(document, null, { printer: tools.printer, openPdf: tools.openPdf, fonts: tools.fonts });
    expect([...headingPages.values()]).toEqual([3]);
    const pdf = await openPdfInNode(bytes);
    try {
      const tree = (await (await pdf.getPage(3)).getStructTree()) as StructNode;
      // The figure is tagged once, with its alt text (Chromium tags the <figure> as a Figure too; it becomes a Div).
      const figures = rolesOf(tree).filter((node) => node.role === 'Figure');
      expect(figures.map((figure) => figure.alt)).toEqual(['Årshjulet med tolv månader']);
    } finally {
      await pdf.destroy();
    }
    // Two printings in a real Chromium and the finishing: seconds, more on a loaded machine.
  }, 60_000);
});
