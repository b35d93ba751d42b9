import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $createParagraphNode, $createTextNode, $getRoot, $isTextNode, UNDO_COMMAND, REDO_COMMAND, type LexicalEditor } from 'lexical';
import { beforeEach, describe, expect, it } from 'vitest';
import { block } from '../../../../shared/model/block-content';
import { content, heading, paragraph, type SerializedContent } from '../../../../shared/model/content';
import { syntheticHandbook } from '../../../../shared/model/synthetic-handbook';
import { wrapUnknownNodes } from '../../../../shared/model/unknown-nodes';
import { $createBlock } from '../../../../renderer/src/editor/blocks';
import { contentOf } from '../../../../renderer/src/editor/ContentEditor';
import { ContentSerializer } from '../../../../renderer/src/editor/content-serializer';
import { KNOWN_NODE_TYPES } from '../../../../renderer/src/editor/nodes';
import { MOVE_BLOCK_COMMAND, registerMoveBlocks } from '../../../../renderer/src/editor/plugins/MoveBlocksPlugin';
import { registerStructuredBlocks } from '../../../../renderer/src/editor/plugins/StructuredBlocksPlugin';
import { createTestEditor } from './test-editor';

let editor: LexicalEditor;
let serializer: ContentSerializer;
beforeEach(() => {
  editor = createTestEditor();
  registerStructuredBlocks(editor);
  registerMoveBlocks(editor);
  registerHistory(editor, createEmptyHistoryState(), 0);
  serializer = new ContentSerializer(editor);
  serializer.register();
});

const update = (fn: () => void) => editor.update(fn, { discrete: true });
const load = (value: SerializedContent) =>
  editor.setEditorState(editor.parseEditorState(JSON.stringify(wrapUnknownNodes(value, KNOWN_NODE_TYPES))));
/** The incremental text must always equal a full serialisation of the same state. */
const expectInStep = () => expect(JSON.parse(serializer.serialize())).toEqual(contentOf(editor.getEditorState()));

describe('ContentSerializer', () => {
  it('stays equal to a full serialisation through typing, inserting, moving, deleting, undo and redo', () => {
    load(content(heading(1, 'Inledning'), paragraph('Första.'), block('principle', { title: 'Tydlighet', explanation: 'Vi skriver enkelt.' }), paragraph('Sista.')));
    expectInStep();
    const texts = () => $getRoot().getAllTextNodes();
    // Typing deep inside a block: only the block's text may be made again, and it must be.
    update(() => texts().find((node) => node.getTextContent() === 'Vi skriver enkelt.')!.setTextContent('Vi skriver enkelt och kort.'));
    expectInStep();
    update(() => $getRoot().append($createBlock({ type: 'goals' }), $createParagraphNode().append($createTextNode('Efter målen.'))));
    expectInStep();
    update(() => texts().find((node) => node.getTextContent() === 'Sista.')!.select(0, 0));
    update(() => editor.dispatchCommand(MOVE_BLOCK_COMMAND, 'up'));
    expectInStep();
    update(() => texts().find((node) => node.getTextContent() === 'Första.')!.getParentOrThrow().remove());
    expectInStep();
    update(() => editor.dispatchCommand(UNDO_COMMAND, undefined));
    expectInStep();
    update(() => editor.dispatchCommand(REDO_COMMAND, undefined));
    expectInStep();
    update(() => {
      for (const node of texts()) if ($isTextNode(node) && node.getTextContent().startsWith('Tydlighet')) node.toggleFormat('bold');
    });
    expectInStep();
  });

  it('puts back unknown nodes exactly as stored', () => {
    const future = { type: 'risk-matrix', version: 1, cells: [[1, 2]] };
    load(content(paragraph('Före'), future as never, paragraph('Efter')));
    update(() => $getRoot().getLastChildOrThrow().selectEnd());
    update(() => $getRoot().append($createParagraphNode().append($createTextNode('Ny rad'))));
    expect(JSON.parse(serializer.serialize()).root.children[1]).toEqual(future);
    expectInStep();
  });

  it('serialises the 300-page handbook the same way as a full serialisation', () => {
    load(syntheticHandbook(300).content);
    expectInStep();
    update(() => $getRoot().getChildAtIndex(1200)!.selectEnd());
    update(() => $getRoot().getAllTextNodes()[5000]!.setTextContent('Ändrad mening.'));
    expectInStep();
  });
});
