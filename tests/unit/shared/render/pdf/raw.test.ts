import { describe, expect, it } from 'vitest';
import { markUntaggedAsArtifacts } from '../../../../../shared/render/pdf/raw/content-stream';
import { PdfDict, PdfName, PdfParser, PdfRef, PdfString, serialize } from '../../../../../shared/render/pdf/raw/objects';
import { pageText, textOf } from '../../../../../shared/render/pdf/page-text';
import { expectLinear } from '../../../../support/linear-time';
import { xmpPacket } from '../../../../../shared/render/pdf/xmp';
import { XML_FORBIDDEN_SAMPLE } from '../../../../support/hostile/text';
import { xmlForbiddenAt } from '../../../../support/xml-characters';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array | null) => new TextDecoder().decode(data ?? new Uint8Array());

describe('PDF objects', () => {
  it('reads names, strings, numbers, arrays, dictionaries and references, and writes them back alike', () => {
    const source = '<</Type /StructElem /S /L#49 /T (a \\(b\\) \\\\ c\\101) /Alt <FEFF00E5> /K [0 50 0 R -1.5 true null] /P 12 0 R>>';
    const value = new PdfParser(bytes(source)).value() as PdfDict;
    expect(value).toBeInstanceOf(PdfDict);
    expect((value.get('S') as PdfName).name).toBe('LI');
    expect((value.get('T') as PdfString).text).toBe('a (b) \\ cA');
    expect((value.get('Alt') as PdfString).text).toBe('å');
    expect(value.get('K')).toEqual([0, new PdfRef(50, 0), -1.5, true, null]);
    expect(value.get('P')).toEqual(new PdfRef(12, 0));
    const again = new PdfParser(bytes(serialize(value))).value();
    expect(again).toEqual(value);
  });

  it('writes text outside ASCII as UTF-16 and names with # escapes', () => {
    expect(serialize(PdfString.of('Årshjul'))).toBe('<feff00c5007200730068006a0075006c>');
    expect(PdfString.of('Årshjul').text).toBe('Årshjul');
    expect(serialize(new PdfName('A B'))).toBe('/A#20B');
  });
});

