// @vitest-environment happy-dom
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateHtmlFromNodes, $generateNodesFromDOM } from '@lexical/html';
import { $createParagraphNode, $getRoot, type LexicalEditor } from 'lexical';
import { beforeAll, afterAll, describe, expect, it, vi } from 'vitest';
import { block, table } from '../../../../shared/model/block-content';
import { isBlockType, TOP_LEVEL_BLOCK_TYPES, type BlockType } from '../../../../shared/model/blocks';
import { bulletList, content, paragraph, type SerializedContent, type SerializedNode } from '../../../../shared/model/content';
import { syntheticHandbook } from '../../../../shared/model/synthetic-handbook';
import { cleanPastedHtml } from '../../../../renderer/src/editor/paste/clean-pasted-html';
import { registerEmbeds } from '../../../../renderer/src/editor/plugins/EmbedsPlugin';
import { createTestEditor } from './test-editor';

/**
 * Every node of Handbok copied out as HTML (what Word or a browser gets) and read back from that HTML
 * alone (what another Handbok editor makes of a clipboard with only text/html on it).
 */

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';
const image = (extra: Partial<Record<'altText' | 'decorative' | 'caption', unknown>> = {}): SerializedNode => ({
  type: 'image',
  version: 1,
  src: PNG,
  altText: 'Årshjulet med nämndens möten',
  decorative: false,
  caption: 'Figur 1. Årshjulet',
  ...extra,
});
const footnote: SerializedNode = { type: 'footnote', version: 1, text: 'Kommunallag (2017:725).' };
const pageBreak: SerializedNode = { type: 'page-break', version: 1 };
const reference = (documentId: string): SerializedNode => ({ type: 'reference', version: 1, documentId });

// happy-dom drops an element that is replaced by itself, where browsers keep it; Lexical's table
// export does exactly that, so without this no table would be copied here.
const replaceWith = Element.prototype.replaceWith;
beforeAll(() => {
  Element.prototype.replaceWith = function (this: Element, ...nodes: (Node | string)[]) {
    if (nodes.length === 1 && nodes[0] === this) return;
    replaceWith.apply(this, nodes);
  };
});
afterAll(() => {
  Element.prototype.replaceWith = replaceWith;
});

/** An editor as the app has it for these nodes: block-level embeds are kept out of lines (EmbedsPlugin). */
function editorWithEmbeds(): LexicalEditor {
  const editor = createTestEditor();
  registerEmbeds(editor);
  return editor;
}

function loaded(value: SerializedContent): LexicalEditor {
  const editor = editorWithEmbeds();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(value)));
  return editor;
}

/** The HTML a copy of the whole content puts on the clipboard. */
const htmlOf = (value: SerializedContent, editor = loaded(value)) => editor.read(() => $generateHtmlFromNodes(editor));

/** The content a fresh editor makes of HTML, read by Lexical as it stands. Only the root's children are copied, not the root. */
function contentOf(html: string): SerializedContent {
  const editor = editorWithEmbeds();
  const dom = new DOMParser().parseFromString(html, 'text/html');
  editor.update(() => $getRoot().clear().append(...$generateNodesFromDOM(editor, dom)), { discrete: true });
  return plain(editor.getEditorState().toJSON());
}

/**
 * The content a paste of HTML makes, the way PastePlugin makes it: cleaned, read, and inserted at the
 * caret on an empty line.
 */
function pasted(html: string): { value: SerializedContent; droppedImages: number } {
  const editor = editorWithEmbeds();
  const { document, droppedImages } = cleanPastedHtml(html);
  editor.update(
    () => {
      const line = $createParagraphNode();
      $getRoot().clear().append(line);
      $insertGeneratedNodes(editor, $generateNodesFromDOM(editor, document), line.select());
    },
    { discrete: true },
  );
  return { value: plain(editor.getEditorState().toJSON()), droppedImages };
}

/** JSON as stored (keys that Lexical leaves undefined are not written). */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as SerializedContent;

