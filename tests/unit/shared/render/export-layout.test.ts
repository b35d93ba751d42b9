import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { documentFromSeed, type HandbokDocument } from '../../../../shared/model/document';
import type { DocumentStatus } from '../../../../shared/model/kinds';
import { DEFAULT_EXPORT_LAYOUT, type ExportLayout, type Organisation } from '../../../../shared/model/organisation';
import { renderDocx } from '../../../../shared/render/docx';
import { renderHtml } from '../../../../shared/render/html';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';

let id = 0;
/** The sample policy, decided by Kommunfullmäktige, in the given status. */
const policy = (status: DocumentStatus, metadata: HandbokDocument['metadata'] = {}): HandbokDocument => {
  const document = documentFromSeed(sampleLibrary[1]!, '2026-01-01T00:00:00.000Z', () => `id-${(id += 1)}`);
  return {
    ...document,
    status,
    metadata: { ...document.metadata, decidedBy: 'Kommunfullmäktige', decidedDate: '2023-04-13', decidedParagraph: '§ 64', ...metadata },
  };
};
const bodyOf = (html: string) => html.slice(html.indexOf('<body>'));
/** The rules of the page box every page has (`@page { … }`, up to its closing brace at the line start). */
const pageRule = (html: string) => /\n@page \{\n([\s\S]*?)\n\}/.exec(html)?.[1] ?? '';
const firstPageRule = (html: string) => /\n@page :first \{\n([\s\S]*?)\n\}/.exec(html)?.[1] ?? '';
const withLayout = (layout: Partial<ExportLayout>): Organisation => ({ ...sampleOrganisation, exportLayout: { ...DEFAULT_EXPORT_LAYOUT, ...layout } });

const wordFiles = (bytes: Uint8Array) => {
  const unzipped = unzipSync(bytes);
  return Object.fromEntries(Object.entries(unzipped).map(([name, data]) => [name, strFromU8(data)]));
};
/** What Word's headers say, all of them (the first page has its own). */
const headerText = (files: Record<string, string>) =>
  Object.entries(files)
    .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
    .map(([, xml]) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''));
const wordText = async (bytes: Uint8Array) => (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value.replace(/<a id="[^"]*"><\/a>/g, '');
/** The front page's metadata rows of the print page, as label → value pairs in order. */
const htmlRows = (html: string) => {
  const table = /<table class="metadata"><tbody>(.*?)<\/tbody><\/table>/.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr><th scope="row">(.*?)<\/th><td>(.*?)<\/td><\/tr>/g)].map((match) => [match[1], match[2]]);
};
const wordRows = (text: string) => {
  const table = /<table>(.*?)<\/table>/.exec(text)?.[1] ?? '';
  return [...table.matchAll(/<tr><td><p>(.*?)<\/p><\/td><td><p>(.*?)<\/p><\/td><\/tr>/g)].map((match) => [match[1], match[2]]);
};

describe('a document not in force is marked so in every export (issue 16, point 6)', () => {
  it.each([
    ['utkast', 'UTKAST', 'Utkast. Dokumentet är inte beslutat.'],
    ['remiss', 'REMISSVERSION', 'Remissversion. Dokumentet är ett förslag och är inte beslutat.'],
    ['for-beslut', 'FÖRSLAG TILL BESLUT', 'Förslag till beslut. Dokumentet är inte beslutat.'],
    ['upphavd', 'UPPHÄVT', 'Upphävt. Dokumentet gäller inte längre.'],
  ] as const)('%s: the mark heads every page and the first page says what it is', async (status, mark, sentence) => {
    const document = policy(status);
    const { html } = renderHtml(document, sampleOrganisation);
    // Every page, the first included: the page-margin box of @page, which :first does not take away.
    expect(pageRule(html)).toContain(`@top-center { content: "${mark}";`);
    expect(firstPageRule(html)).toContain('@top-left { content: none; }');
    expect(firstPageRule(html)).not.toContain('@top-center');
    expect(html).toContain(`<p class="document-title">Kvalitetspolicy för Sjövik kommun</p><p class="document-status">${sentence}</p>`);

    const files = wordFiles((await renderDocx(document, sampleOrganisation)).bytes);
    const headers = headerText(files);
    // The default header and the first page's both carry the mark, as text.
    expect(headers.length).toBeGreaterThanOrEqual(2);
    for (const header of headers) expect(header).toContain(mark);
    expect(await wordText((await renderDocx(document, sampleOrganisation)).bytes)).toContain(`<p>${sentence}</p>`);
  });

  it('a decided document carries no mark and no status sentence', async () => {
    const document = policy('gallande');
    const { html } = renderHtml(document, sampleOrganisation);
    expect(html).not.toContain('@top-center');
    expect(bodyOf(html)).not.toContain('document-status');
    const files = wordFiles((await renderDocx(document, sampleOrganisation)).bytes);
    for (const header of headerText(files)) expect(header).not.toMatch(/UTKAST|FÖRSLAG|REMISS|UPPHÄVT/);
    expect(htmlRows(html)).toContainEqual(['Beslutad av', 'Kommunfullmäktige']);
    expect(htmlRows(html)).toContainEqual(['Beslutsdatum', '2023-04-13']);
  });

  it('a draft names the body that is to decide it, and no decision date of its own', async () => {
    const document = policy('for-beslut');
    const rows = htmlRows(renderHtml(document, sampleOrganisation).html);
    expect(rows).toContainEqual(['Beslutas av', 'Kommunfullmäktige']);
    expect(rows.map(([label]) => label)).not.toContain('Beslutad av');
    expect(rows.map(([, value]) => value)).not.toContain('2023-04-13');
    expect(rows.map(([, value]) => value)).not.toContain('§ 64');
    expect(wordRows(await wordText((await renderDocx(document, sampleOrganisation)).bytes))).toEqual(rows);
  });
});

