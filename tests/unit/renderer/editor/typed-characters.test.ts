import { registerRichText } from '@lexical/rich-text';
import { $getRoot, $getSelection, $isRangeSelection, $isTextNode, BEFORE_INPUT_COMMAND, COMMAND_PRIORITY_HIGH, type LexicalEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { content, heading, paragraph, type SerializedContent } from '../../../../shared/model/content';
import { registerChapters, withChapters, withoutChapters, type ChapterMode } from '../../../../renderer/src/editor/chapters';
import { registerTypedCharacters } from '../../../../renderer/src/editor/typed-characters';
import { createTestEditor } from './test-editor';

const DOCUMENT = content(heading(1, 'Ett'), paragraph('Första raden.'), heading(1, 'Två'), paragraph('Andra raden.'));

function editorWith(mode: ChapterMode): LexicalEditor {
  const editor = createTestEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(withChapters(DOCUMENT, mode))));
  registerRichText(editor);
  registerChapters(editor, mode);
  registerTypedCharacters(editor);
  // What would go on to Lexical's own handling of the event (which needs a page) stops here.
  editor.registerCommand(BEFORE_INPUT_COMMAND, () => true, COMMAND_PRIORITY_HIGH);
  editor.update(() => undefined, { discrete: true });
  return editor;
}

const text = (start: string): TextNode => $getRoot().getAllTextNodes().find((node): node is TextNode => $isTextNode(node) && node.getTextContent().startsWith(start))!;

/** A key's `beforeinput` as Chrome sends it, which records whether the editor kept the browser from inserting. */
function keystroke(data: string, init: Partial<Pick<InputEvent, 'inputType' | 'isComposing'>> = {}) {
  const event = { inputType: 'insertText', isComposing: false, data, defaultPrevented: false, getTargetRanges: () => [], ...init } as unknown as InputEvent & { defaultPrevented: boolean };
  (event as { preventDefault: () => void }).preventDefault = () => {
    event.defaultPrevented = true;
  };
  return event;
}

/** Puts the caret in the text that starts with `start`, at `offset`, and sends the keystroke; gives whether the browser was kept from inserting, and the stored content. */
function type(editor: LexicalEditor, start: string, offset: number, event: InputEvent & { defaultPrevented: boolean }, before?: () => void) {
  editor.update(
    () => {
      text(start).select(offset, offset);
      before?.();
      editor.dispatchCommand(BEFORE_INPUT_COMMAND, event);
    },
    { discrete: true },
  );
  return { prevented: event.defaultPrevented, stored: withoutChapters(editor.getEditorState().toJSON() as unknown as SerializedContent) };
}

const storedText = (stored: SerializedContent) => JSON.stringify(stored).match(/"text":"[^"]*"/g);

describe('typed characters in a long document', () => {
  it('are inserted by Lexical at the caret, in place of the browser', () => {
    const { prevented, stored } = type(editorWith('always'), 'Andra', 5, keystroke('å'));
    expect(prevented).toBe(true);
    expect(storedText(stored)).toContain('"text":"Andraå raden."');
  });

  it('are left to the browser in a document without chapters, as Lexical does', () => {
    const { prevented, stored } = type(editorWith('never'), 'Andra', 5, keystroke('å'));
    expect(prevented).toBe(false);
    expect(storedText(stored)).toContain('"text":"Andra raden."');
  });

  it('are left to Lexical while composing, for a line break, half a surrogate pair, or a selection to type over', () => {
    const cases = [
      { event: keystroke('a', { isComposing: true }) },
      { event: keystroke('\n') },
      { event: keystroke('\ud83d') },
      { event: keystroke('ab') },
      { event: keystroke('a', { inputType: 'insertReplacementText' }) },
      {
        event: keystroke('a'),
        before: () => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) selection.focus.set(selection.anchor.key, selection.anchor.offset + 3, 'text');
        },
      },
      {
        event: keystroke('a'),
        before: () => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) selection.toggleFormat('bold');
        },
      },
    ];
    for (const { event, before } of cases) {
      const { prevented, stored } = type(editorWith('always'), 'Andra', 5, event, before);
      expect(prevented, JSON.stringify(event.data)).toBe(false);
      expect(storedText(stored)).toContain('"text":"Andra raden."');
    }
  });
});
