import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, $isParagraphNode, type LexicalEditor } from 'lexical';
import { beforeEach, describe, expect, it } from 'vitest';
import { BLOCK_SPECS, BLOCK_TYPES, blockSchemas, emptyRequiredFields } from '../../../../shared/model/blocks';
import { content, paragraph, type SerializedContent, type SerializedNode } from '../../../../shared/model/content';
import { $createBlock } from '../../../../renderer/src/editor/blocks';
import { EDITOR_NODES } from '../../../../renderer/src/editor/nodes';
import { $createBlockFieldNode, $isBlockFieldNode, type BlockFieldNode } from '../../../../renderer/src/editor/nodes/BlockFieldNode';
import { registerStructuredBlocks } from '../../../../renderer/src/editor/plugins/StructuredBlocksPlugin';

let editor: LexicalEditor;
beforeEach(() => {
  editor = createHeadlessEditor({
    namespace: 'test',
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  registerStructuredBlocks(editor);
});

const json = () => editor.getEditorState().toJSON() as unknown as SerializedContent;
const load = (value: SerializedContent) => editor.setEditorState(editor.parseEditorState(JSON.stringify(value)));
const fieldNames = (node: SerializedNode) => (node.children as SerializedNode[]).map((child) => child.field);
const update = (fn: () => void) => editor.update(fn, { discrete: true });

/** Types text into a field: into its first paragraph when it is multi-line. */
function $fill(field: BlockFieldNode, value: string) {
  const first = field.getFirstChild();
  ($isParagraphNode(first) ? first : field).append($createTextNode(value));
}

describe('structured blocks', () => {
  it.each(BLOCK_TYPES)('a new %s has all its fields in order and matches its schema', (type) => {
    update(() => {
      $getRoot().clear().append($createBlock({ type }));
    });
    const [block] = json().root.children;
    expect(block!.type).toBe(type);
    expect(fieldNames(block!)).toEqual(BLOCK_SPECS[type].map((spec) => spec.name));
    expect(blockSchemas[type].safeParse(block).success).toBe(true);
  });

  it.each(BLOCK_TYPES)('a filled %s survives a JSON round trip exactly', (type) => {
    update(() => {
      const block = $createBlock({ type, variant: 'important' });
      for (const field of block.getChildren().filter($isBlockFieldNode)) $fill(field, `Text i ${type}`);
      $getRoot().clear().append(block, $createParagraphNode());
    });
    const first = json();
    load(first);
    expect(json()).toEqual(first);
  });

  it('gives back the missing fields of a block whose structure a deletion broke', () => {
    update(() => {
      const block = $createBlock({ type: 'definition' });
      $getRoot().clear().append(block);
      block.getChildAtIndex(1)!.remove();
      block.getChildAtIndex(0)!.remove();
    });
    expect(fieldNames(json().root.children[0]!)).toEqual(['term', 'definition', 'source']);
  });

  it('moves pasted paragraphs into the block’s text field and puts fields back in order', () => {
    update(() => {
      const block = $createBlock({ type: 'principle' });
      $getRoot().clear().append(block);
      const title = block.getFirstChild()!;
      block.append(title); // title now last
      block.append($createParagraphNode().append($createTextNode('Inklistrad text')));
    });
    const [block] = json().root.children;
    expect(fieldNames(block!)).toEqual(['title', 'explanation']);
    expect(JSON.stringify(block)).toContain('Inklistrad text');
  });

  it('lifts a block that ended up inside another block’s field out, after that block', () => {
    update(() => {
      const outer = $createBlock({ type: 'principle' });
      $getRoot().clear().append(outer);
      const explanation = outer.getChildren().filter($isBlockFieldNode)[1]!;
      explanation.append($createBlock({ type: 'callout' }));
    });
    expect(json().root.children.map((node) => node.type)).toEqual(['principle', 'callout']);
    expect(JSON.stringify(json().root.children[0])).not.toContain('callout');
  });

  it('turns a field standing outside any block into ordinary text', () => {
    update(() => {
      const stray = $createBlockFieldNode('title', false).append($createTextNode('Ensam rubrik'));
      $getRoot().clear().append(stray);
    });
    const [node] = json().root.children;
    expect(node!.type).toBe('paragraph');
    expect(JSON.stringify(node)).toContain('Ensam rubrik');
  });

  it('removes a block that lost all its fields', () => {
    update(() => {
      const block = $createBlock({ type: 'callout' });
      $getRoot().clear().append(block, $createParagraphNode());
      block.clear();
    });
    expect(json().root.children.map((node) => node.type)).toEqual(['paragraph']);
  });

  it('reports required fields left empty, but not optional ones', () => {
    load(content(paragraph('Intro')));
    update(() => {
      const principle = $createBlock({ type: 'principle' });
      $getRoot().append($createBlock({ type: 'definition' }), principle);
      $fill(principle.getChildren().filter($isBlockFieldNode)[0]!, 'Invånaren i fokus');
    });
    expect(emptyRequiredFields(json().root.children)).toEqual([
      { block: 'definition', field: 'term', ordinal: 1 },
      { block: 'definition', field: 'definition', ordinal: 1 },
      { block: 'principle', field: 'explanation', ordinal: 1 },
    ]);
  });
});
