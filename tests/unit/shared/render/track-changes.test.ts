import { strFromU8, unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { documentFromSeed, type HandbokDocument } from '../../../../shared/model/document';
import { exportDocx, exportHtml, type ChangesAgainst } from '../../../../shared/render/export';
import { pageText } from '../../../../shared/render/pdf/page-text';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';
import { importWord } from '../../../support/word-import';
import { CHANGED, comparisonFixture, everyKindOfChange } from './comparison-fixture';

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
/** The paragraphs of a Word file as mammoth reads it (insertions kept, deletions left out), each with its white space made one space; empty ones left out. */
const wordParagraphs = async (bytes: Uint8Array) =>
  (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
/** Each of the body's paragraphs (w:p), as XML. */
const paragraphsOf = (xml: string) => [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((match) => match[0]);
/** The text a paragraph's XML holds, inserted and deleted alike. */
const xmlText = (xml: string) => [...xml.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)</g)].map((match) => match[1]).join('');
const parse = (html: string) => new new Window().DOMParser().parseFromString(html, 'text/html');

describe('a Word file with changes against an older version', async () => {
  const { document, changesAgainst } = comparisonFixture();
  const plain = await exportDocx(document, sampleOrganisation);
  const compared = await exportDocx(document, sampleOrganisation, { changesAgainst });
  const xml = documentXml(compared.bytes);

  it('tracks every change as a real revision, by the author and at the time given', () => {
    const revisions = [...xml.matchAll(/<w:(ins|del) ([^>]*?)\/?>/g)];
    expect(revisions.filter(([, kind]) => kind === 'ins').length).toBeGreaterThan(3);
    expect(revisions.filter(([, kind]) => kind === 'del').length).toBeGreaterThan(3);
    for (const [, , attributes] of revisions) {
      expect(attributes).toContain('w:author="Anna Andersson"');
      expect(attributes).toContain('w:date="2026-12-06T10:15:00Z"');
    }
    // Deleted words as deleted text, inserted ones inside w:ins.
    const deleted = [...xml.matchAll(/<w:delText[^>]*>([^<]*)</g)].map((match) => match[1]).join('|');
    expect(deleted).toContain(CHANGED.principle.deleted);
    expect(deleted).toContain(CHANGED.goal.deleted);
    expect(deleted).toContain(CHANGED.definition.deleted);
    const inserted = [...xml.matchAll(/<w:ins [^>]*>([\s\S]*?)<\/w:ins>/g)].map((match) => xmlText(match[1]!)).join('|');
    expect(inserted).toContain(CHANGED.principle.inserted);
    expect(inserted).toContain(CHANGED.goal.inserted);
    expect(inserted).toContain(CHANGED.role.inserted);
    expect(plain.warnings).toEqual(compared.warnings);
  });

  it('compares words inside a paragraph: the deleted words and the inserted ones in the same paragraph', () => {
    const principle = paragraphsOf(xml).find((paragraph) => xmlText(paragraph).includes(CHANGED.principle.deleted))!;
    expect(principle).toMatch(new RegExp(`<w:del [^>]*><w:r>(?:<w:rPr>.*?</w:rPr>)?<w:delText xml:space="preserve">${CHANGED.principle.deleted} </w:delText>`));
    expect(principle).toMatch(new RegExp(`<w:ins [^>]*><w:r>(?:<w:rPr>.*?</w:rPr>)?<w:t xml:space="preserve">${CHANGED.principle.inserted} </w:t>`));
    // The paragraph itself stays: its mark is neither inserted nor deleted.
    expect(principle).not.toMatch(/<w:pPr>.*<w:rPr><w:(ins|del) /);
    const target = paragraphsOf(xml).find((paragraph) => xmlText(paragraph).startsWith('Målvärde: Minst'))!;
    expect(xmlText(target)).toBe(`Målvärde: Minst ${CHANGED.goal.deleted}${CHANGED.goal.inserted} procent`);
  });

  it('inserts and deletes whole blocks with their paragraph marks, a deleted one where it stood', () => {
    const paragraphs = paragraphsOf(xml);
    const role = paragraphs.filter((paragraph) => /^(Kvalitetsgruppen består|samla erfarenheter|föreslå ändringar|ordna utbildning)/.test(xmlText(paragraph)));
    expect(role).toHaveLength(4);
    for (const paragraph of role) {
      // Accepting keeps the whole paragraph, rejecting removes it: its mark is inserted, and so is every run.
      expect(paragraph).toMatch(/<w:pPr>.*<w:rPr><w:ins w:id="\d+" w:author="Anna Andersson" w:date="[^"]+"\/><\/w:rPr><\/w:pPr>/);
      expect(paragraph.replace(/<w:pPr>.*?<\/w:pPr>/, '').replace(/<w:ins [^>]*>[\s\S]*?<\/w:ins>/g, '').replace(/<w:bookmark\w+ [^>]*\/>/g, '')).toBe('<w:p></w:p>');
    }
    const definition = paragraphs.filter((paragraph) => xmlText(paragraph).startsWith('Ledningssystem'));
    expect(definition).toHaveLength(2);
    for (const paragraph of definition) {
      expect(paragraph).toMatch(/<w:pPr>.*<w:rPr><w:del w:id="\d+" w:author="Anna Andersson" w:date="[^"]+"\/><\/w:rPr><\/w:pPr>/);
      expect(paragraph).not.toMatch(/<w:t[ >]/);
    }
    // Where it stood: after the definition of Nyckeltal, before that of Internkontroll.
    const at = (text: string) => paragraphs.findIndex((paragraph) => xmlText(paragraph) === text);
    expect(at('Nyckeltal')).toBeLessThan(at('Ledningssystem'));
    expect(at('Ledningssystem')).toBeLessThan(at('Internkontroll'));
  });

  it('gives every revision an id of its own, shared with no bookmark', () => {
    const ids = [...xml.matchAll(/<w:(?:ins|del|bookmarkStart) [^>]*?w:id="(\d+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads, with every change accepted, exactly as the export of the newer version', async () => {
    // mammoth keeps insertions and leaves deletions out, as Word's "accept all" does.
    expect(await wordParagraphs(compared.bytes)).toEqual(await wordParagraphs(plain.bytes));
  });

  it('keeps the block marks: read back, it gives the newer version’s blocks; a deleted block has none', async () => {
    const marks = (bytes: Uint8Array) => [...documentXml(bytes).matchAll(/w:name="_HbBlock\d+_(\w+)"/g)].map((match) => match[1]);
    expect(marks(compared.bytes)).toEqual(marks(plain.bytes));
    const [fromComparison, fromPlain] = await Promise.all([importWord(compared.bytes, 'jämförelse.docx', sampleOrganisation), importWord(plain.bytes, 'ny.docx', sampleOrganisation)]);
    expect(fromComparison.proposal.ownFile).toBe(true);
    expect(fromComparison.proposal.warnings.map((warning) => warning.code)).toContain('tracked-changes');
    const blocks = (imported: { document: HandbokDocument }) => imported.document.content.root.children.map((node) => node.type);
    expect(blocks(fromComparison)).toEqual(blocks(fromPlain));
  });

  it('writes the same file as before without a comparison, and the same first page with one', async () => {
    expect(documentXml(plain.bytes)).not.toMatch(/<w:(ins|del) /);
    const firstPage = (bytes: Uint8Array) => documentXml(bytes).split('<w:br w:type="page"/>')[0]!.replace(/ w:id="\d+"/g, '');
    expect(firstPage(compared.bytes)).toBe(firstPage(plain.bytes));
  });
});

describe('every kind of change, in Word', async () => {
  const { before, after } = everyKindOfChange();
  const document = { ...documentFromSeed(sampleLibrary[1]!, '2026-01-01T00:00:00.000Z', () => 'policy'), content: after };
  const changesAgainst: ChangesAgainst = { content: before, label: 'version 1', author: 'Handbok', date: '2026-12-06T10:00:00Z' };
  const compared = await exportDocx(document, sampleOrganisation, { changesAgainst });
  const plain = await exportDocx(document, sampleOrganisation);
  const xml = documentXml(compared.bytes);
  const paragraphWith = (text: string) => paragraphsOf(xml).find((paragraph) => xmlText(paragraph).includes(text))!;

  it('reads, with every change accepted, exactly as the newer version', async () => {
    expect(await wordParagraphs(compared.bytes)).toEqual(await wordParagraphs(plain.bytes));
  });

  it('inserts and deletes table rows as rows', () => {
    const rowOf = (text: string) => [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((match) => match[0]).find((row) => xmlText(row) === text)!;
    expect(rowOf('NämndBesluta')).toMatch(/<w:trPr>(?:<w:cantSplit\/>)?<w:ins w:id="\d+" w:author="Handbok"/);
    expect(rowOf('FebruariFortsätt.')).toMatch(/<w:trPr>(?:<w:cantSplit\/>)?<w:del w:id="\d+" w:author="Handbok"/);
    // A row whose cells changed stays, its words changed.
    const changed = rowOf('ChefFölja upp och leda');
    expect(changed).toMatch(/<w:trPr><w:cantSplit\/><\/w:trPr>/);
    expect(changed).toMatch(/<w:ins [^>]*><w:r><w:t xml:space="preserve"> och leda<\/w:t>/);
  });

  it('tracks headings, list items, pictures, page breaks, footnotes and moved paragraphs', () => {
    expect(paragraphWith('Borttagen rubrik')).toMatch(/<w:pStyle w:val="Heading2"\/>.*<w:rPr><w:del /);
    expect(paragraphWith('Ny rubrik')).toMatch(/<w:pStyle w:val="Heading2"\/>.*<w:rPr><w:ins /);
    expect(paragraphWith('Inledning')).toMatch(/<w:delText xml:space="preserve">bakgrund<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:t xml:space="preserve">syfte<\/w:t>/);
    expect(paragraphWith('Noll')).toMatch(/<w:numPr>.*<w:rPr><w:ins /);
    expect(paragraphWith('Två')).toMatch(/<w:numPr>.*<w:rPr><w:del /);
    expect(paragraphWith('Ett stycke med')).toMatch(/<w:del [^>]*><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:delText xml:space="preserve">fet<\/w:delText>/);
    expect(paragraphWith('Ett stycke med')).toMatch(/<w:hyperlink [^>]*><w:del [^>]*><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:delText xml:space="preserve">gammal<\/w:delText>/);
    expect(xml).toMatch(/<w:del [^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:drawing>/);
    expect(xml).toMatch(/<w:ins [^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:drawing>/);
    expect(xml).toMatch(/<w:p><w:pPr><w:pageBreakBefore\/><w:rPr><w:del [^>]*\/><\/w:rPr><\/w:pPr><\/w:p>/);
    expect(paragraphWith('Sista stycket.')).toMatch(/<w:ins [^>]*><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="\d+"\/><\/w:r><\/w:ins>/);
    // Moved: deleted where it stood, inserted where it stands.
    const moved = paragraphsOf(xml).filter((paragraph) => xmlText(paragraph) === 'Ett stycke som flyttas till slutet.');
    expect(moved.map((paragraph) => /<w:rPr><w:(ins|del) /.exec(paragraph)?.[1])).toEqual(['del', 'ins']);
  });

  it('renumbers a block or step as a change of its number, and marks a callout deleted whole', () => {
    expect(paragraphWith('Först')).toMatch(/<w:delText xml:space="preserve">1\. <\/w:delText>.*<w:t xml:space="preserve">2\. <\/w:t>/);
    expect(paragraphWith('Planera')).toMatch(/<w:delText xml:space="preserve">1\. <\/w:delText>.*<w:t xml:space="preserve">2\. <\/w:t>/);
    expect(paragraphWith('När metoden används')).toMatch(/<w:pStyle w:val="FieldLabel"\/>.*<w:rPr><w:ins /);
    const callout = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0]).find((table) => xmlText(table).includes('En notis som tas bort.'))!;
    expect(callout).toMatch(/<w:trPr>(?:<w:cantSplit\/>)?<w:del /);
  });
});

describe('the jämförelseversion (the PDF’s page)', () => {
  const { document, changesAgainst } = comparisonFixture();
  const { html, headings } = exportHtml(document, sampleOrganisation, { changesAgainst });
  const page = parse(html);
  const texts = (selector: string) => [...page.querySelectorAll(selector)].map((element) => element.textContent.replace(/\s+/g, ' ').trim());

  it('marks inserted words with <ins> and deleted ones with <del>, in their place', () => {
    expect(texts('main del')).toEqual([CHANGED.principle.deleted, CHANGED.goal.deleted, 'Ledningssystem', `${CHANGED.definition.deleted} kommunen styr, följer upp och förbättrar sin verksamhet.`]);
    expect(texts('main ins')).toEqual(expect.arrayContaining([CHANGED.principle.inserted, CHANGED.goal.inserted]));
    const target = texts('.goal-detail').find((line) => line.startsWith('Målvärde: Minst'));
    expect(target).toBe(`Målvärde: Minst ${CHANGED.goal.deleted}${CHANGED.goal.inserted} procent`);
  });

  it('shows an added block inserted and a removed one deleted, where it stood', () => {
    const role = page.querySelector('section.role.rev-ins')!;
    expect(role.textContent).toContain(CHANGED.role.inserted);
    expect([...role.querySelectorAll('p, li')].every((line) => line.querySelector(':scope > ins'))).toBe(true);
    const definitions = [...page.querySelectorAll('section.definition')];
    const removed = definitions.findIndex((section) => section.classList.contains('rev-del'));
    expect(definitions[removed]!.textContent).toContain(CHANGED.definition.deleted);
    expect(definitions[removed - 1]!.textContent).toContain('Nyckeltal');
    expect(definitions[removed + 1]!.textContent).toContain('Internkontroll');
  });

  it('tells insertions from deletions by more than colour, and says so in a legend on the first page', () => {
    const css = page.querySelector('style')!.textContent;
    expect(css).toMatch(/ins \{[^}]*text-decoration-line: underline/);
    expect(css).toMatch(/del \{[^}]*text-decoration-line: line-through/);
    expect(css).toContain('ins::before { content: "[+"; }');
    expect(css).toContain('del::before { content: "[\\2212"; }');
    const notice = page.querySelector('.front-page .comparison-notice')!;
    expect(notice.querySelector('.comparison-title')!.textContent).toBe('Jämförelseversion – ändringar mot version 2.1 (skapad 2026-12-06)');
    expect(notice.querySelector('ins')!.textContent).toBe('så här');
    expect(notice.querySelector('del')!.textContent).toBe('så här');
    expect(notice.textContent).toContain('understruken');
    expect(notice.textContent).toContain('överstruken');
    expect(css).toContain('content: "JÄMFÖRELSEVERSION"');
  });

  it('is the plain page without a comparison', () => {
    const plain = exportHtml(document, sampleOrganisation).html;
    expect(plain).not.toMatch(/<ins>|<del>|comparison-notice|rev-ins|rev-del|JÄMFÖRELSEVERSION/);
    expect(headings.map((entry) => entry.text)).toEqual(exportHtml(document, sampleOrganisation).headings.map((entry) => entry.text));
  });
});

describe('every kind of change, in the jämförelseversion', () => {
  const { before, after } = everyKindOfChange();
  const document = { ...documentFromSeed(sampleLibrary[1]!, '2026-01-01T00:00:00.000Z', () => 'policy'), content: after };
  const { html } = exportHtml(document, sampleOrganisation, { changesAgainst: { content: before, label: 'version 1', author: 'Handbok', date: '2026-12-06T10:00:00Z' } });
  const page = parse(html);

  it('has the newer version’s headings, named as it names them; a deleted heading is no heading', () => {
    expect([...page.querySelectorAll('main h1, main h2, main h3')].map((element) => element.tagName)).toEqual(['H1', 'H2']);
    expect(page.querySelector('p.deleted-heading')!.textContent).toBe('Borttagen rubrik');
    expect(page.querySelector('p.deleted-heading > del')).not.toBeNull();
    // The bookmarks are named by the newer words; Chromium's, with the deleted ones too, are found by both.
    expect(pageText(html).headings).toEqual(['Inledning och syfte', 'Ny rubrik']);
    expect(pageText(html).printedHeadings).toEqual(['Inledning och bakgrundsyfte', 'Ny rubrik']);
    expect(pageText(exportHtml(document, sampleOrganisation).html)).not.toHaveProperty('printedHeadings');
  });

  it('numbers each list item as its own version does, and marks rows, pictures and numbers', () => {
    expect([...page.querySelectorAll('main > ol > li')].map((item) => [item.getAttribute('value'), item.textContent])).toEqual([
      ['1', 'Noll'],
      ['2', 'Ett'],
      ['2', 'Två'],
      ['3', 'Tre'],
    ]);
    expect(page.querySelector('main > ol > li:nth-child(3)')!.className).toBe('rev-del');
    expect([...page.querySelectorAll('tr.rev-ins')].map((row) => row.textContent)).toEqual(['NämndBesluta']);
    expect([...page.querySelectorAll('tr.rev-del')].map((row) => row.textContent)).toEqual(['FebruariFortsätt.']);
    expect(page.querySelector('figure.rev-del figcaption del')!.textContent).toBe('Figur gammal');
    expect(page.querySelector('figure.rev-ins figcaption ins')!.textContent).toBe('Figur ny');
    expect([...page.querySelectorAll('.principle .block-title')].map((title) => title.innerHTML)).toEqual([
      '<ins><span class="prefix">1. </span>Ny</ins>',
      '<span class="prefix"><del>1. </del><ins>2. </ins></span>Först',
      '<span class="prefix"><del>2. </del><ins>3. </ins></span>Andra',
    ]);
    expect(page.querySelector('section.callout.rev-del')!.textContent).toContain('En notis som tas bort.');
  });
});
