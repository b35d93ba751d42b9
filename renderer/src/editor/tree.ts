import { $getSelection, $isParagraphNode, $isRangeSelection, $isRootNode, $isTextNode, type LexicalNode, type ParagraphNode } from 'lexical';

/**
 * The child of the root that holds a node. Unlike Lexical's getTopLevelElement, it does not stop at
 * shadow roots (a table cell, a block's rich field), so text in a principle's explanation belongs to
 * the principle, and text in a table cell to the table.
 */
export function $rootChildOf(node: LexicalNode): LexicalNode | null {
  let current: LexicalNode = node;
  for (let parent = current.getParent(); parent; parent = current.getParent()) {
    if ($isRootNode(parent)) return current;
    current = parent;
  }
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
