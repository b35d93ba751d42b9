import { $getRoot, $getSelection, $isParagraphNode, $isRangeSelection, $isTextNode, type EditorState, type LexicalNode, type ParagraphNode } from 'lexical';
import { $isTopLevelBlock } from './chapters';

/**
 * The top-level block that holds a node (a child of the root, or of a chapter: see chapters.ts). Unlike
 * Lexical's getTopLevelElement, it does not stop at other shadow roots (a table cell, a block's rich
 * field), so text in a principle's explanation belongs to the principle, and text in a table cell to
 * the table.
 */
export function $topBlockOf(node: LexicalNode): LexicalNode | null {
  for (let current: LexicalNode | null = node; current; current = current.getParent()) if ($isTopLevelBlock(current)) return current;
  return null;
}

/**
 * The paragraph holding the cursor when it has no text (where a slash command was typed), else null.
 * Emptied text nodes count as empty: Lexical only removes them when the update ends.
 */
export function $emptyLineAt(node: LexicalNode): ParagraphNode | null {
  const paragraph = $isParagraphNode(node) ? node : (node.getParents().find($isParagraphNode) ?? null);
  const empty = paragraph && paragraph.getTextContentSize() === 0 && paragraph.getChildren().every($isTextNode);
  return empty ? paragraph : null;
}

/** Something new starts in plain text, whatever the line it was inserted from was formatted as. */
export function $clearTypingFormat() {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) {
    selection.setFormat(0);
    selection.setStyle('');
  }
}

/**
 * Whether an update put in a new state altogether (the document opening, another window's changes):
 * it reports nothing dirty, as a mere move of the selection does, but only it has a new root.
 */
export function isWholeNewState(update: { dirtyElements: ReadonlyMap<string, boolean>; dirtyLeaves: ReadonlySet<string>; prevEditorState: EditorState; editorState: EditorState }): boolean {
  const { dirtyElements, dirtyLeaves, prevEditorState, editorState } = update;
  return dirtyElements.size === 0 && dirtyLeaves.size === 0 && prevEditorState.read($getRoot) !== editorState.read($getRoot);
}
