import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $setSelection, type LexicalEditor } from 'lexical';
import { beforeEach, describe, expect, it } from 'vitest';
import { block, table } from '../../../../shared/model/block-content';
import { content, heading, paragraph, type SerializedContent, type SerializedNode } from '../../../../shared/model/content';
import { imageSchema, footnoteSchema, pageBreakSchema } from '../../../../shared/model/rich-nodes';
import { referenceSchema } from '../../../../shared/model/blocks';
import { registerMoveBlocks, MOVE_BLOCK_COMMAND } from '../../../../renderer/src/editor/plugins/MoveBlocksPlugin';
import { registerStructuredBlocks } from '../../../../renderer/src/editor/plugins/StructuredBlocksPlugin';
import { registerEmbeds, registerFootnoteInsert, INSERT_FOOTNOTE_COMMAND, INSERT_IMAGE_COMMAND, INSERT_PAGE_BREAK_COMMAND } from '../../../../renderer/src/editor/plugins/EmbedsPlugin';
import { createTestEditor } from './test-editor';

let editor: LexicalEditor;
beforeEach(() => {
  editor = createTestEditor();
  registerStructuredBlocks(editor);
  registerMoveBlocks(editor);
  registerEmbeds(editor);
  registerFootnoteInsert(editor);
});

const json = () => editor.getEditorState().toJSON() as unknown as SerializedContent;
const load = (value: SerializedContent) => editor.setEditorState(editor.parseEditorState(JSON.stringify(value)));
const update = (fn: () => void) => editor.update(fn, { discrete: true });
const texts = () => json().root.children.map((node) => JSON.stringify(node).match(/"text":"([^"]*)"/)?.[1] ?? node.type);

const image: SerializedNode = { type: 'image', version: 1, src: 'data:image/png;base64,iVBORw0KGgo=', altText: 'Årshjulet', decorative: false, caption: 'Figur 1' };
const footnote: SerializedNode = { type: 'footnote', version: 1, text: 'Kommunallag (2017:725).' };
const pageBreak: SerializedNode = { type: 'page-break', version: 1 };
const reference: SerializedNode = { type: 'reference', version: 1, documentId: 'policy-1' };

describe('rich nodes', () => {
  it('every node type round-trips its JSON exactly, and each matches its schema', () => {
    const stored = content(
      heading(1, 'Inledning'),
      paragraph('Enligt lagen', footnote, ' gäller detta.'),
      image,
      pageBreak,
      reference,
      table([['Roll', 'Ansvar'], ['Chef', 'Följa upp']]),
      block('comparison', { title: 'Från – till', table: [table([['Från', 'Till'], ['Kontroll', 'Tillit']])] }),
      paragraph(),
    );
    load(stored);
    const first = json();
    load(first);
    expect(json()).toEqual(first);
    const text = JSON.stringify(first);
    expect(text).toContain('"altText":"Årshjulet"');
    expect(text).toContain('"documentId":"policy-1"');
    expect(imageSchema.safeParse(first.root.children[2]).success).toBe(true);
    expect(pageBreakSchema.safeParse(first.root.children[3]).success).toBe(true);
    expect(referenceSchema.safeParse(first.root.children[4]).success).toBe(true);
    expect(footnoteSchema.safeParse((first.root.children[1]!.children as SerializedNode[])[1]).success).toBe(true);
  });

  it('inserts a footnote at the cursor and a page break on its own line', () => {
    load(content(paragraph('Text')));
    update(() => {
      $getRoot().getFirstDescendant()!.selectEnd();
    });
    update(() => editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, 'Källa.'));
    update(() => editor.dispatchCommand(INSERT_PAGE_BREAK_COMMAND, undefined));
    const [first, second] = json().root.children;
    expect((first!.children as SerializedNode[]).map((node) => node.type)).toEqual(['text', 'footnote']);
    expect(second!.type).toBe('page-break');
  });

  it('puts an image at the end of the document, not nowhere, when the caret was lost while its dialog was open', () => {
    load(content(paragraph('Före'), paragraph('Efter')));
    update(() => $setSelection(null));
    update(() => editor.dispatchCommand(INSERT_IMAGE_COMMAND, { src: image.src as string, altText: 'Årshjulet', decorative: false, caption: '' }));
    expect(json().root.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'image', 'paragraph']);
  });
});

describe('moving', () => {
  beforeEach(() => {
    update(() => {
      const line = (value: string) => $createParagraphNode().append($createTextNode(value));
      const h = (tag: 'h1' | 'h2', value: string) => $createHeadingNode(tag).append($createTextNode(value));
      $getRoot()
        .clear()
        .append(h('h1', 'A'), line('a'), h('h2', 'A1'), line('a1'), h('h1', 'B'), line('b'), h('h2', 'B1'), line('b1'));
    });
  });
  const cursorIn = (value: string) =>
    update(() => {
      const node = $getRoot()
        .getAllTextNodes()
        .find((text) => text.getTextContent() === value)!;
      node.select(0, 0);
    });

  it('moves a whole section, with its subsections, past the section before it', () => {
    cursorIn('B');
    update(() => editor.dispatchCommand(MOVE_BLOCK_COMMAND, 'up'));
    expect(texts()).toEqual(['B', 'b', 'B1', 'b1', 'A', 'a', 'A1', 'a1']);
  });

  it('keeps a subsection inside its section', () => {
    cursorIn('B1');
    update(() => editor.dispatchCommand(MOVE_BLOCK_COMMAND, 'up')); // over the paragraph "b" only
    expect(texts()).toEqual(['A', 'a', 'A1', 'a1', 'B', 'B1', 'b1', 'b']);
    update(() => editor.dispatchCommand(MOVE_BLOCK_COMMAND, 'up')); // the heading B is its parent: no further
    expect(texts()).toEqual(['A', 'a', 'A1', 'a1', 'B', 'B1', 'b1', 'b']);
  });

  it('moves a paragraph one place, across a heading', () => {
    cursorIn('a1');
    update(() => editor.dispatchCommand(MOVE_BLOCK_COMMAND, 'down'));
    expect(texts()).toEqual(['A', 'a', 'A1', 'B', 'a1', 'b', 'B1', 'b1']);
  });

  it('moves an item (a step) within its block', () => {
    load(content(block('method-guide', { name: 'PDCA', steps: ['Planera', 'Göra', 'Studera'].map((title) => block('method-step', { title })) })));
    cursorIn('Studera');
    update(() => editor.dispatchCommand(MOVE_BLOCK_COMMAND, 'up'));
    const steps = (json().root.children[0]!.children as SerializedNode[])[3]!.children as SerializedNode[];
    expect(steps.map((step) => JSON.stringify(step).match(/"text":"([^"]*)"/)?.[1])).toEqual(['Planera', 'Studera', 'Göra']);
  });
});
