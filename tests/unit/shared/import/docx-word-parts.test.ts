import { expectLinear } from '../../../support/linear-time';
import { DOMParser } from '@xmldom/xmldom';
import { AlignmentType, Document, Footer, Header, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { partText, readDocxParts } from '../../../../shared/import/docx/package';
import {
  NUMBERING_BOOKMARK,
  countRevisions,
  headerFooterTexts,
  markNumberedParagraphs,
  readCoreProperties,
  readNumbering,
} from '../../../../shared/import/docx/word-parts';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W = `xmlns:w="${W_NS}"`;
const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const numPr = (numId: number | string, ilvl?: number) => `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
const para = (text: string, pPr = '') => `<w:p>${pPr && `<w:pPr>${pPr}</w:pPr>`}<w:r><w:t>${text}</w:t></w:r></w:p>`;

/** Parses strictly: any warning or error fails the test. */
function parseStrict(xml: string) {
  const problems: string[] = [];
  const report = (message: unknown) => void problems.push(String(message));
  const doc = new DOMParser({ errorHandler: { warning: report, error: report, fatalError: report } }).parseFromString(xml, 'text/xml');
  expect(problems).toEqual([]);
  return doc;
}

/** [paragraph text, bookmark names right after its pPr] for every paragraph. */
function bookmarksByParagraph(xml: string): [string, string[]][] {
  const doc = parseStrict(xml);
  const paragraphs = doc.getElementsByTagNameNS(W_NS, 'p');
  return Array.from({ length: paragraphs.length }, (_, i) => {
    const p = paragraphs.item(i)!;
    const names = Array.from({ length: p.childNodes.length }, (_, j) => p.childNodes.item(j) as Element)
      .filter((child) => child.localName === 'bookmarkStart')
      .map((child) => child.getAttributeNS(W_NS, 'name') ?? '');
    const text = Array.from({ length: p.getElementsByTagNameNS(W_NS, 't').length }, (_, j) => p.getElementsByTagNameNS(W_NS, 't').item(j)!.textContent).join('');
    return [text, names];
  });
}

describe('markNumberedParagraphs', () => {
  it('marks each numbered paragraph with its list and level, right after its properties', () => {
    const xml = documentXml(
      para('Vanlig') +
        para('Ett', `<w:pStyle w:val="ListParagraph"/>${numPr(5, 0)}`) +
        para('Ett a', numPr(5, 1)) +
        para('Utan nivå', numPr(7)) +
        para('Ingen lista', numPr(0, 0)) +
        para('Bara ändring', `<w:pPrChange w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z"><w:pPr>${numPr(9, 2)}</w:pPr></w:pPrChange>`) +
        para('I styckemärket', `<w:rPr><w:b/>${numPr(4, 0)}</w:rPr>`) +
        `<w:p w:rsidR="00AB"><w:pPr>\n  ${numPr(6, 3)}<w:pPrChange w:id="4" w:author="A"><w:pPr/></w:pPrChange></w:pPr><w:r><w:t>Med attribut</w:t></w:r></w:p>` +
        '<w:p/>',
    );
    const marked = markNumberedParagraphs(xml);
    expect(bookmarksByParagraph(marked)).toEqual([
      ['Vanlig', []],
      ['Ett', ['_HbNum_5_0']],
      ['Ett a', ['_HbNum_5_1']],
      ['Utan nivå', ['_HbNum_7_0']],
      ['Ingen lista', []],
      ['Bara ändring', []],
      ['I styckemärket', []],
      ['Med attribut', ['_HbNum_6_3']],
      ['', []],
    ]);
    // Right after </w:pPr>, start and end together.
    expect(marked).toContain(`${numPr(5, 0)}</w:pPr><w:bookmarkStart w:id="900000000" w:name="_HbNum_5_0"/><w:bookmarkEnd w:id="900000000"/><w:r>`);
    expect(NUMBERING_BOOKMARK.exec('_HbNum_6_3')?.slice(1)).toEqual(['6', '3']);
    // Nothing else changed: taking the marks out gives the input back.
    expect(marked.replace(/<w:bookmarkStart w:id="\d+" w:name="_HbNum_\d+_\d+"\/><w:bookmarkEnd w:id="\d+"\/>/g, '')).toBe(xml);
  });

  it('gives every mark an id of its own, above the ids the document has', () => {
    const xml = documentXml(`<w:bookmarkStart w:id="950000000" w:name="x"/><w:bookmarkEnd w:id="950000000"/>` + para('A', numPr(1)) + para('B', numPr(1)) + para('C', numPr(2)));
    const ids = [...markNumberedParagraphs(xml).matchAll(/<w:bookmarkStart w:id="(\d+)" w:name="_HbNum/g)].map((match) => match[1]);
    expect(ids).toEqual(['950000001', '950000002', '950000003']);
    const small = [...markNumberedParagraphs(documentXml(para('A', numPr(1)))).matchAll(/w:id="(\d+)"/g)].map((match) => match[1]);
    expect(small).toEqual(['900000000', '900000000']);
  });

  it('marks paragraphs inside tables and text boxes, and leaves a document without lists as it is', () => {
    const xml = documentXml(`<w:tbl><w:tr><w:tc>${para('I cell', numPr(3, 1))}</w:tc></w:tr></w:tbl>`);
    expect(bookmarksByParagraph(markNumberedParagraphs(xml))).toEqual([['I cell', ['_HbNum_3_1']]]);
    const plain = documentXml(para('A') + para('B', '<w:jc w:val="center"/>'));
    expect(markNumberedParagraphs(plain)).toBe(plain);
  });

  it('marks the real Word file’s list and survives it unchanged elsewhere', async () => {
    const parts = await realParts();
    const marked = markNumberedParagraphs(partText(parts, 'word/document.xml')!);
    const marks = bookmarksByParagraph(marked).filter(([, names]) => names.length);
    expect(marks).toEqual([
      ['Första steget', ['_HbNum_2_0']],
      ['Andra steget', ['_HbNum_2_0']],
    ]);
  });

  it('runs in linear time on a large, hostile document', () => {
    const unclosed = '<w:p><w:pPr><w:numPr><w:numId w:val="1"/>';
    expectLinear((size) => documentXml(unclosed.repeat(Math.ceil(size / unclosed.length))), markNumberedParagraphs);
    const numbered = para('x', numPr(1, 0));
    expectLinear((size) => documentXml(numbered.repeat(Math.ceil(size / numbered.length))), markNumberedParagraphs);
  });
});