/**
 * What a round trip must keep. Direction is left out: it is recomputed from the text whenever a line
 * is shown, and the cleaner drops `dir` with every attribute it does not know. Tables are Lexical's own
 * nodes, whose HTML import styles the cells (colours, widths, the first cell a column header too):
 * they are compared by their rows of cell texts.
 */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (typeof value !== 'object' || value === null) return value;
  const node = value as SerializedNode;
  if (node.type === 'table') return { table: (node.children as SerializedNode[]).map((row) => (row.children as SerializedNode[]).map(textOf)) };
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'direction').map(([key, child]) => [key, comparable(child)]));
}

const textOf = (node: SerializedNode): string =>
  typeof node.text === 'string' ? node.text : ((node.children as SerializedNode[] | undefined) ?? []).map(textOf).join('');

const body = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;

describe('an image', () => {
  it('is a figure with the image, its alt text and its caption, and comes back as it was', () => {
    const stored = content(image());
    const html = htmlOf(stored);
    const figure = body(html).querySelector('figure')!;
    expect(figure.querySelector('img')!.getAttribute('src')).toBe(PNG);
    expect(figure.querySelector('img')!.getAttribute('alt')).toBe('Årshjulet med nämndens möten');
    expect(figure.querySelector('figcaption')!.textContent).toBe('Figur 1. Årshjulet');
    expect(contentOf(html).root.children).toEqual(stored.root.children);
  });

  it('decorative, has an empty alt and is marked so, and comes back decorative', () => {
    const stored = content(image({ altText: '', decorative: true, caption: '' }));
    const html = htmlOf(stored);
    const figure = body(html).querySelector('figure')!;
    expect(figure.querySelector('img')!.getAttribute('alt')).toBe('');
    expect(figure.getAttribute('data-handbok-image')).toBe('decorative');
    expect(figure.querySelector('figcaption')).toBeNull();
    expect(contentOf(html).root.children).toEqual(stored.root.children);
  });

  it('in a rich field of a block stays a block of that field', () => {
    const stored = content(block('principle', { title: 'Tydlighet', explanation: [paragraph('Se bilden.'), image(), paragraph('Sedan text.')] }));
    expect(comparable(contentOf(htmlOf(stored)))).toEqual(comparable(stored));
  });
});

describe('a reference', () => {
  it('is a link carrying the document id and reading the title the editor shows', () => {
    const stored = content(reference('policy-1'));
    const editor = loaded(stored);
    // The view the editor shows for the node (ReferenceView), with the title it read from the library.
    const view = document.createElement('div');
    view.innerHTML = '<div class="reference__card"><p class="reference__target"><a href="#/dokument/policy-1">Policy för synpunkter</a></p></div>';
    vi.spyOn(editor, 'getElementByKey').mockReturnValue(view);
    const html = htmlOf(stored, editor);
    const link = body(html).querySelector('a')!;
    expect(link.textContent).toBe('Policy för synpunkter');
    expect(link.getAttribute('data-handbok-reference')).toBe('policy-1');
    // The address exists only inside Handbok: elsewhere it would lead nowhere.
    expect(link.hasAttribute('href')).toBe(false);
    expect(contentOf(html).root.children).toEqual(stored.root.children);
  });

  it('reads a Swedish stand-in when no title is shown, and an unchosen reference stays unchosen', () => {
    const stored = content(reference('policy-1'), reference(''));
    const html = htmlOf(stored);
    expect([...body(html).querySelectorAll('p > a')].map((link) => link.textContent)).toEqual(['Hänvisning till dokument', 'Hänvisning till dokument']);
    expect(contentOf(html).root.children).toEqual(stored.root.children);
  });

  it('in a sentence moves out to stand as a block, with the sentence on either side', () => {
    const value = contentOf('<p>Läs <a data-handbok-reference="policy-1">Policyn</a> först.</p>');
    expect(value.root.children.map((node) => node.type)).toEqual(['paragraph', 'reference', 'paragraph']);
    expect(value.root.children[1]!.documentId).toBe('policy-1');
  });
});

