import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, COMMAND_PRIORITY_NORMAL, PASTE_COMMAND, PASTE_TAG } from 'lexical';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotice } from '../../app/notices';
import { cleanPastedHtml } from '../paste/clean-pasted-html';

/** Lexical puts its own JSON on the clipboard; a paste of it keeps block types and is left to Lexical. */
const LEXICAL_CLIPBOARD_TYPE = 'application/x-lexical-editor';

/**
 * Pastes HTML from Word, LibreOffice or the web as clean document content (see clean-pasted-html).
 * A paste from Handbok itself (Lexical's JSON) and plain text take Lexical's own path.
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
          if (!data || !html || data.types.includes(LEXICAL_CLIPBOARD_TYPE)) return false;
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
