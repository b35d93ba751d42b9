import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findTableNode, $insertTableRowAtSelection, $isTableCellNode } from '@lexical/table';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, KEY_TAB_COMMAND } from 'lexical';
import { useEffect } from 'react';

/** Tab in a table's last cell adds a row and moves into it, as in Word; elsewhere Lexical's table plugin moves between cells. */
export function TableKeysPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          if (event.shiftKey) return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
          const cell = selection.anchor.getNode().getParents().find($isTableCellNode) ?? null;
          const table = cell ? $findTableNode(cell) : null;
          if (!cell || !table || table.getLastDescendant()?.getParents().find($isTableCellNode) !== cell) return false;
          event.preventDefault();
          const row = $insertTableRowAtSelection(true);
          row?.selectStart();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