describe('the first page follows the organisation’s template (issue 16, point 8)', () => {
  const template = withLayout({
    aboveTitle: 'STYRDOKUMENT',
    frontPageFields: ['documentName', 'registryNumber', 'decidedBy', 'decidedDate', 'decidedParagraph', 'validUntil'],
    dateWithParagraph: true,
    registryNumberAtTop: true,
  });

  it('shows the chosen fields in the chosen order, date and paragraph in one row, the word above the title and the registry number at the top', async () => {
    const document = policy('gallande', { version: '3', validUntil: 'tills vidare', registryNumber: 'KS 2024/493' });
    const { html } = renderHtml(document, template);
    const expected = [
      ['Dokumentnamn', 'Kvalitetspolicy för Sjövik kommun'],
      ['Diarienummer', 'KS 2024/493'],
      ['Beslutad av', 'Kommunfullmäktige'],
      ['Beslutad när', '2023-04-13 § 64'],
      ['Gäller t.o.m.', 'tills vidare'],
    ];
    expect(htmlRows(html)).toEqual(expected);
    expect(html).toContain('<header class="front-page"><p class="registry-top">KS 2024/493</p>');
    expect(html).toContain('<p class="kind">STYRDOKUMENT</p><p class="document-title">');

    const text = await wordText((await renderDocx(document, template)).bytes);
    expect(wordRows(text)).toEqual(expected);
    expect(text.indexOf('<p>KS 2024/493</p>')).toBeLessThan(text.indexOf('<p>Sjövik kommun</p>'));
    expect(text).toContain("<p>STYRDOKUMENT</p><p>Kvalitetspolicy för Sjövik kommun</p>");
  });

  it('an organisation’s own label wins over the combined row’s', () => {
    const organisation = { ...template, metadataLabels: { decidedDate: 'Beslutsdatum och paragraf' } };
    expect(htmlRows(renderHtml(policy('gallande'), organisation).html)).toContainEqual(['Beslutsdatum och paragraf', '2023-04-13 § 64']);
  });

  it('leaves out what the user did not fill in, and by default shows the kind above the title', () => {
    const document = { ...policy('gallande'), metadata: { registryNumber: 'KS 1' } };
    const { html } = renderHtml(document, sampleOrganisation);
    expect(htmlRows(html)).toEqual([
      ['Dokumenttyp', 'Policy'],
      ['Diarienummer', 'KS 1'],
    ]);
    expect(html).toContain('<p class="kind">Policy</p>');
    expect(bodyOf(html)).not.toContain('registry-top');
  });
});

describe('a contents page only where the document wants one (issue 16, point 9)', () => {
  const handbook = () => documentFromSeed(sampleLibrary[0]!, '2026-01-01T00:00:00.000Z', () => `id-${(id += 1)}`);

  it('a short guideline has none by default, a handbook has one, and the writer decides over both', async () => {
    const cases: [HandbokDocument, boolean][] = [
      [policy('gallande'), false],
      [{ ...policy('gallande'), tableOfContents: true }, true],
      [handbook(), true],
      [{ ...handbook(), tableOfContents: false }, false],
    ];
    for (const [document, contents] of cases) {
      const { html, headings } = renderHtml(document, sampleOrganisation);
      expect(bodyOf(html).includes('<nav class="toc"'), document.title).toBe(contents);
      // Without contents no heading is looked up, so the PDF is printed once.
      expect(headings.length > 0, document.title).toBe(contents);
      const files = wordFiles((await renderDocx(document, sampleOrganisation)).bytes);
      expect(files['word/document.xml']!.includes('TOC \\h'), document.title).toBe(contents);
    }
  });

  it('given the pages of the headings, Word’s contents carry them and Word is not asked to update on opening', async () => {
    const document = handbook();
    const { headings } = renderHtml(document, sampleOrganisation);
    const pages = headings.map((_, index) => 3 + Math.floor(index / 3));
    const files = wordFiles((await renderDocx(document, sampleOrganisation, { pages: { headings: pages, count: 9 } })).bytes);
    const written = [...files['word/document.xml']!.matchAll(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)</g)].map((match) => Number(match[1]));
    expect(written).toEqual(pages);
    expect(files['word/settings.xml']).not.toContain('<w:updateFields/>');
    // Unless the organisation wants Word to update the fields every time.
    const asked = wordFiles((await renderDocx(document, withLayout({ updateFieldsInWord: true }), { pages: { headings: pages, count: 9 } })).bytes);
    expect(asked['word/settings.xml']).toContain('<w:updateFields/>');
  });

  it('without the pages, Word is asked to fill them in rather than show a contents without numbers', async () => {
    const files = wordFiles((await renderDocx(handbook(), sampleOrganisation)).bytes);
    expect(files['word/settings.xml']).toContain('<w:updateFields/>');
  });
});

describe('a date typed with its paragraph in one field reads the same on every first page', () => {
  it('is shown in one row, or split into the date row and the paragraph row', () => {
    const document = { ...policy('gallande'), metadata: { decidedBy: 'Kommunfullmäktige', decidedDate: '2023-04-13 § 64' } };
    expect(htmlRows(renderHtml(document, withLayout({ dateWithParagraph: true })).html)).toContainEqual(['Beslutad när', '2023-04-13 § 64']);
    const split = htmlRows(renderHtml(document, sampleOrganisation).html);
    expect(split).toContainEqual(['Beslutsdatum', '2023-04-13']);
    expect(split).toContainEqual(['Paragraf', '§ 64']);
  });
});
