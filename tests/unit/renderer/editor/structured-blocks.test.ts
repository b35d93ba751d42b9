import { $isTableNode } from '@lexical/table';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isParagraphNode,
  type LexicalEditor,
  type LexicalNode,
  type ParagraphNode,
} from 'lexical';
import { beforeEach, describe, expect, it } from 'vitest';
import { BLOCK_SPECS, TOP_LEVEL_BLOCK_TYPES, blockSchemas, emptyRequiredFields } from '../../../../shared/model/blocks';
import { content, paragraph, type SerializedContent, type SerializedNode } from '../../../../shared/model/content';
import { $createBlock } from '../../../../renderer/src/editor/blocks';
import { $createBlockFieldNode, $isBlockFieldNode, type BlockFieldNode } from '../../../../renderer/src/editor/nodes/BlockFieldNode';
import { $isStructuredBlockNode, type StructuredBlockNode } from '../../../../renderer/src/editor/nodes/StructuredBlockNode';
import { registerStructuredBlocks } from '../../../../renderer/src/editor/plugins/StructuredBlocksPlugin';
import { createTestEditor } from './test-editor';

let editor: LexicalEditor;
beforeEach(() => {
  editor = createTestEditor();
  registerStructuredBlocks(editor);
});

const json = () => editor.getEditorState().toJSON() as unknown as SerializedContent;
const load = (value: SerializedContent) => editor.setEditorState(editor.parseEditorState(JSON.stringify(value)));
const fieldNames = (node: SerializedNode) => (node.children as SerializedNode[]).map((child) => child.field);
const update = (fn: () => void) => editor.update(fn, { discrete: true });

/** Types text into a field: into its first paragraph when it is multi-line, into every item's fields, into a table's cells. */
function $fill(field: BlockFieldNode, value: string) {
  const first = field.getFirstChild();
  if ($isStructuredBlockNode(first)) {
    for (const item of field.getChildren().filter($isStructuredBlockNode)) $fillBlock(item, value);
  } else if ($isTableNode(first)) {
    for (const paragraph of $findParagraphs(first)) paragraph.append($createTextNode(value));
  } else {
    ($isParagraphNode(first) ? first : field).append($createTextNode(value));
  }
}

function $findParagraphs(node: LexicalNode): ParagraphNode[] {
  if ($isParagraphNode(node)) return [node];
  return $isElementNode(node) ? node.getChildren().flatMap($findParagraphs) : [];
}

function $fillBlock(block: StructuredBlockNode, value: string) {
  for (const field of block.getChildren().filter($isBlockFieldNode)) $fill(field, value);
}

