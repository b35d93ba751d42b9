import { $createListItemNode, $createListNode, $isListNode, type ListNode } from '@lexical/list';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $getSelection,
  $setSelection,
  type ElementNode,
  type RangeSelection,
  type LexicalEditor,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import { beforeEach, describe, expect, it } from 'vitest';
import { $convertibleTargets } from '../../../../renderer/src/editor/convert/convert-selection';
import { $createBlock } from '../../../../renderer/src/editor/blocks';
import { $createFootnoteNode } from '../../../../renderer/src/editor/nodes/FootnoteNode';
import { CONVERT_TO_BLOCKS_COMMAND, registerBlockConversion } from '../../../../renderer/src/editor/plugins/ConvertBlocksPlugin';
import { registerStructuredBlocks } from '../../../../renderer/src/editor/plugins/StructuredBlocksPlugin';
import { createTestEditor } from './test-editor';

let editor: LexicalEditor;
beforeEach(() => {
  editor = createTestEditor();
  registerStructuredBlocks(editor);
  registerBlockConversion(editor);
});

const update = (fn: () => void) => editor.update(fn, { discrete: true });
const bold = (text: string) => $createTextNode(text).toggleFormat('bold');
const item = (...children: LexicalNode[]) => $createListItemNode().append(...children);

/** The document as a reader sees it: one string per top-level node, a block as "type: field | field". */
function shown(): string[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => {
        if ($isListNode(node)) return `${node.getListType()}@${node.getStart()}: ${node.getChildren().map((child) => child.getTextContent()).join(' / ')}`;
        const fields = 'getBlockType' in node ? (node as unknown as { getChildren(): LexicalNode[] }).getChildren().map((field) => field.getTextContent()) : null;
        return fields ? `${node.getType()}: ${fields.join(' | ')}` : `${node.getType()}: ${node.getTextContent()}`;
      }),
  );
}

function select(anchor: TextNode, anchorOffset: number, focus: TextNode, focusOffset: number) {
  const selection = $createRangeSelection();
  selection.anchor.set(anchor.getKey(), anchorOffset, 'text');
  selection.focus.set(focus.getKey(), focusOffset, 'text');
  $setSelection(selection);
}

const convert = (target: 'principle' | 'role' | 'method-guide' | 'definition') => update(() => void editor.dispatchCommand(CONVERT_TO_BLOCKS_COMMAND, target));

describe('converting selected text into blocks', () => {
  it('turns the selected items of a list into principles and leaves the items around them as lists, numbered on', () => {
    let first!: TextNode;
    let third!: TextNode;
    update(() => {
      third = $createTextNode(' vi följer upp.');
      const list: ListNode = $createListNode('number').append(
        item($createTextNode('Inledande punkt')),
        item(bold('Helhetssyn'), $createTextNode(': vi ser hela kedjan.')),
        item(bold('Fakta'), $createTextNode(' – '), $createFootnoteNode('Enligt SKR:s modell.'), third),
        item($createTextNode('Avslutande punkt')),
      );
      first = (list.getChildAtIndex(1) as ReturnType<typeof $createListItemNode>).getFirstChild() as TextNode;
      $getRoot().append($createParagraphNode().append($createTextNode('Före')), list);
      select(first, 3, third, 4);
    });
    expect(editor.getEditorState().read($convertibleTargets)).toEqual(['principle', 'method-guide', 'definition']);
    convert('principle');
    expect(shown()).toEqual([
      'paragraph: Före',
      'number@1: Inledande punkt',
      'principle: Helhetssyn | vi ser hela kedjan.',
      'principle: Fakta | vi följer upp.',
      'number@4: Avslutande punkt',
    ]);
    // The titles lost their bold: in a title field the place makes them a title.
    const json = JSON.stringify(editor.getEditorState().toJSON());
    expect(json).not.toMatch(/"format":1,[^}]*"text":"Helhetssyn"/);
    // A footnote between the title and its text is not left behind with the dash.
    expect(json).toContain('Enligt SKR:s modell.');
  });

  it('turns the list the caret is in into the steps of a method guide, the caret in its name', () => {
    update(() => {
      const last = $createTextNode('Förbättra');
      $getRoot().append($createListNode('number').append(item($createTextNode('Planera')), item($createTextNode('Utföra')), item(last)));
      select(last, 2, last, 2);
    });
    convert('method-guide');
    const { steps, caretIn } = editor.getEditorState().read(() => {
      const guide = $getRoot().getFirstChildOrThrow<ElementNode>();
      const stepsField = guide.getChildren<ElementNode>().find((field) => (field as unknown as { getField(): string }).getField() === 'steps')!;
      const anchor = $getSelection() as RangeSelection;
      return {
        steps: stepsField.getChildren<ElementNode>().map((step) => `${step.getType()}: ${step.getFirstChildOrThrow().getTextContent()}`),
        caretIn: (anchor.anchor.getNode() as unknown as { getField(): string }).getField(),
      };
    });
    expect(steps).toEqual(['method-step: Planera', 'method-step: Utföra', 'method-step: Förbättra']);
    expect(caretIn).toBe('name');
    expect(shown()).toHaveLength(2); // the guide, and the line after it to type on
  });

  it('converts nothing that holds a block, and a lone paragraph only when selected', () => {
    update(() => {
      const text = $createTextNode('Kvalitet – hur väl vi möter behoven.');
      const after = $createTextNode('Efter');
      $getRoot().append($createParagraphNode().append(text), $createBlock({ type: 'callout', variant: 'note' }), $createParagraphNode().append(after));
      select(text, 0, after, 2);
    });
    expect(editor.getEditorState().read($convertibleTargets)).toEqual([]);
    update(() => {
      const text = $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().getFirstChildOrThrow<TextNode>();
      select(text, 4, text, 4);
    });
    expect(editor.getEditorState().read($convertibleTargets)).toEqual([]);
    update(() => {
      const text = $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().getFirstChildOrThrow<TextNode>();
      select(text, 0, text, 10);
    });
    convert('definition');
    expect(shown()[0]).toBe('definition: Kvalitet | hur väl vi möter behoven. | ');
  });
});
