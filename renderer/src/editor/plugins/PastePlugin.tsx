import { $insertGeneratedNodes, $handleRichTextDrop } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $addUpdateTag, $getSelection, $isRangeSelection, COMMAND_PRIORITY_NORMAL, DROP_COMMAND, PASTE_COMMAND, PASTE_TAG, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotice } from '../../ui/notices';
import { $isBlockFieldNode } from '../nodes/BlockFieldNode';
import { cleanPastedHtml } from '../paste/clean-pasted-html';
import { boundClipboardDepth, LEXICAL_CLIPBOARD_TYPE, readLexicalClipboard } from '../paste/lexical-clipboard';
import { $boundPastedDepth, $nodesFromLexicalClipboard, $pasteDepthBudget, type PastedNodes } from '../paste/pasted-nodes';
import { $nodesFromPlainText, asOneLine, hasSeveralLines } from '../paste/plain-text';
import { KNOWN_NODE_TYPES } from '../nodes';
import { MAX_CONTENT_DEPTH } from '@shared/model/content-limits';

/** Whether the caret (or selection) is in a one-line field of a block. */
function $selectionInOneLineField(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const node = selection.anchor.getNode();
  const field = $isBlockFieldNode(node) ? node : node.getParents().find($isBlockFieldNode);
  return !!field && !field.isMultiline() && field.is(selection.focus.getNode().getParents().find($isBlockFieldNode) ?? selection.focus.getNode());
}

/** What a paste inserts, from the richest format on the clipboard this editor can take. */
type Pasted = ({ kind: 'nodes' } & PastedNodes & { droppedImages: number }) | { kind: 'text'; text: string } | null;

/**
 * The content of a clipboard, in order of preference: Lexical's own JSON (a copy from Handbok keeps
 * its blocks), HTML (cleaned), plain text of several lines (paragraphs and lists), one line of text.
 * Every path ends in the same depth bound. Null when there is nothing to paste.
 */
function $pastedContent(editor: LexicalEditor, data: DataTransfer, budget: number): Pasted {
  const lexical = data.getData(LEXICAL_CLIPBOARD_TYPE);
  const fromLexical = lexical ? $nodesFromLexicalClipboard(lexical, editor, budget) : null;
  if (fromLexical) return { kind: 'nodes', ...$boundPastedDepth(fromLexical.nodes, budget), flattened: fromLexical.flattened, droppedImages: 0 };
  const html = data.getData('text/html');
  const text = data.getData('text/plain');
  if (html) {
    const { document, droppedImages } = cleanPastedHtml(html);
    return { kind: 'nodes', ...$boundPastedDepth($generateNodesFromDOM(editor, document), budget), droppedImages };
  }
  if (hasSeveralLines(text)) return { kind: 'nodes', ...$boundPastedDepth($nodesFromPlainText(text), budget), droppedImages: 0 };
  return text ? { kind: 'text', text } : null;
}

/**
 * Pastes HTML from Word, LibreOffice or the web as clean document content (see clean-pasted-html),
 * plain text of several lines as paragraphs and lists (see plain-text), and Lexical's own clipboard
 * format (a copy from Handbok) as blocks, read like any other input (see lexical-clipboard). A paste
 * into a one-line field becomes one line. Only a single line of plain text takes Lexical's own path.
 *
 * A drop of content dragged from a Lexical editor carries the same JSON and HTML, which Lexical would
 * insert as they are: it gets the same cleaning first.
 */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const notice = useNotice();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          PASTE_COMMAND,
          (event) => {
            const data = 'clipboardData' in event ? event.clipboardData : null;
            if (!data) return false;
            if (editor.getEditorState().read($selectionInOneLineField)) {
              // A title, a term, a role's name: what is pasted becomes one line, its lines joined by spaces.
              event.preventDefault();
              const html = data.getData('text/html');
              const htmlLines = () => [...cleanPastedHtml(html).document.body.children].map((element) => element.textContent ?? '').join('\n');
              const line = asOneLine(data.getData('text/plain') || (html ? htmlLines() : ''));
              editor.update(
                () => {
                  const selection = $getSelection();
                  if ($isRangeSelection(selection)) selection.insertText(line);
                },
                { tag: PASTE_TAG },
              );
              return true;
            }
            // One line of plain text, and nothing richer: Lexical inserts it as typed text.
            if (!data.types.includes(LEXICAL_CLIPBOARD_TYPE) && !data.getData('text/html') && !hasSeveralLines(data.getData('text/plain'))) return false;
            event.preventDefault();
            // Command listeners run inside an update: the paste is made in it, tagged as its own undo step.
            $addUpdateTag(PASTE_TAG);
            const selection = $getSelection();
            if (!selection) return true;
            const pasted = $pastedContent(editor, data, $pasteDepthBudget(selection));
            if (pasted?.kind === 'nodes') $insertGeneratedNodes(editor, pasted.nodes, selection);
            else if (pasted?.kind === 'text') selection.insertRawText(pasted.text);
            if (pasted?.kind === 'nodes' && pasted.droppedImages > 0) notice({ tone: 'info', text: t('editor.pasteImagesDropped', { count: pasted.droppedImages }) });
            if (pasted?.kind === 'nodes' && pasted.flattened) notice({ tone: 'info', text: t('editor.pasteFlattened') });
            return true;
          },
          COMMAND_PRIORITY_NORMAL,
        ),
        editor.registerCommand(DROP_COMMAND, (event) => $dropCleaned(editor, event), COMMAND_PRIORITY_NORMAL),
      ),
    [editor, notice, t],
  );
  return null;
}

/**
 * A drop that Lexical would insert from its JSON or HTML (a drag that started in a Lexical editor,
 * here or on a web page) is handed on with both cleaned as a paste cleans them; any other drop is
 * left to Lexical and the browser, which insert plain text.
 */
function $dropCleaned(editor: LexicalEditor, event: DragEvent): boolean {
  const data = event.dataTransfer;
  if (!data || data.types.includes('Files') || (!data.types.includes(LEXICAL_CLIPBOARD_TYPE) && !data.types.includes('text/html'))) return false;
  const cleaned = new DataTransfer();
  for (const type of data.types) {
    if (type === 'Files') continue;
    const value = data.getData(type);
    if (type === LEXICAL_CLIPBOARD_TYPE) {
      const nodes = readLexicalClipboard(value, { namespace: editor._config.namespace, knownTypes: KNOWN_NODE_TYPES });
      // Half the bound: where the drop lands is not known until Lexical resolves the point.
      if (nodes) cleaned.setData(type, JSON.stringify({ namespace: editor._config.namespace, nodes: boundClipboardDepth(nodes, MAX_CONTENT_DEPTH / 2) }));
    } else if (type === 'text/html') {
      cleaned.setData(type, cleanPastedHtml(value).document.body.innerHTML);
    } else {
      cleaned.setData(type, value);
    }
  }
  const drop = new DragEvent('drop', { dataTransfer: cleaned, clientX: event.clientX, clientY: event.clientY, bubbles: true, cancelable: true });
  const handled = $handleRichTextDrop(drop, editor);
  if (handled) event.preventDefault();
  return handled;
}
