import { HEADING, ORDERED_LIST, UNORDERED_LIST, registerMarkdownShortcuts, type ElementTransformer } from '@lexical/markdown';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { $isTopLevelBlock } from '../chapters';

/**
 * "- ", "* " and "1. " typed at the start of a line start a list, "# ", "## " and "### " a heading, as
 * in Word and every modern editor. Lexical's own shortcuts do the work (Ctrl+Z right after one gives
 * the typed characters back); only lists and headings are taken, and they fire only on the space that
 * completes them, never on Enter, so a line that was undone back to text stays text.
 *
 * Lexical fires them only in a line directly under the root or a shadow root: a one-line field (a
 * title, a term) gets none, a rich field of a block (paragraphs and lists) gets the lists. Headings
 * stand only at the top level of the document, never in a block's field or a table cell.
 */
const SHORTCUT_TRANSFORMERS: ElementTransformer[] = [
  { ...UNORDERED_LIST, triggerOnEnter: false },
  // Up to three digits: a year at the start of a sentence ("2027. ") is not a list.
  { ...ORDERED_LIST, regExp: /^(\s*)(\d{1,3})\.\s/, triggerOnEnter: false },
  {
    ...HEADING,
    regExp: /^(#{1,3})\s/,
    triggerOnEnter: false,
    replace: (parent, children, match, isImport) => ($isTopLevelBlock(parent) ? HEADING.replace(parent, children, match, isImport) : false),
  },
];

export function registerWritingShortcuts(editor: LexicalEditor): () => void {
  return registerMarkdownShortcuts(editor, SHORTCUT_TRANSFORMERS);
}

export function MarkdownShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerWritingShortcuts(editor), [editor]);
  return null;
}