describe('readNumbering', () => {
  const numbering = `<?xml version="1.0"?><w:numbering ${W}>
    <w:abstractNum w:abstractNumId="10">
      <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="11">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="11"/></w:num>
  </w:numbering>`;

  it('reads each list’s levels, with the start override of its w:num', () => {
    const lists = readNumbering(numbering);
    expect([...lists.keys()]).toEqual(['1', '2', '3']);
    const one = lists.get('1')!;
    expect(one.abstractId).toBe('10');
    expect(one.levels).toHaveLength(9);
    expect(one.levels[0]).toEqual({ start: 3, format: 'decimal', text: '%1.', restartsFromOverride: false });
    expect(one.levels[1]).toEqual({ start: 1, format: 'lowerLetter', text: '%2)', restartsFromOverride: false });
    const two = lists.get('2')!;
    expect(two.levels[0]).toEqual({ start: 7, format: 'decimal', text: '%1.', restartsFromOverride: true });
    expect(two.levels[1]!.restartsFromOverride).toBe(false);
    // The override is the w:num's own: the abstract and the other list keep their start.
    expect(lists.get('1')!.levels[0]!.start).toBe(3);
    expect(lists.get('3')!.levels[0]).toEqual({ start: 1, format: 'bullet', text: '•', restartsFromOverride: false });
  });

  it('reads the real Word file’s start value', async () => {
    const lists = readNumbering(partText(await realParts(), 'word/numbering.xml'));
    expect(lists.get('2')?.levels[0]).toMatchObject({ start: 3, format: 'decimal', text: '%1.' });
  });

  it('gives an empty map for missing or broken numbering', () => {
    expect(readNumbering(undefined).size).toBe(0);
    expect(readNumbering('').size).toBe(0);
    expect(readNumbering('not xml at all').size).toBe(0);
    expect(readNumbering('<w:numbering><w:num').size).toBe(0);
  });
});

describe('readCoreProperties', () => {
  it('reads the properties, trimmed, leaving out the empty ones', () => {
    const core = `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <dc:title>  Riktlinje för dokumenthantering </dc:title><dc:subject></dc:subject><dc:creator>Sjövik kommun</dc:creator>
      <cp:keywords>arkiv; diarium</cp:keywords><dc:description>   </dc:description>
      <dcterms:created xsi:type="dcterms:W3CDTF">2023-05-02T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-10T12:30:00Z</dcterms:modified>
    </cp:coreProperties>`;
    expect(readCoreProperties(core)).toEqual({
      title: 'Riktlinje för dokumenthantering',
      creator: 'Sjövik kommun',
      keywords: 'arkiv; diarium',
      created: '2023-05-02T08:00:00Z',
      modified: '2024-01-10T12:30:00Z',
    });
  });

  it('reads the real Word file’s title', async () => {
    const properties = readCoreProperties(partText(await realParts(), 'docProps/core.xml'));
    expect(properties.title).toBe('Riktlinje för dokumenthantering');
    expect(properties.creator).toBe('Sjövik kommun');
  });

  it('gives nothing for missing or broken properties', () => {
    expect(readCoreProperties(undefined)).toEqual({});
    expect(readCoreProperties('<<<')).toEqual({});
  });
});

