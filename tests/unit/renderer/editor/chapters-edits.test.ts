import { registerRichText } from '@lexical/rich-text';
import {
  $getRoot,
  $isTextNode,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_WORD_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { content, heading, paragraph, type SerializedContent } from '../../../../shared/model/content';
import { registerChapters, withChapters, withoutChapters, type ChapterMode } from '../../../../renderer/src/editor/chapters';
import { CHAPTER_TYPE } from '../../../../renderer/src/editor/nodes/ChapterNode';
import { createTestEditor } from './test-editor';

const DOCUMENT = content(heading(1, 'Ett'), paragraph('Första raden.'), paragraph('Andra raden.'), heading(1, 'Två'), paragraph('Tredje raden.'), heading(1, 'Tre'), paragraph('Sista.'));

function editorWith(value: SerializedContent, mode: ChapterMode): LexicalEditor {
  const editor = createTestEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(withChapters(value, mode))));
  registerRichText(editor);
  registerChapters(editor, mode);
  editor.update(() => undefined, { discrete: true });
  return editor;
}

const text = (start: string): TextNode => $getRoot().getAllTextNodes().find((node): node is TextNode => $isTextNode(node) && node.getTextContent().startsWith(start))!;

/** Runs the same edit in an editor with a chapter per level-1 heading and in one without, and gives both stored contents. */
function inBoth(edit: (editor: LexicalEditor) => void): { chaptered: SerializedContent; flat: SerializedContent; chapters: number } {
  const [chaptered, flat] = (['always', 'never'] as const).map((mode) => {
    const editor = editorWith(DOCUMENT, mode);
    editor.update(() => edit(editor), { discrete: true });
    const held = editor.getEditorState().toJSON() as unknown as SerializedContent;
    return { stored: withoutChapters(held), chapters: held.root.children.filter((node) => node.type === CHAPTER_TYPE).length };
  });
  return { chaptered: chaptered!.stored, flat: flat!.stored, chapters: chaptered!.chapters };
}

describe('edits across chapters store what one editor without chapters stores', () => {
  it('deletes a selection from one chapter into the next', () => {
    const { chaptered, flat, chapters } = inBoth((editor) => {
      text('Andra').select(2, 2).focus.set(text('Tredje').getKey(), 3, 'text');
      editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true);
    });
    expect(chaptered).toEqual(flat);
    expect(chapters).toBe(2);
  });

  it('types over a selection that spans three chapters', () => {
    const { chaptered, flat, chapters } = inBoth((editor) => {
      text('Första').select(3, 3).focus.set(text('Sista').getKey(), 2, 'text');
      editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, 'x');
    });
    expect(chaptered).toEqual(flat);
    expect(chapters).toBe(1);
  });

  it('presses Enter on a selection across a boundary', () => {
    const { chaptered, flat } = inBoth((editor) => {
      text('Andra').select(5, 5).focus.set(text('Två').getKey(), 1, 'text');
      editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined);
    });
    expect(chaptered).toEqual(flat);
  });

  it('Backspace at the start of a chapter reaches into the chapter before', () => {
    const { chaptered, flat } = inBoth((editor) => {
      text('Två').select(0, 0);
      editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true);
    });
    expect(chaptered).toEqual(flat);
  });

  it('Delete and Ctrl+Delete at the end of a chapter reach into the next', () => {
    for (const command of [DELETE_CHARACTER_COMMAND, DELETE_WORD_COMMAND]) {
      const { chaptered, flat } = inBoth((editor) => {
        text('Andra').select(12, 12);
        editor.dispatchCommand(command, false);
      });
      expect(chaptered).toEqual(flat);
    }
  });
});
