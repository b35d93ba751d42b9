import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { block, table } from '../../../../shared/model/block-content';
import { bulletList, content, heading, numberedList, paragraph, bold, italic, type SerializedNode } from '../../../../shared/model/content';
import { documentFromSeed, type HandbokDocument } from '../../../../shared/model/document';
import { renderDocx } from '../../../../shared/render/docx';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';

let id = 0;
const documentOf = (seed = sampleLibrary[0]!): HandbokDocument => documentFromSeed(seed, '2026-01-01T00:00:00.000Z', () => `id-${(id += 1)}`);
const files = (bytes: Uint8Array) => {
  const unzipped = unzipSync(bytes);
  return (name: string) => strFromU8(unzipped[name]!);
};
/** The document as mammoth reads it, without the bookmarks the table of contents links to. */
const html = async (bytes: Uint8Array) => (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value.replace(/<a id="[^"]*"><\/a>/g, '');
/** A 2×2 PNG. */
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';

describe('renderDocx', () => {
  it('writes a Swedish document with its title, Word’s heading styles, a table of contents and page fields', async () => {
    const document = documentOf();
    const { bytes, warnings } = await renderDocx(document, sampleOrganisation);
    expect(warnings).toEqual([]);
    const file = files(bytes);
    expect(file('word/styles.xml')).toContain('<w:lang w:val="sv-SE"/>');
    expect(file('docProps/core.xml')).toContain('<dc:title>Kvalitetshandbok för Sjövik kommun</dc:title>');
    expect(file('docProps/core.xml')).toContain('<dc:creator>Sjövik kommun</dc:creator>');
    const body = file('word/document.xml');
    expect(body).toContain('TOC \\h \\o &quot;1-3&quot;');
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    // Word refreshes the fields (the table of contents, the page count) when it opens the file.
    expect(file('word/settings.xml')).toContain('<w:updateFields/>');
    const footer = file('word/footer1.xml');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(footer).toContain('Sida ');
    expect(footer).toContain('KS 2024/312');
  });

  it('reads back with its headings, lists, tables and blocks in order', async () => {
    const text = await html((await renderDocx(documentOf(), sampleOrganisation)).bytes);
    expect(text).toContain('<h1>1 Inledning</h1>');
    expect(text).toContain('<h2>1.1 Syfte</h2>');
    expect(text.indexOf('<h1>1 Inledning</h1>')).toBeLessThan(text.indexOf('<h1>2 Principer för kvalitetsarbetet</h1>'));
    expect(text).toMatch(/<ul><li>invånarna får likvärdig service/);
    expect(text).toContain('<p><strong>1. </strong>Invånaren i fokus</p>');
    expect(text).toContain('<p><strong>6. </strong>Öppenhet</p>');
    expect(text).toContain('<p><strong>Indikator: </strong>Nöjd-Medborgar-Index (SCB)</p>');
    // The table of contents lists the headings before Word has updated it.
    expect(text).toMatch(/<p>Innehåll<\/p><p><a href="#_Toc\d+">1 Inledning\t<\/a><\/p>/);
    // The annual cycle is a table of months and activities; the front page's metadata a table too.
    expect(text).toMatch(/<thead><tr><th><p>Månad<\/p><\/th><th><p>Aktiviteter<\/p><\/th><\/tr><\/thead><tbody><tr><td><p>Januari<\/p><\/td><td><p>Nämnderna följer upp/);
    expect(text).toMatch(/<td><p>Diarienummer<\/p><\/td><td><p>KS 2024\/312<\/p><\/td>/);
  });

  it('keeps formatting, links and footnotes, numbers each list from 1, and repeats a table’s header row', async () => {
    const document = {
      ...documentOf(),
      content: content(
        heading(1, 'Text'),
        paragraph('Vanlig ', bold('fet'), ' och ', italic('kursiv'), ' text', { type: 'footnote', version: 1, text: 'Källan.' }, '.'),
        paragraph({ type: 'link', version: 1, url: 'https://www.sjovik.se', children: [{ type: 'text', version: 1, text: 'Sjövik', format: 0, detail: 0, mode: 'normal', style: '' }], direction: null, format: '', indent: 0, rel: null, target: null, title: null } as SerializedNode),
        numberedList('Ett', 'Två'),
        paragraph('Mellan'),
        numberedList('Ett igen'),
        table([['Roll', 'Ansvar'], ['Chef', 'Följa upp']]),
      ),
    };
    const { bytes } = await renderDocx(document, null);
    const file = files(bytes);
    const body = file('word/document.xml');
    expect(body).toMatch(/<w:b\/>[\s\S]*fet/);
    expect(body).toContain('<w:tblHeader/>');
    expect(file('word/footnotes.xml')).toContain('Källan.');
    expect(file('word/_rels/document.xml.rels')).toContain('https://www.sjovik.se');
    // Two numbered lists: two numbering instances, so the second starts at 1 again.
    const numIds = new Set([...body.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((match) => match[1]));
    expect(numIds.size).toBe(2);
    const text = await html(bytes);
    expect(text).toContain('<ol><li>Ett</li><li>Två</li></ol>');
    expect(text).toContain('<a href="https://www.sjovik.se">Sjövik</a>');
  });

  it('writes images with their alt text, and warns about what it cannot write as it is', async () => {
    const document = {
      ...documentOf(),
      content: content(
        { type: 'image', version: 1, src: PNG, altText: 'Årshjulet', decorative: false, caption: 'Figur 1. Året' },
        { type: 'image', version: 1, src: PNG, altText: '', decorative: false, caption: '' },
        { type: 'image', version: 1, src: 'data:image/png;base64,inte-en-bild', altText: 'Trasig', decorative: false, caption: '' },
        { type: 'risk-matrix', version: 1, children: [{ type: 'text', version: 1, text: 'Risk hög' }] },
        block('callout', { body: 'Kom ihåg.' }, 'important'),
      ),
    };
    const { bytes, warnings } = await renderDocx(document, null);
    expect(files(bytes)('word/document.xml')).toContain('descr="Årshjulet"');
    expect(warnings).toEqual([
      { code: 'image-without-alt', detail: 'Figur 2' },
      { code: 'unreadable-image', detail: 'Figur 3' },
      { code: 'unknown-node', detail: 'risk-matrix' },
    ]);
    // The unknown node's text is kept.
    expect(await html(bytes)).toContain('Risk hög');
  });

  it('writes in the organisation’s house style', async () => {
    const organisation = { ...sampleOrganisation, houseStyle: { bodyFont: 'Cambria' as const, bodySize: 12, headingFont: 'Calibri' as const, headingColor: '7A1F3D' } };
    const styles = files((await renderDocx(documentOf(), organisation)).bytes)('word/styles.xml');
    // Word gets the Windows fonts themselves, never the bundled clones the PDF is set in.
    expect(styles).toContain('w:ascii="Cambria"');
    expect(styles).toContain('w:ascii="Calibri"');
    expect(styles).not.toMatch(/Caladea|Carlito|Gelasio|Arimo|Tinos/);
    expect(styles).toContain('<w:color w:val="7A1F3D"/>');
    expect(styles).toContain('<w:sz w:val="24"/>');
  });

  it('numbers headings 1, 1.1 when the document asks for it', async () => {
    const plain = content(heading(1, 'Inledning'), heading(2, 'Syfte'), bulletList('Punkt'));
    const document = { ...documentOf(), content: { root: { ...plain.root, $: { numberedHeadings: true } } } as typeof plain };
    const body = files((await renderDocx(document, null)).bytes)('word/document.xml');
    const numbering = files((await renderDocx(document, null)).bytes)('word/numbering.xml');
    expect(numbering).toContain('w:val="%1.%2"');
    expect(body.match(/<w:pStyle w:val="Heading[12]"\/><w:numPr>/g)).toHaveLength(2);
  });

  describe('blocks that fit the prose', () => {
    const bodyOf = async (...nodes: SerializedNode[]) => (await renderDocx({ ...documentOf(), content: content(...nodes) }, null)).bytes;
    /** The XML of each paragraph of the body, by its text. */
    const paragraphs = (xml: string) =>
      [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((match) => ({
        xml: match[0],
        text: [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
      }));

    it('writes no caption over an optional field left empty, nor over steps not yet written', async () => {
      const text = await html(
        await bodyOf(
          block('method-guide', { name: 'PUFF', purpose: 'Att förbättra arbetet stegvis.', steps: [block('method-step', { title: 'Planera' })] }),
          block('method-guide', { name: 'Ny metod' }),
        ),
      );
      expect(text).toContain('<p>Syfte</p><p>Att förbättra arbetet stegvis.</p><p>Steg</p><p><strong>1. </strong>Planera</p>');
      expect(text).not.toContain('Verktyg och mallar');
      expect(text).not.toContain('När metoden används');
      expect(text.match(/<p>Steg<\/p>/g)).toHaveLength(1);
    });

    it('reads a role’s lead-in in lower case as one sentence with the role', async () => {
      const bytes = await bodyOf(
        block('role', { role: 'Medarbetare', lead: 'ansvarar för att', responsibilities: [bulletList('följa rutinerna')] }),
        block('role', { role: 'Chefer', lead: 'Chefen leder arbetet genom att', responsibilities: 'se till att rutinerna följs.' }),
      );
      const [text, xml] = [await html(bytes), files(bytes)('word/document.xml')];
      expect(text).toContain('<p>Medarbetare ansvarar för att</p><ul><li>följa rutinerna</li></ul>');
      expect(text).not.toMatch(/<p>(<em>)?ansvarar/);
      expect(text).toContain('<p>Chefer</p><p>Chefen leder arbetet genom att</p>');
      // The role's name keeps the look of a block title, through a character style of its own.
      expect(xml).toMatch(/<w:rStyle w:val="RoleName"\/><\/w:rPr><w:t xml:space="preserve">Medarbetare<\/w:t>/);
      expect(files(bytes)('word/styles.xml')).toMatch(/w:type="character" w:styleId="RoleName"/);
    });

    it('writes a two-column comparison as a table with a header row', async () => {
      const text = await html(await bodyOf(block('comparison', { table: [table([['Gör mindre av', 'Gör mer av'], ['Kontroll', 'Tillit']])] })));
      expect(text).toContain('<table><thead><tr><th><p>Gör mindre av</p></th><th><p>Gör mer av</p></th></tr></thead><tbody><tr><td><p>Kontroll</p></td><td><p>Tillit</p></td></tr></tbody></table>');
    });

    it('keeps a bold line (a small heading of bold text) with the paragraph after it', async () => {
      const xml = files(await bodyOf(paragraph(bold('Gör mindre av')), paragraph('Kontroll och detaljstyrning.'), paragraph('Vanlig ', bold('fet'), ' text.')))('word/document.xml');
      const byText = new Map(paragraphs(xml).map((each) => [each.text, each.xml]));
      expect(byText.get('Gör mindre av')).toContain('<w:keepNext/>');
      expect(byText.get('Kontroll och detaljstyrning.')).not.toContain('<w:keepNext/>');
      expect(byText.get('Vanlig fet text.')).not.toContain('<w:keepNext/>');
    });
  });
});
