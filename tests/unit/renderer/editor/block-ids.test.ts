import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $createParagraphNode, $getRoot, $parseSerializedNode, COLLABORATION_TAG, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { blockIdOf, identifiedNodes, withBlockIds } from '../../../../shared/model/block-ids';
import { content, heading, paragraph, type SerializedContent } from '../../../../shared/model/content';
import { syntheticHandbook } from '../../../../shared/model/synthetic-handbook';
import { registerBlockIds } from '../../../../renderer/src/editor/plugins/BlockIdsPlugin';
import { createTestEditor } from './test-editor';

function editorWith(start: SerializedContent): LexicalEditor {
  const editor = createTestEditor();
  registerBlockIds(editor);
  registerHistory(editor, createEmptyHistoryState(), 0);
  editor.setEditorState(editor.parseEditorState(JSON.stringify(start)));
  return editor;
}
const stored = (editor: LexicalEditor) => editor.getEditorState().toJSON() as unknown as SerializedContent;
const ids = (editor: LexicalEditor) => [...identifiedNodes(stored(editor))].map(({ node }) => blockIdOf(node));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('block ids in the editor', () => {
  const start = withBlockIds(content(heading(1, 'Inledning'), paragraph('Första.'), paragraph('Andra.')));

  it('keeps the ids of loaded content through JSON, and gives a new block an id of its own', async () => {
    const editor = editorWith(start);
    const before = ids(editor);
    expect(before).toEqual([...identifiedNodes(start)].map(({ node }) => blockIdOf(node)));
    editor.update(() => $getRoot().getChildAtIndex(1)!.insertAfter($createParagraphNode()), { discrete: true });
    await settle();
    const after = ids(editor);
    expect(after).toHaveLength(4);
    expect([after[0], after[1], after[3]]).toEqual(before);
    expect(after[2]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(after).size).toBe(4);
  });

  it('leaves a block that came from another editor of a shared document to that editor, which gives it its id', async () => {
    const editor = editorWith(start);
    editor.update(() => $getRoot().append($createParagraphNode()), { discrete: true, tag: COLLABORATION_TAG });
    await settle();
    expect(ids(editor)).toHaveLength(4);
    expect(ids(editor)[3]).toBeNull();
  });

  it('keeps ids when a block moves, gives a pasted copy a new one, and undo brings back the same ids', async () => {
    const editor = editorWith(start);
    const before = ids(editor);
    editor.update(() => $getRoot().getFirstChild()!.insertAfter($getRoot().getLastChild()!), { discrete: true });
    await settle();
    expect(ids(editor)).toEqual([before[0], before[2], before[1]]);

    const copied = start.root.children[1]!;
    editor.update(() => $getRoot().append($parseSerializedNode(copied as never)), { discrete: true });
    await settle();
    const withCopy = ids(editor);
    expect(withCopy.slice(0, 3)).toEqual([before[0], before[2], before[1]]);
    expect(withCopy[3]).not.toBe(before[1]);
    expect(new Set(withCopy).size).toBe(4);

    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settle();
    expect(ids(editor)).toEqual([before[0], before[2], before[1]]);
  });

  it('gives every item of the synthetic handbook an id that survives a round trip through the editor', () => {
    const handbook = withBlockIds(syntheticHandbook(5).content);
    const editor = editorWith(handbook);
    expect(stored(editor).root.children.length).toBe(handbook.root.children.length);
    expect(ids(editor)).toEqual([...identifiedNodes(handbook)].map(({ node }) => blockIdOf(node)));
    expect(ids(editor).length).toBeGreaterThan(handbook.root.children.length);
  });
});
