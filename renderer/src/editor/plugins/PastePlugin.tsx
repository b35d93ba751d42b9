import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_NORMAL, PASTE_COMMAND, PASTE_TAG } from 'lexical';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotice } from '../../app/notices';
import { $isBlockFieldNode } from '../nodes/BlockFieldNode';
import { cleanPastedHtml } from '../paste/clean-pasted-html';
import { $nodesFromPlainText, hasSeveralLines } from '../paste/plain-text';

/** Lexical puts its own JSON on the clipboard; a paste of it keeps block types and is left to Lexical. */
const LEXICAL_CLIPBOARD_TYPE = 'application/x-lexical-editor';

/** Whether the caret (or selection) is in a one-line field of a block. */
function $selectionInOneLineField(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const node = selection.anchor.getNode();
  const field = $isBlockFieldNode(node) ? node : node.getParents().find($isBlockFieldNode);
  return !!field && !field.isMultiline() && field.is(selection.focus.getNode().getParents().find($isBlockFieldNode) ?? selection.focus.getNode());
}

/**
 * Pastes HTML from Word, LibreOffice or the web as clean document content (see clean-pasted-html),
 * and plain text of several lines as paragraphs and lists (see plain-text). A paste into a one-line
 * field becomes one line. A paste from Handbok itself (Lexical's JSON) and a single line of plain
 * text take Lexical's own path.
 */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const notice = useNotice();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          const html = data?.getData('text/html');
          if (data && editor.getEditorState().read($selectionInOneLineField)) {
            // A title, a term, a role's name: what is pasted becomes one line, its lines joined by spaces.
            event.preventDefault();
            const htmlLines = () => [...cleanPastedHtml(html ?? '').document.body.children].map((element) => element.textContent ?? '').join('\n');
            const text = data.getData('text/plain') || (html ? htmlLines() : '');
            const line = text.split(/\s*[\r\n]+\s*/).filter(Boolean).join(' ');
            editor.update(
              () => {
                const selection = $getSelection();
                if ($isRangeSelection(selection)) selection.insertText(line);
              },
              { tag: PASTE_TAG },
            );
            return true;
          }
          if (!data || data.types.includes(LEXICAL_CLIPBOARD_TYPE)) return false;
          const text = data.getData('text/plain');
          if (!html && hasSeveralLines(text)) {
            event.preventDefault();
            editor.update(
              () => {
                const selection = $getSelection();
                if (selection) $insertGeneratedNodes(editor, $nodesFromPlainText(text), selection);
              },
              { tag: PASTE_TAG },
            );
            return true;
          }
          if (!html) return false;
          event.preventDefault();
          const { document, droppedImages } = cleanPastedHtml(html);
          editor.update(
            () => {
              const selection = $getSelection();
              if (selection) $insertGeneratedNodes(editor, $generateNodesFromDOM(editor, document), selection);
            },
            { tag: PASTE_TAG },
          );
          if (droppedImages > 0) notice({ tone: 'info', text: t('editor.pasteImagesDropped', { count: droppedImages }) });
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor, notice, t],
  );
  return null;
}
