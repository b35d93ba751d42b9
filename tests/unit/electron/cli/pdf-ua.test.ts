import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPdfInNode, openPdfInNode, openPdfTools, type ChromiumPdfTools } from '../../../../electron/cli/pdf-tools';
import { bulletList, content, element, heading, paragraph, text, type SerializedContent } from '../../../../shared/model/content';
import { NUMBERED_HEADINGS_KEY } from '../../../../shared/model/headings';
import { documentFromSeed } from '../../../../shared/model/document';
import { renderHtml } from '../../../../shared/render/html';
import { renderPdf } from '../../../../shared/render/pdf';
import { readStructure } from '../../../../shared/render/pdf/structure';
import { PdfFile, PdfUpdate } from '../../../../shared/render/pdf/raw/file';
import { PdfDict, PdfName, type PdfRef, PdfStream, type PdfString } from '../../../../shared/render/pdf/raw/objects';
import { xmpPacket } from '../../../../shared/render/pdf/xmp';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { imageNode } from '../../../support/image-node';

const run = promisify(execFile);
const root = new URL('../../../../', import.meta.url).pathname;
const cli = (...args: string[]) => run('node', ['scripts/handbok.mjs', ...args], { cwd: root });

/** `handbok check --pdf`, as a user runs it: the exit code and what it printed. */
async function checkFile(path: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await cli('check', '--pdf', path);
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, output: failed.stdout };
  }
}

describe('handbok check --pdf over the PDFs Handbok exports', () => {
  const folder = mkdtempSync(join(tmpdir(), 'handbok-pdfua-'));
  const pdfs = {
    'the sample handbook': join(folder, 'handbok.pdf'),
    'a 60-page synthetic handbook': join(folder, 'syntetisk.pdf'),
    'the memo': join(folder, 'tjansteskrivelse.pdf'),
    'the ärendepaket': join(folder, 'arendepaket.pdf'),
  };

  beforeAll(async () => {
    const sample = join(folder, 's.handbok');
    const synthetic = join(folder, 'syn.handbok');
    await Promise.all([cli('sample', '-o', sample), cli('sample', '--pages', '60', '-o', synthetic)]);
    await cli('export', sample, '--format', 'pdf', '-o', pdfs['the sample handbook']);
    await cli('export', synthetic, '--format', 'pdf', '-o', pdfs['a 60-page synthetic handbook']);
    await cli('export', sample, '--kind', 'tjansteskrivelse', '--format', 'pdf', '-o', pdfs['the memo']);
    await cli('export', sample, '--kind', 'tjansteskrivelse', '--format', 'pdf', '--with-attachments', '-o', pdfs['the ärendepaket']);
  }, 240_000);

  it.each(Object.keys(pdfs) as (keyof typeof pdfs)[])('finds no failure in %s', async (name) => {
    const { code, output } = await checkFile(pdfs[name]);
    expect(output).toContain('klarar alla');
    expect(code).toBe(0);
  }, 60_000);

  it.each(Object.keys(pdfs) as (keyof typeof pdfs)[])('sets %s in the bundled fonts alone, all embedded', async (name) => {
    const { stdout } = await run('pdffonts', [pdfs[name]]);
    const fonts = stdout.trim().split('\n').slice(2).map((line) => line.split(/\s+/));
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    // Columns: name, type (one or two words), encoding, emb, sub, uni, object, ID.
    for (const columns of fonts) {
      expect(columns[0]).toMatch(/^[A-Z]{6}\+(Gelasio|Arimo|Tinos|Carlito|Caladea)-(Regular|Bold|Italic|BoldItalic)$/);
      expect(columns.at(-5)).toBe('yes');
    }
  }, 30_000);

  it('says which rules fail, by number and page, and exits 1, for a PDF that is not PDF/UA', async () => {
    const bad = join(folder, 'utan-metadata.pdf');
    writeFileSync(bad, await withoutMetadata(readFileSync(pdfs['the sample handbook'])));
    const { code, output } = await checkFile(bad);
    expect(code).toBe(1);
    expect(output).toContain('7.1-8 (Matterhorn 06-001): Katalogen saknar en XMP-metadataström');
    expect(output).toContain('PDF/UA-1: 1 fel.');
  }, 60_000);

  it('explains a file that is not a PDF, or a PDF cut short, in one line, and exits 1', async () => {
    const notPdf = join(folder, 'inte.pdf');
    writeFileSync(notPdf, 'hej');
    const truncated = join(folder, 'avkortad.pdf');
    const whole = readFileSync(pdfs['the sample handbook']);
    writeFileSync(truncated, whole.subarray(0, whole.length / 2));
    for (const path of [notPdf, truncated]) {
      const result = await run('node', ['scripts/handbok.mjs', 'check', '--pdf', path], { cwd: root }).catch((error: { code: number; stderr: string }) => error);
      expect(result).toMatchObject({ code: 1 });
      expect((result as { stderr: string }).stderr.trim()).toBe(`handbok: ${path} går inte att läsa som PDF: filen är skadad, krypterad eller ingen PDF`);
    }
  }, 60_000);
});