describe('markUntaggedAsArtifacts', () => {
  // Chromium's page: y grows downwards from the top (the first cm), 0.75 pt per unit after the second.
  const header = 'q 3.125 0 0 3.125 0 0 cm BT /F4 10 Tf 1 0 0 -1 94 61 Tm <0036> Tj ET Q';
  const tagged = '/P <</MCID 0 >>BDC BT /F5 12 Tf 1 0 0 -1 0 500 Tm (a\\) BT ET) Tj ET EMC';
  const layout = '.1 .2 .3 rg 100 100 50 50 re f';
  const footer = 'q 3.125 0 0 3.125 0 0 cm BT /F4 10 Tf 1 0 0 -1 94 1068 Tm <0036> Tj ET Q';
  const page = ['.24 0 0 -.24 0 841.92 cm', header, tagged, layout, footer].join('\n');
  const marked = text(markUntaggedAsArtifacts(bytes(page), { pageHeight: 841.92, margin: 70.87 }));

  it('marks the running header and footer as pagination artifacts and the rest as layout', () => {
    expect(marked).toContain('BT /Artifact <</Type /Pagination /Subtype /Header>> BDC\n/F4 10 Tf 1 0 0 -1 94 61 Tm <0036> Tj\nEMC ET Q');
    expect(marked).toContain('BT /Artifact <</Type /Pagination /Subtype /Footer>> BDC\n/F4 10 Tf 1 0 0 -1 94 1068 Tm <0036> Tj\nEMC ET Q');
    expect(marked).toContain('EMC\n/Artifact <</Type /Layout>> BDC\n.1 .2 .3 rg 100 100 50 50 re f\nq 3.125 0 0 3.125 0 0 cm\nEMC BT');
    // Setting the graphics state draws nothing and is not marked.
    expect(marked.startsWith('.24 0 0 -.24 0 841.92 cm\nq 3.125 0 0 3.125 0 0 cm BT')).toBe(true);
  });

  it('leaves tagged content exactly as it was, a string that reads like operators included', () => {
    expect(marked).toContain(tagged);
    expect(marked.split('BDC').length - 1).toBe(marked.split('EMC').length - 1);
  });

  it('marks text with a replacement (a Span with ActualText, no MCID) as part of the artifact around it', () => {
    const footerWithSpan = 'q 3.125 0 0 3.125 0 0 cm BT 1 0 0 -1 94 1068 Tm <0015> Tj /Span<</ActualText <FEFF2003> >> BDC 5.9 0 Td <0003> Tj EMC 10 0 Td <0039> Tj ET Q';
    const result = text(markUntaggedAsArtifacts(bytes(`.24 0 0 -.24 0 841.92 cm\n${footerWithSpan}`), { pageHeight: 841.92, margin: 70.87 }));
    expect(result).toContain('BT /Artifact <</Type /Pagination /Subtype /Footer>> BDC\n1 0 0 -1 94 1068 Tm <0015> Tj /Span<</ActualText <FEFF2003> >> BDC 5.9 0 Td <0003> Tj EMC 10 0 Td <0039> Tj\nEMC ET');
  });

  it('keeps a replacement that begins a run inside the run, its BDC and its EMC both', () => {
    const page = '.24 0 0 -.24 0 841.92 cm q 3.125 0 0 3.125 0 0 cm BT /Span<</ActualText <FEFF2003> >> BDC 1 0 0 -1 94 1068 Tm <0003> Tj EMC ET Q';
    const result = text(markUntaggedAsArtifacts(bytes(page), { pageHeight: 841.92, margin: 70.87 }));
    expect(result).toContain('BT /Artifact <</Type /Pagination /Subtype /Footer>> BDC\n/Span<</ActualText <FEFF2003> >> BDC 1 0 0 -1 94 1068 Tm <0003> Tj EMC\nEMC ET Q');
  });

  it('follows the graphics state through tagged content: a Q inside it restores a q from before it', () => {
    // The page's scale is pushed, then undone inside a tagged sequence: the footer after it is drawn unscaled, in the middle of the page.
    const page = '.24 0 0 -.24 0 841.92 cm q 3.125 0 0 3.125 0 0 cm /P <</MCID 0>> BDC Q EMC BT 1 0 0 -1 94 1068 Tm <0003> Tj ET';
    const result = text(markUntaggedAsArtifacts(bytes(page), { pageHeight: 841.92, margin: 70.87 }));
    expect(result).toContain('BT /Artifact <</Type /Layout>> BDC\n1 0 0 -1 94 1068 Tm <0003> Tj\nEMC ET');
  });

  it('has nothing more to mark in a stream it marked', () => {
    expect(markUntaggedAsArtifacts(bytes(marked), { pageHeight: 841.92, margin: 70.87 })).toBeNull();
  });
});

describe('pageText', () => {
  const html =
    '<!DOCTYPE html><html lang="sv-SE"><head><title>Plan &amp; policy</title><meta name="author" content="Sjövik kommun"></head><body>' +
    '<nav><a href="#h-1"><span class="toc-number">1</span><span class="toc-text">Inledning</span><span class="toc-page">3</span></a></nav>' +
    '<h1 id="h-1"><span class="heading-number">1</span> Inledning</h1><h2 id="h-2">Mål &amp; <em>medel</em></h2>' +
    '<p>Se <a href="https://sjovik.se/">kommunens webbplats</a>.<a href="#note-1" aria-label="Fotnot 1"><sup>1</sup></a></p></body></html>';

  it('reads the headings as a reader sees them, and what each link says', () => {
    const { title, language, author, headings, links } = pageText(html);
    expect({ title, language, author }).toEqual({ title: 'Plan & policy', language: 'sv-SE', author: 'Sjövik kommun' });
    expect(headings).toEqual(['1 Inledning', 'Mål & medel']);
    expect(Object.fromEntries(links)).toEqual({ '#h-1': '1 Inledning', 'https://sjovik.se/': 'kommunens webbplats', '#note-1': 'Fotnot 1' });
  });
});

describe('pageText on markup with a run of "<"', () => {
  it('reads the text in linear time', () => expectLinear((size) => `<p>a${'<'.repeat(size)}b`, textOf));
});

describe('xmpPacket with characters XML forbids in the title', () => {
  it('writes a packet that is well-formed XML, the characters as U+FFFD', () => {
    const packet = xmpPacket({ title: `Handbok ${XML_FORBIDDEN_SAMPLE}`, language: 'sv-SE', author: `Sjövik\u0001` });
    expect(xmlForbiddenAt(packet)).toBe(-1);
    expect(packet).toContain('Handbok före\uFFFD');
  });
});
