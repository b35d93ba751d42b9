import { registerRichText } from '@lexical/rich-text';
import { $getRoot, $isTextNode, DELETE_CHARACTER_COMMAND, type LexicalEditor, type TextNode } from 'lexical';
import { expect, it } from 'vitest';
import { content, heading, paragraph, type SerializedContent } from '../../../../shared/model/content';
import { registerChapters, withChapters, withoutChapters, type ChapterMode } from '../../../../renderer/src/editor/chapters';
import { createTestEditor } from './test-editor';

function editorWith(value: SerializedContent, mode: ChapterMode): LexicalEditor {
  const editor = createTestEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(withChapters(value, mode))));
  registerRichText(editor);
  registerChapters(editor, mode);
  editor.update(() => undefined, { discrete: true });
  return editor;
}

const text = (needle: string): TextNode => $getRoot().getAllTextNodes().find((node) => $isTextNode(node) && node.getTextContent().startsWith(needle))!;
const stored = (editor: LexicalEditor) => withoutChapters(editor.getEditorState().toJSON() as unknown as SerializedContent);

it('DEBUG deletes across chapters', () => {
  const value = content(heading(1, 'Ett'), paragraph('Första raden.'), paragraph('Andra raden.'), heading(1, 'Två'), paragraph('Tredje.'));
  const results = (['always', 'never'] as const).map((mode) => {
    const editor = editorWith(value, mode);
    editor.update(() => {
      const start = text('Andra');
      const end = text('Två');
      const selection = start.select(0, 0);
      selection.focus.set(end.getKey(), 0, 'text');
      editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true);
    }, { discrete: true });
    return stored(editor);
  });
  console.log(JSON.stringify(results[0].root.children.map((n) => n.children)), '\n', JSON.stringify(results[1].root.children.map((n) => n.children)));
  expect(results[0]).toEqual(results[1]);
});