describe('headerFooterTexts', () => {
  it('reads the paragraphs of every header and footer in part-name order', () => {
    const part = (body: string) => strToU8(`<w:hdr ${W}>${body}</w:hdr>`);
    const parts = new Map([
      ['word/header10.xml', part(para('Tionde'))],
      ['word/header2.xml', part(`<w:p><w:r><w:t>Dnr</w:t><w:tab/><w:t>KS 2023/145</w:t></w:r></w:p>` + '<w:p/>' + para('  '))],
      ['word/footer1.xml', part(para('Sida 1'))],
      ['word/document.xml', part(para('Brödtext'))],
      ['word/_rels/header2.xml.rels', strToU8('<Relationships/>')],
      ['word/header1.xml', part(`<w:p><w:r><w:t>Yttre</w:t><w:pict><w:txbxContent>${para('Inre')}</w:txbxContent></w:pict></w:r></w:p>`)],
    ]);
    expect(headerFooterTexts(parts)).toEqual({ headers: ['Yttre', 'Inre', 'Dnr KS 2023/145', 'Tionde'], footers: ['Sida 1'] });
  });

  it('reads the header of the real Word file', async () => {
    expect(headerFooterTexts(await realParts())).toEqual({ headers: ['Dnr KS 2023/145'], footers: ['Kommunstyrelsen'] });
  });

  it('skips a part that is not XML', () => {
    expect(headerFooterTexts(new Map([['word/header1.xml', strToU8('garbage')]]))).toEqual({ headers: [], footers: [] });
  });

  it('walks deeply nested content without recursion', () => {
    const deep = '<w:sdt><w:sdtContent>'.repeat(20_000) + para('Djupt') + '</w:sdtContent></w:sdt>'.repeat(20_000);
    expect(headerFooterTexts(new Map([['word/header1.xml', strToU8(`<w:hdr ${W}>${deep}</w:hdr>`)]])).headers).toEqual(['Djupt']);
  });
});

describe('countRevisions', () => {
  it('counts insertions, deletions, moves and comments, not the elements whose names begin alike', () => {
    const xml = documentXml(
      `<w:p><w:ins w:id="1" w:author="A"><w:r><w:t>ny</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>gammal</w:delText></w:r></w:del></w:p>` +
        `<w:p><w:pPr><w:rPr><w:ins w:id="3" w:author="A"/></w:rPr></w:pPr><w:del w:id="4" w:author="A"/></w:p>` +
        `<w:p><w:moveFromRangeStart w:id="5" w:name="m"/><w:moveFrom w:id="6"><w:r><w:t>flyttad</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="5"/></w:p>` +
        `<w:p><w:moveTo w:id="7"><w:r><w:t>flyttad</w:t></w:r></w:moveTo></w:p>` +
        `<w:p><w:r><w:commentReference w:id="0"/></w:r><w:r><w:commentReference w:id="1"/></w:r><w:commentRangeStart w:id="2"/></w:p>` +
        `<w:tbl><w:tblPr><w:tblInd w:w="0"/></w:tblPr><w:tr><w:tc><w:tcPr><w:insideH/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>`,
    );
    expect(countRevisions(xml)).toEqual({ insertions: 2, deletions: 2, moves: 1, comments: 2 });
    expect(countRevisions(documentXml(para('Inget')))).toEqual({ insertions: 0, deletions: 0, moves: 0, comments: 0 });
  });
});

/** The parts of a real Word file from the docx library: a title, a header with the registry number, a numbered list. */
async function realParts(): Promise<Map<string, Uint8Array>> {
  const file = new Document({
    title: 'Riktlinje för dokumenthantering',
    creator: 'Sjövik kommun',
    numbering: {
      config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, start: 3 }] }],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun('Dnr KS 2023/145')] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun('Kommunstyrelsen')] })] }) },
        children: [
          new Paragraph({ children: [new TextRun('Inledning')] }),
          new Paragraph({ children: [new TextRun('Första steget')], numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ children: [new TextRun('Andra steget')], numbering: { reference: 'steps', level: 0 } }),
        ],
      },
    ],
  });
  const opened = readDocxParts(new Uint8Array(await Packer.toBuffer(file)));
  if (!opened.ok) throw new Error(opened.refusal.code);
  return opened.parts;
}