describe('structured blocks', () => {
  it.each(TOP_LEVEL_BLOCK_TYPES)('a new %s has all its fields in order and matches its schema', (type) => {
    update(() => {
      $getRoot().clear().append($createBlock({ type }));
    });
    const [block] = json().root.children;
    expect(block!.type).toBe(type);
    expect(fieldNames(block!)).toEqual(BLOCK_SPECS[type].map((spec) => spec.name));
    expect(blockSchemas[type].safeParse(block).success).toBe(true);
  });

  it.each(TOP_LEVEL_BLOCK_TYPES)('a filled %s survives a JSON round trip exactly', (type) => {
    update(() => {
      const block = $createBlock({ type, variant: 'important' });
      $fillBlock(block, `Text i ${type}`);
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
    expect(json().root.children.map((node) => node.type)).toEqual(['principle', 'callout', 'paragraph']);
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

  it('turns a line left in a list of items into an item holding its text', () => {
    update(() => {
      const guide = $createBlock({ type: 'method-guide' });
      $getRoot().clear().append(guide);
      const steps = guide.getChildren().filter($isBlockFieldNode).find((field) => field.getField() === 'steps')!;
      steps.append($createParagraphNode().append($createTextNode('Planera')), $createParagraphNode());
    });
    const steps = (json().root.children[0]!.children as SerializedNode[]).find((field) => field.field === 'steps')!;
    expect((steps.children as SerializedNode[]).map((item) => item.type)).toEqual(['method-step', 'method-step']);
    expect(JSON.stringify((steps.children as SerializedNode[])[1])).toContain('Planera');
  });

  it('gives an items field whose items were all deleted a new, empty item', () => {
    update(() => {
      const goals = $createBlock({ type: 'goals' });
      $getRoot().clear().append(goals);
      goals.getChildren().filter($isBlockFieldNode)[1]!.clear();
    });
    const goals = (json().root.children[0]!.children as SerializedNode[])[1]!;
    expect((goals.children as SerializedNode[]).map((item) => item.type)).toEqual(['goal']);
    expect(fieldNames((goals.children as SerializedNode[])[0]!)).toEqual(['goal', 'indicator', 'target']);
  });

  it('turns an item pasted outside its block into ordinary text', () => {
    update(() => {
      const guide = $createBlock({ type: 'method-guide' });
      const step = guide.getChildren().filter($isBlockFieldNode)[3]!.getFirstChild() as StructuredBlockNode;
      $fillBlock(step, 'Gör');
      $getRoot().clear().append(step);
    });
    expect(json().root.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
    expect(JSON.stringify(json())).toContain('Gör');
  });

  it('turns an item of the wrong kind into an item of the right kind, keeping its text', () => {
    update(() => {
      const guide = $createBlock({ type: 'method-guide' });
      const stages = $createBlock({ type: 'staged-model' });
      const stage = stages.getChildren().filter($isBlockFieldNode)[1]!.getFirstChild() as StructuredBlockNode;
      $fillBlock(stage, 'Information');
      $getRoot().clear().append(guide);
      guide.getChildren().filter($isBlockFieldNode)[3]!.append(stage);
    });
    const steps = (json().root.children[0]!.children as SerializedNode[])[3]!;
    expect((steps.children as SerializedNode[]).map((item) => item.type)).toEqual(['method-step', 'method-step', 'method-step']);
    expect(JSON.stringify(steps)).toContain('Information');
  });

  it('gives a comparison whose table was deleted a new table with a header row', () => {
    update(() => {
      const comparison = $createBlock({ type: 'comparison' });
      $getRoot().clear().append(comparison);
      comparison.getChildren().filter($isBlockFieldNode)[1]!.getFirstChild()!.remove();
    });
    const table = (json().root.children[0]!.children as SerializedNode[])[1]!;
    expect((table.children as SerializedNode[]).map((child) => child.type)).toContain('table');
  });

  it('starts an annual cycle with the twelve months', () => {
    update(() => {
      $getRoot().clear().append($createBlock({ type: 'annual-cycle' }));
    });
    const months = (json().root.children[0]!.children as SerializedNode[])[1]!.children as SerializedNode[];
    expect(months).toHaveLength(12);
    expect(JSON.stringify(months[0])).toMatch(/Januari|January/);
  });

  it('reports an empty required field of an item with the block that holds it', () => {
    update(() => {
      const guide = $createBlock({ type: 'method-guide' });
      $getRoot().clear().append(guide);
      for (const field of guide.getChildren().filter($isBlockFieldNode).slice(0, 3)) $fill(field, 'Text');
    });
    expect(emptyRequiredFields(json().root.children)).toEqual([
      { block: 'method-step', field: 'title', ordinal: 1, parent: { block: 'method-guide', ordinal: 1 } },
    ]);
  });

  it('keeps an empty line after a block that ends the document, so there is somewhere to type', () => {
    update(() => {
      $getRoot().clear().append($createParagraphNode().append($createTextNode('Intro')), $createBlock({ type: 'goals' }));
    });
    expect(json().root.children.map((node) => node.type)).toEqual(['paragraph', 'goals', 'paragraph']);
  });
});

describe('a one-line field given several lines', () => {
  it('keeps the boundary between them as a space (a paste of paragraphs into a title)', () => {
    update(() => {
      const block = $createBlock({ type: 'principle' });
      $getRoot().clear().append(block);
      const title = block.getChildren().filter($isBlockFieldNode).find((field) => field.getField() === 'title')!;
      title.clear().append(
        $createParagraphNode().append($createTextNode('Vi leder.')),
        $createParagraphNode().append($createTextNode('Vi har insikt')),
        $createParagraphNode().append($createTextNode(' och vi lär.')),
      );
    });
    const text = editor.getEditorState().read(() => $getRoot().getFirstChild()!.getTextContent());
    expect(text.startsWith('Vi leder. Vi har insikt och vi lär.')).toBe(true);
  });
});
