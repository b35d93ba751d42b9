import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { block, table } from '../../../../shared/model/block-content';
import { content, heading, numberedList, paragraph, bold, type SerializedNode } from '../../../../shared/model/content';
import { documentFromSeed, type HandbokDocument } from '../../../../shared/model/document';
import { renderHtml } from '../../../../shared/render/html';
import { cssString } from '../../../../shared/render/html/page-margins';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';

let id = 0;
const documentOf = (seed = sampleLibrary[0]!): HandbokDocument => documentFromSeed(seed, '2026-01-01T00:00:00.000Z', () => `id-${(id += 1)}`);
const parse = (html: string) => new new Window().DOMParser().parseFromString(html, 'text/html');
const texts = (page: ReturnType<typeof parse>, selector: string) => [...page.querySelectorAll(selector)].map((element) => element.textContent.trim());
/** A 2×2 PNG. */
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';

describe('renderHtml', () => {
  it('writes a Swedish page titled with the document, its first page, contents and body, with no scripts', () => {
    const { html, headings, warnings } = renderHtml(documentOf(), sampleOrganisation);
    expect(warnings).toEqual([]);
    const page = parse(html);
    expect(page.documentElement.getAttribute('lang')).toBe('sv-SE');
    expect(page.title).toBe('Kvalitetshandbok för Sjövik kommun');
    expect(page.querySelectorAll('script')).toHaveLength(0);
    expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    // The first page: organisation, kind, title and the metadata under their labels.
    expect(page.querySelector('.front-page .document-title')?.textContent).toBe('Kvalitetshandbok för Sjövik kommun');
    expect(texts(page, '.front-page table.metadata th')).toContain('Diarienummer');
    expect(texts(page, '.front-page td')).toContain('KS 2024/312');
    expect(texts(page, '.front-page .history-title')).toEqual(['Beslutshistorik']);
    // Headings, each linked from the contents; the contents and the title are not headings themselves.
    expect(texts(page, 'main h1')).toEqual(headings.filter((entry) => entry.level === 1).map((entry) => entry.text));
    expect(texts(page, 'main h1').slice(0, 2)).toEqual(['1 Inledning', '2 Principer för kvalitetsarbetet']);
    expect(page.querySelectorAll('h1, h2, h3')).toHaveLength(headings.length);
    const links = [...page.querySelectorAll('nav.toc a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(headings.map((entry) => `#${entry.id}`));
    for (const entry of headings) expect(page.getElementById(entry.id)?.tagName).toBe(`H${entry.level}`);
    // Without page numbers the contents leave the numbers out.
    expect(texts(page, '.toc-page').every((text) => text === '')).toBe(true);
  });

  it('fills in the page numbers it is given', () => {
    const first = renderHtml(documentOf(), sampleOrganisation);
    const pages = new Map(first.headings.map((entry, index) => [entry.id, 3 + index]));
    const page = parse(renderHtml(documentOf(), sampleOrganisation, { pageNumbers: pages }).html);
    expect(texts(page, '.toc-page')).toEqual(first.headings.map((_, index) => String(3 + index)));
  });

  it('draws the structured blocks as the Word export does', () => {
    const page = parse(renderHtml(documentOf(), sampleOrganisation).html);
    // Principles are numbered 1, 2, 3 …; method guides have their captions and numbered steps.
    expect(texts(page, '.principle .block-title').slice(0, 2)).toEqual(['1. Invånaren i fokus', '2. Beslut på fakta']);
    expect(texts(page, '.method-guide .field-label')).toContain('Syfte');
    expect(texts(page, '.method-guide .step-title')[0]).toMatch(/^1\. /);
    expect(texts(page, '.goals .goal-detail')[0]).toMatch(/^Indikator: /);
    // The annual cycle is a table of months whose head repeats on every page.
    expect(texts(page, '.annual-cycle thead th')).toEqual(['Månad', 'Aktiviteter']);
    expect(texts(page, '.annual-cycle tbody tr td:first-child')[0]).toBe('Januari');
  });

  it('keeps formatting, links, footnotes, list numbers and table heads, and shows what a writer typed as text', () => {
    const document = {
      ...documentOf(),
      title: 'Rutin <script>alert(1)</script> & "citat"',
      content: content(
        heading(1, 'Text'),
        paragraph('Vanlig ', bold('fet <b>'), { type: 'footnote', version: 1, text: 'Källan <i>.' }, '.'),
        paragraph({ type: 'link', version: 1, url: 'javascript:alert(1)', children: [{ type: 'text', version: 1, text: 'Farlig', format: 0 }] } as SerializedNode),
        paragraph({ type: 'link', version: 1, url: 'https://www.sjovik.se/?a=1&b="2"', children: [{ type: 'text', version: 1, text: 'Sjövik', format: 0 }] } as SerializedNode),
        { ...numberedList('Tre', 'Fyra'), start: 3 } as SerializedNode,
        table([['Roll', 'Ansvar'], ['Chef', 'Följa upp']]),
        heading(1, 'Nästa'),
      ),
    };
    const { html } = renderHtml(document, null);
    const page = parse(html);
    expect(page.title).toBe('Rutin <script>alert(1)</script> & "citat"');
    expect(page.querySelectorAll('script')).toHaveLength(0);
    expect(page.querySelector('strong')?.textContent).toBe('fet <b>');
    // A javascript: link is plain text; a web link keeps its address.
    expect(texts(page, 'main a[href^="javascript"]')).toEqual([]);
    expect(page.querySelector('main a[href^="https"]')?.getAttribute('href')).toBe('https://www.sjovik.se/?a=1&b="2"');
    expect(page.querySelector('main ol')?.getAttribute('start')).toBe('3');
    expect(texts(page, 'thead th')).toEqual(['Roll', 'Ansvar']);
    expect(page.querySelector('thead th')?.getAttribute('scope')).toBe('col');
    // The footnote is printed at the end of its chapter, before the next one begins, and linked both ways.
    const notes = page.querySelector('aside.notes');
    expect(notes?.textContent).toBe('Källan <i>.');
    expect(notes?.nextElementSibling?.textContent).toBe('Nästa');
    expect(page.querySelector('a.note-ref')?.getAttribute('href')).toBe('#note-1');
  });

  it('gives images their alt text and caption, marks decorative ones, and warns about what it cannot show', () => {
    const document = {
      ...documentOf(),
      content: content(
        { type: 'image', version: 1, src: PNG, altText: 'Årshjulet', decorative: false, caption: 'Figur 1. Året' },
        { type: 'image', version: 1, src: PNG, altText: '', decorative: true, caption: '' },
        { type: 'image', version: 1, src: PNG, altText: '', decorative: false, caption: '' },
        { type: 'image', version: 1, src: 'data:image/png;base64,inte-en-bild', altText: 'Trasig', decorative: false, caption: '' },
        { type: 'risk-matrix', version: 1, children: [{ type: 'text', version: 1, text: 'Risk hög' }] },
        block('callout', { body: 'Kom ihåg.' }, 'important'),
        { type: 'page-break', version: 1 },
      ),
    };
    const { html, warnings } = renderHtml(document, null);
    const page = parse(html);
    const images = [...page.querySelectorAll('figure img')];
    expect(images.map((image) => image.getAttribute('alt'))).toEqual(['Årshjulet', '', '']);
    expect(images[1]?.parentElement?.getAttribute('aria-hidden')).toBe('true');
    expect(texts(page, 'figcaption')).toEqual(['Figur 1. Året']);
    expect(warnings).toEqual([
      { code: 'image-without-alt', detail: 'Figur 3' },
      { code: 'unreadable-image', detail: 'Figur 4' },
      { code: 'unknown-node', detail: 'risk-matrix' },
    ]);
    expect(page.body.textContent).toContain('Risk hög');
    expect(texts(page, '.callout.important .field-label')).toEqual(['Viktigt']);
    expect(page.querySelectorAll('.page-break')).toHaveLength(1);
  });

  it('numbers headings 1, 1.1 when the document asks for it, in the body and in the contents', () => {
    const plain = content(heading(1, 'Inledning'), heading(2, 'Syfte'), heading(1, 'Ansvar'));
    const document = { ...documentOf(), content: { root: { ...plain.root, $: { numberedHeadings: true } } } as typeof plain };
    const page = parse(renderHtml(document, null).html);
    expect(texts(page, 'main h1, main h2')).toEqual(['1 Inledning', '1.1 Syfte', '2 Ansvar']);
    expect(texts(page, '.toc-number')).toEqual(['1', '1.1', '2']);
  });

  it('puts the header and footer in the page margins, and keeps typed text from breaking out of the style sheet', () => {
    const document = { ...documentOf(), title: 'Rutin "A" </style><script>alert(1)</script>\\ ny\nrad' };
    const page = parse(renderHtml(document, sampleOrganisation).html);
    expect(page.querySelectorAll('script')).toHaveLength(0);
    expect(page.querySelectorAll('style')).toHaveLength(1);
    const css = page.querySelector('style')?.textContent ?? '';
    expect(css).toContain('@bottom-right { content: "Sida " counter(page) " av " counter(pages);');
    expect(css).toContain('@bottom-left { content: "KS 2024/312\u2003Version 2.1";');
    expect(css).toContain('@top-left { content: "Sjövik kommun";');
    expect(css).toMatch(/@page :first \{\s*@top-left \{ content: none; \}/);
    expect(cssString('Rutin "A" </style> \\ ny\nrad')).toBe('"Rutin \\22 A\\22  \\3c /style> \\5c  ny\\a rad"');
  });

  it('prints in the organisation’s house style', () => {
    const organisation = { ...sampleOrganisation, houseStyle: { bodyFont: 'Calibri' as const, bodySize: 12, headingFont: 'Georgia' as const, headingColor: '7A1F3D' } };
    const css = parse(renderHtml(documentOf(), organisation).html).querySelector('style')?.textContent ?? '';
    // Without embedded fonts (a page for the user's own browser): the Windows font, then its clone.
    expect(css).toMatch(/body \{[^}]*font-family: "Calibri", "Carlito", sans-serif[^}]*font-size: 12pt/);
    expect(css).toMatch(/h1, h2, h3, [^{]*\{ font-family: "Georgia", "Gelasio", serif/);
    expect(css).toContain('color: #7A1F3D');
    expect(css).toContain('@page { size: A4; margin: 25mm; }');
  });

  describe('blocks that fit the prose', () => {
    const pageOf = (...nodes: SerializedNode[]) => parse(renderHtml({ ...documentOf(), content: content(...nodes) }, null).html);

    it('prints no caption over an optional field left empty, nor over steps not yet written', () => {
      const page = pageOf(
        block('method-guide', { name: 'PUFF', purpose: 'Att förbättra arbetet stegvis.', steps: [block('method-step', { title: 'Planera' }), block('method-step', { title: 'Utföra' })] }),
        block('method-guide', { name: 'Ny metod' }),
      );
      const [puff, bare] = [...page.querySelectorAll('.method-guide')];
      expect(texts(puff as never, '.field-label')).toEqual(['Syfte', 'Steg']);
      expect(texts(puff as never, '.step-title')).toEqual(['1. Planera', '2. Utföra']);
      expect(bare?.querySelectorAll('.field-label')).toHaveLength(0);
      expect(page.body.textContent).not.toContain('Verktyg och mallar');
    });

    it('reads a role’s lead-in in lower case as one sentence with the role', () => {
      const page = pageOf(
        block('role', { role: 'Medarbetare', lead: 'ansvarar för att', responsibilities: [numberedList('följa rutinerna')] }),
        block('role', { role: 'Chefer', lead: 'Chefen leder arbetet genom att', responsibilities: 'se till att rutinerna följs.' }),
        block('role', { role: 'Kvalitetsgrupp', responsibilities: 'samordnar arbetet.' }),
      );
      const [employees, managers, group] = [...page.querySelectorAll('.role')];
      expect(employees?.querySelector('p')?.textContent).toBe('Medarbetare ansvarar för att');
      expect(texts(employees as never, '.role-name')).toEqual(['Medarbetare']);
      expect(texts(employees as never, 'p')).not.toContain('ansvarar för att');
      // A lead-in that is a sentence of its own stays one, under the role.
      expect(texts(managers as never, 'p').slice(0, 2)).toEqual(['Chefer', 'Chefen leder arbetet genom att']);
      expect(texts(group as never, 'p').slice(0, 1)).toEqual(['Kvalitetsgrupp']);
    });

    it('writes a two-column comparison with a column head over each column and no row heads', () => {
      const page = pageOf(block('comparison', { table: [table([['Gör mindre av', 'Gör mer av'], ['Kontroll', 'Tillit'], ['Detaljstyrning', 'Dialog']])] }));
      expect(texts(page, '.comparison thead th')).toEqual(['Gör mindre av', 'Gör mer av']);
      expect(page.querySelectorAll('.comparison th[scope="col"]')).toHaveLength(2);
      expect(page.querySelectorAll('.comparison tbody th')).toHaveLength(0);
      expect(texts(page, '.comparison tbody tr:first-child td')).toEqual(['Kontroll', 'Tillit']);
    });

    it('keeps a bold line (a small heading of bold text) on the page of what follows it', () => {
      const page = pageOf(paragraph(bold('Gör mindre av')), paragraph('Kontroll och detaljstyrning.'), paragraph('Vanlig ', bold('fet'), ' text.'), paragraph(bold(' ')));
      const css = page.querySelector('style')?.textContent ?? '';
      const kept = [...page.querySelectorAll('main p')].filter((element) => element.classList.contains('bold-line')).map((element) => element.textContent);
      expect(kept).toEqual(['Gör mindre av']);
      expect(css).toMatch(/\.bold-line \{[^}]*break-after: avoid/);
    });
  });
});