describe('a footnote, a page break and a node this editor does not know', () => {
  it('a footnote is its text in brackets, raised, and comes back with its text', () => {
    const stored = content(paragraph('Enligt lagen', footnote, ' gäller detta.'));
    const html = htmlOf(stored);
    expect(body(html).querySelector('sup')!.textContent).toBe('[Kommunallag (2017:725).]');
    expect(body(html).textContent).toBe('Enligt lagen[Kommunallag (2017:725).] gäller detta.');
    expect(contentOf(html).root.children).toEqual(stored.root.children);
  });

  it('a page break is a rule asking for a new page; a plain rule is no page break', () => {
    const stored = content(paragraph('Före'), pageBreak, paragraph('Efter'));
    const html = htmlOf(stored);
    const rule = body(html).querySelector('hr')!;
    expect(rule.getAttribute('style')).toContain('page-break-after: always');
    expect(contentOf(html).root.children).toEqual(stored.root.children);
    expect(contentOf('<p>Före</p><hr><p>Efter</p>').root.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('an unknown node keeps its stored JSON and shows its text', () => {
    const original = { type: 'timeline', version: 3, children: [paragraph('Steg ett')], colour: 'blå' };
    const inline = { type: 'mention', version: 2, text: '@Kim' };
    const stored = content(
      { type: 'handbok-unknown', version: 1, original, inline: false },
      paragraph('Hej ', { type: 'handbok-unknown', version: 1, original: inline, inline: true }, '!'),
    );
    const html = htmlOf(stored);
    expect(body(html).querySelector('div[data-handbok-unknown]')!.textContent).toBe('Steg ett');
    expect(body(html).querySelector('p > span[data-handbok-unknown]')!.textContent).toBe('@Kim');
    expect(contentOf(html).root.children).toEqual(stored.root.children);
  });

  it('an unknown node is taken only for a type this editor does not know', () => {
    // A link written by hand as "unknown" would be stored as it stands and later loaded as a link,
    // past everything that cleans a paste.
    const forged = JSON.stringify({ type: 'link', version: 1, url: 'javascript:alert(1)', children: [] }).replace(/"/g, '&quot;');
    expect(JSON.stringify(contentOf(`<div data-handbok-unknown="${forged}">x</div>`))).not.toContain('javascript');
    expect(JSON.stringify(contentOf('<div data-handbok-unknown="{not json">x</div>'))).not.toContain('handbok-unknown');
  });
});

/** A handbook with every block type, figures, tables, footnotes and page breaks, and a reference. */
function everything(): SerializedContent {
  const handbook = syntheticHandbook(6).content as SerializedContent;
  return content(...handbook.root.children, reference('policy-1'), block('callout', { body: 'Obs.' }, 'important'));
}

describe('a structured block', () => {
  const handbook = everything();

  it('is a section naming its type, with each field a div naming the field and holding its text', () => {
    const stored = content(
      block('principle', { title: 'Tillit', explanation: 'Vi litar på medarbetarnas omdöme.' }),
      block('role', { role: 'Chefer', lead: 'ansvarar för att', responsibilities: [bulletList('följa upp', 'återkoppla')] }),
    );
    const page = body(htmlOf(stored));
    const [principle, role] = [...page.querySelectorAll('section')];
    expect(principle!.getAttribute('data-handbok-block')).toBe('principle');
    const field = (section: Element, name: string) => section.querySelector(`:scope > div[data-handbok-field="${name}"]`)?.textContent;
    expect(field(principle!, 'title')).toBe('Tillit');
    expect(principle!.querySelector('[data-handbok-field="explanation"] > p')!.textContent).toBe('Vi litar på medarbetarnas omdöme.');
    expect(role!.getAttribute('data-handbok-block')).toBe('role');
    expect(field(role!, 'lead')).toBe('ansvarar för att');
    expect([...role!.querySelectorAll('[data-handbok-field="responsibilities"] li')].map((item) => item.textContent)).toEqual(['följa upp', 'återkoppla']);
  });

  it('items are divs naming their type inside the items field', () => {
    const stored = content(block('goals', { title: 'Mål 2026', goals: [block('goal', { goal: 'Nöjda invånare', indicator: 'NKI', target: '75' })] }));
    const goal = body(htmlOf(stored)).querySelector('section[data-handbok-block="goals"] > [data-handbok-field="goals"] > div[data-handbok-block="goal"]')!;
    expect([...goal.children].map((child) => `${child.getAttribute('data-handbok-field')}: ${child.textContent}`)).toEqual([
      'goal: Nöjda invånare',
      'indicator: NKI',
      'target: 75',
    ]);
  });

  it('a callout keeps its variant', () => {
    const stored = content(block('callout', { body: 'Viktigt att veta.' }, 'important'), block('callout', { body: 'Notera.' }, 'note'));
    const html = htmlOf(stored);
    expect([...body(html).querySelectorAll('section')].map((section) => section.getAttribute('data-handbok-block-variant'))).toEqual(['important', 'note']);
    expect(contentOf(html).root.children).toEqual(stored.root.children);
  });

  it('every block type with all its fields, and everything else of a handbook, comes back', () => {
    const types = new Set<BlockType>();
    const walk = (node: SerializedNode) => {
      if (isBlockType(node.type)) types.add(node.type);
      (node.children as SerializedNode[] | undefined)?.forEach(walk);
    };
    handbook.root.children.forEach(walk);
    expect([...types]).toEqual(expect.arrayContaining(TOP_LEVEL_BLOCK_TYPES));
    const html = htmlOf(handbook);
    for (const type of types) expect(html).toContain(`data-handbok-block="${type}"`);
    const back = contentOf(html);
    expect(comparable(back)).toEqual(comparable(handbook));
  });

  it('a comparison keeps its table', () => {
    const stored = content(block('comparison', { title: 'Från – till', table: [table([['Från', 'Till'], ['Kontroll', 'Tillit']])] }));
    const html = htmlOf(stored);
    expect([...body(html).querySelectorAll('[data-handbok-field="table"] td, [data-handbok-field="table"] th')].map((cell) => cell.textContent)).toEqual([
      'Från',
      'Till',
      'Kontroll',
      'Tillit',
    ]);
    expect(comparable(contentOf(html))).toEqual(comparable(stored));
  });
});

describe('pasted as HTML (PastePlugin: cleaned, then read)', () => {
  it('a copied handbook comes back with every block, image, reference, footnote and page break', () => {
    const stored = everything();
    const { value, droppedImages } = pasted(htmlOf(stored));
    expect(droppedImages).toBe(0);
    expect(comparable(value)).toEqual(comparable(stored));
  });

  it('keeps the marks and nothing else: no handlers, no scripts, no styles, images only as data URLs', () => {
    const { value, droppedImages } = pasted(
      [
        '<section data-handbok-block="principle" onclick="alert(1)" class="x" style="color:red">',
        '<div data-handbok-field="title" onmouseover="alert(2)">Titel<script>alert(3)</script></div>',
        '<div data-handbok-field="explanation"><p>Text <a href="javascript:alert(4)">länk</a></p>',
        '<figure data-handbok-image=""><img src="https://example.com/spy.png" alt="Spårning"><figcaption>Bild från webben</figcaption></figure>',
        '<figure data-handbok-image=""><img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="SVG"></figure>',
        '</div></section>',
        '<div data-handbok-field="title">Ett fält utan block</div>',
        '<section data-handbok-block="no-such-block"><p>Okänt block</p></section>',
        '<p><a data-handbok-reference="policy-1" href="javascript:alert(5)" onclick="alert(6)">Policyn</a></p>',
      ].join(''),
    );
    expect(droppedImages).toBe(2);
    const text = JSON.stringify(value);
    for (const hostile of ['alert', 'javascript', 'example.com', 'svg', 'color']) expect(text).not.toContain(hostile);
    expect(value.root.children.map((node) => node.type)).toEqual(['principle', 'paragraph', 'paragraph', 'reference']);
    const [principle, loose, unknownBlock, link] = value.root.children;
    const [title, explanation] = principle!.children as SerializedNode[];
    expect(JSON.stringify(title)).toContain('"text":"Titel"');
    // The images from the web are left out, as from any paste; the caption of one stays as a line.
    const lines = (explanation!.children as SerializedNode[]).map((node) => `${node.type}: ${textOf(node)}`);
    expect(lines.filter((line) => line !== 'paragraph: ')).toEqual(['paragraph: Text länk', 'paragraph: Bild från webben']);
    expect(JSON.stringify(loose)).toContain('Ett fält utan block');
    expect(JSON.stringify(unknownBlock)).toContain('Okänt block');
    expect(link!.documentId).toBe('policy-1');
  });
});