function withoutMetadata(bytes: Uint8Array): Promise<Uint8Array> {
  return mutate(bytes, (file, update) => {
    const catalog = file.catalog;
    catalog.delete('Metadata');
    update.set(file.trailer.get('Root') as PdfRef, catalog);
  });
}

/** A PDF changed by one incremental update, as a broken writer might leave it. */
async function mutate(bytes: Uint8Array, change: (file: PdfFile, update: PdfUpdate) => void | Promise<void>): Promise<Uint8Array> {
  const file = new PdfFile(new Uint8Array(bytes));
  const update = new PdfUpdate(file);
  await change(file, update);
  return update.bytes();
}

const LONG_HEADINGS = [
  'Kvalitetsarbetets grunder och de gemensamma principer som gäller för alla nämnder, förvaltningar och helägda bolag',
  'Ansvarsfördelningen mellan kommunstyrelsen, nämnderna och förvaltningarnas ledningsgrupper i det systematiska arbetet',
  'Uppföljning av nyckeltal och brukarundersökningar med jämförelser över tid och mot andra kommuner i länet',
];

describe('finishing Chromium’s tagged PDF', () => {
  let tools: ChromiumPdfTools;
  let finished: Uint8Array;
  let document: ReturnType<typeof documentFromSeed>;

  beforeAll(async () => {
    tools = await openPdfTools();
    let id = 0;
    const numbered = (value: SerializedContent): SerializedContent => ({ ...value, root: { ...value.root, $: { [NUMBERED_HEADINGS_KEY]: true } } });
    document = {
      ...documentFromSeed(sampleLibrary[0]!, '2026-01-01T00:00:00.000Z', () => `id-${(id += 1)}`),
      content: numbered(content(
        heading(1, LONG_HEADINGS[0]!),
        paragraph('Läs mer på ', element('link', [text('kommunens webbplats')], { url: 'https://www.sjovik.se/kvalitet', rel: null, target: null, title: null }), '.'),
        bulletList('Invånaren i fokus', 'Beslut på fakta', 'Vi förbättrar'),
        heading(2, LONG_HEADINGS[1]!),
        imageNode({ altText: 'Årshjulet med tolv månader', caption: 'Årets gång' }),
        imageNode({ decorative: true, caption: 'Årets gång' }),
        heading(3, LONG_HEADINGS[2]!),
        paragraph('Nyckeltalen redovisas i april.', { type: 'footnote', version: 1, text: 'Enligt SKR:s definitioner.' }),
      )),
    };
    finished = (await renderPdf(document, null, { printer: tools.printer, openPdf: tools.openPdf, fonts: tools.fonts })).bytes;
  }, 120_000);
  afterAll(async () => tools?.close());

  it('titles every bookmark exactly as its heading, with its number, however the heading wraps', async () => {
    const pdf = await openPdfInNode(finished);
    try {
      const titles: string[] = [];
      const walk = (items: { title: string; items: unknown[] }[]) =>
        items.forEach((item) => {
          titles.push(item.title);
          walk(item.items as { title: string; items: unknown[] }[]);
        });
      walk((await pdf.getOutline()) ?? []);
      expect(titles).toEqual([`1 ${LONG_HEADINGS[0]}`, `1.1 ${LONG_HEADINGS[1]}`, `1.1.1 ${LONG_HEADINGS[2]}`]);
    } finally {
      await pdf.destroy();
    }
    // Each heading is long enough to wrap on the page, where Chromium's own bookmark loses a space.
    const path = join(mkdtempSync(join(tmpdir(), 'handbok-bookmarks-')), 'rubriker.pdf');
    writeFileSync(path, finished);
    const { stdout } = await run('pdftotext', ['-f', '3', '-l', '3', path, '-']);
    for (const title of LONG_HEADINGS) {
      expect(stdout.split('\n').some((line) => line.includes(title))).toBe(false);
      expect(stdout.replace(/\s+/g, ' ')).toContain(title);
    }
  });

  it('passes every rule, where Chromium’s own tagged PDF fails those the finishing mends', async () => {
    expect(await checkPdfInNode(finished)).toEqual([]);
    const raw = await tools.printer.print({ html: renderHtml(document, null).html, mode: 'final' });
    const rules = new Set((await checkPdfInNode(raw)).map((failure) => failure.rule));
    expect([...rules].sort()).toEqual(['7.1-3', '7.1-8', '7.18.5-2', '7.2-20', '7.3-1']);
  });

  const elements = (file: PdfFile, role: string) => readStructure(file).filter((element) => element.role === role && element.ref);
  const retag = (role: string, to: string) => (file: PdfFile, update: PdfUpdate) => {
    const [first] = elements(file, role);
    first!.dict.set('S', new PdfName(to));
    update.set(first!.ref!, first!.dict);
  };
  const catalogChange = (change: (catalog: PdfDict, file: PdfFile, update: PdfUpdate) => void) => (file: PdfFile, update: PdfUpdate) => {
    const catalog = file.catalog;
    change(catalog, file, update);
    update.set(file.trailer.get('Root') as PdfRef, catalog);
  };
  const xmp = (edit: (packet: string) => string) =>
    catalogChange((catalog, _file, update) => {
      const packet = edit(xmpPacket({ title: 'Handbok', language: 'sv-SE' }));
      const dict = new PdfDict([
        ['Type', new PdfName('Metadata')],
        ['Subtype', new PdfName('XML')],
      ]);
      catalog.set('Metadata', update.add(new PdfStream(dict, new TextEncoder().encode(packet))));
    });
  const pageWithLinks = (file: PdfFile) => file.pages().find(({ page }) => file.array(page.get('Annots')).length > 0)!;
  const firstLink = (file: PdfFile) => {
    const ref = file.array(pageWithLinks(file).page.get('Annots'))[0] as PdfRef;
    return { ref, annotation: file.dict(ref)! };
  };

  const BROKEN: [string, (file: PdfFile, update: PdfUpdate) => void | Promise<void>][] = [
    ['7.1-8', catalogChange((catalog) => catalog.delete('Metadata'))],
    ['5-1', xmp((packet) => packet.replace(/<pdfuaid:part>1<\/pdfuaid:part>/, ''))],
    ['5-2', xmp((packet) => packet.replace(/<pdfuaid:part>1</, '<pdfuaid:part>2<'))],
    ['7.1-9', xmp((packet) => packet.replace(/<dc:title>.*<\/dc:title>/, ''))],
    ['6.2-1', catalogChange((catalog) => catalog.set('MarkInfo', new PdfDict([['Marked', false]])))],
    ['7.1-4', catalogChange((catalog) => catalog.set('MarkInfo', new PdfDict([['Marked', true], ['Suspects', true]])))],
    ['7.1-10', catalogChange((catalog) => catalog.set('ViewerPreferences', new PdfDict([['DisplayDocTitle', false]])))],
    [
      '7.2-34',
      catalogChange((catalog, file, update) => {
        catalog.delete('Lang');
        for (const element of readStructure(file).filter((item) => item.dict.has('Lang') && item.ref)) {
          element.dict.delete('Lang');
          update.set(element.ref!, element.dict);
        }
      }),
    ],
    [
      '7.1-3',
      async (file, update) => {
        const { page } = file.pages()[2]!;
        const drawn = new TextEncoder().encode('\nq 0 0 1 rg 100 100 20 20 re f Q\n');
        const contents = file.array(page.get('Contents')).map((ref) => file.decode(file.resolve(ref) as PdfStream));
        const joined = new Uint8Array([...contents.flatMap((part) => [...part]), ...drawn]);
        update.set(page.get('Contents') as PdfRef, await PdfUpdate.stream(joined));
      },
    ],
    [
      '7.3-1',
      (file, update) => {
        const [figure] = elements(file, 'Figure');
        figure!.dict.delete('Alt');
        update.set(figure!.ref!, figure!.dict);
      },
    ],
    ['7.2-19', retag('LI', 'P')],
    ['7.2-20', retag('LBody', 'P')],
    ['7.2-17', retag('L', 'Div')],
    ['7.4.2-1', retag('H1', 'H2')],
    [
      '7.5-1',
      (file, update) => {
        for (const cell of readStructure(file).filter((item) => ['TH', 'TD'].includes(item.role) && item.ref)) {
          cell.dict.delete('A');
          update.set(cell.ref!, cell.dict);
        }
      },
    ],
    [
      '7.18.3-1',
      (file, update) => {
        const { ref, page } = pageWithLinks(file);
        page.delete('Tabs');
        update.set(ref, page);
      },
    ],
    ['7.18.5-1', retag('Link', 'Span')],
    [
      '7.18.5-2',
      (file, update) => {
        const { ref, annotation } = firstLink(file);
        annotation.delete('Contents');
        update.set(ref, annotation);
      },
    ],
    [
      '7.21.4.1-1',
      (file, update) => {
        const fonts = file.dict(file.dict(file.pages()[0]!.page.get('Resources'))!.get('Font'))!;
        const font = file.dict([...fonts.values()][0])!;
        const descendant = file.dict(file.array(font.get('DescendantFonts'))[0]) ?? font;
        const descriptorRef = descendant.get('FontDescriptor') as PdfRef;
        const descriptor = file.dict(descriptorRef)!;
        descriptor.delete('FontFile2');
        update.set(descriptorRef, descriptor);
      },
    ],
  ];

  it.each(BROKEN)('fails a PDF that breaks %s on that rule alone', async (rule, change) => {
    const failures = await checkPdfInNode(await mutate(finished, change));
    expect([...new Set(failures.map((failure) => failure.rule))]).toEqual([rule]);
    if (['7.1-3', '7.3-1', '7.2-19', '7.2-20', '7.18.3-1', '7.18.5-2', '7.21.4.1-1'].includes(rule)) expect(failures[0]!.page).toBeGreaterThan(0);
  });

  it('names the page of a failure on a page', async () => {
    const failures = await checkPdfInNode(await mutate(finished, BROKEN.find(([rule]) => rule === '7.1-3')![1]));
    expect(failures).toEqual([{ rule: '7.1-3', page: 3, detail: '1 ritoperationer utanför taggat innehåll och artefakter', count: 1 }]);
  });

  it('describes links by what they say', async () => {
    const file = new PdfFile(new Uint8Array(finished));
    const descriptions = file
      .pages()
      .flatMap(({ page }) => file.array(page.get('Annots')))
      .map((ref) => (file.dict(ref)!.get('Contents') as PdfString).text);
    expect(descriptions).toEqual(expect.arrayContaining([`1 ${LONG_HEADINGS[0]}`, 'kommunens webbplats', 'Fotnot 1']));
  });
});
