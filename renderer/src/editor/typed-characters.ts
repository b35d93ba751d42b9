import {
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  BEFORE_INPUT_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { $isInChapters } from './chapters';

/** One typed character: a single UTF-16 unit that is neither a line break nor half of a surrogate pair. */
function typedCharacter(event: InputEvent): string | null {
  const data = event.data;
  if (event.inputType !== 'insertText' || event.isComposing || data === null || data.length !== 1) return null;
  const code = data.charCodeAt(0);
  return data === '\n' || (code >= 0xd800 && code <= 0xdfff) ? null : data;
}

/**
 * In a long document (one in chapters), a typed character is inserted by Lexical, not by the browser.
 * Lexical otherwise lets Chrome insert plain typing itself and reads the result back, which is cheap in
 * a short document. In a long one Chrome's first insertion after the caret was put somewhere new is
 * slow (it starts a new editing command there, in a large editable), and inserting through Lexical, as Lexical
 * does whenever the browser's insertion would not do, made that key 2–4 ms faster (mean of 15 first keys
 * at 60 and at 300 pages, same run) and the keys after it no slower. Only the plain case is taken: a caret
 * in ordinary text whose format the character takes; composition (IME, dead keys), a selection to type
 * over, line breaks and anything else stay Lexical's.
 */
export function registerTypedCharacters(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    BEFORE_INPUT_COMMAND,
    (event) => {
      const character = typedCharacter(event);
      if (character === null || editor.isComposing()) return false;
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || !selection.isCollapsed() || !$isInChapters()) return false;
      // Where the browser means to type: the caret may have moved (an arrow key, a click) without the
      // selection change having reached Lexical yet.
      const [target] = event.getTargetRanges();
      if (target && !selection.dirty) selection.applyDOMRange(target);
      const node = selection.anchor.getNode();
      if (!selection.isCollapsed() || !$isTextNode(node) || !node.isSimpleText() || node.getFormat() !== selection.format || node.getStyle() !== selection.style) return false;
      event.preventDefault();
      editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, character);
      return true;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
}
