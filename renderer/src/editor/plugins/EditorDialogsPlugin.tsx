import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  type BaseSelection,
  type LexicalCommand,
} from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { FootnoteDialog } from '../dialogs/FootnoteDialog';
import { ImageDialog } from '../dialogs/ImageDialog';
import { LinkDialog } from '../dialogs/LinkDialog';
import { INSERT_FOOTNOTE_COMMAND, INSERT_IMAGE_COMMAND } from './EmbedsPlugin';

/** Ask for what an insert needs (an address, an image and its alt text, a footnote's text) first. */
export const REQUEST_LINK_COMMAND: LexicalCommand<void> = createCommand('REQUEST_LINK_COMMAND');
export const REQUEST_IMAGE_COMMAND: LexicalCommand<void> = createCommand('REQUEST_IMAGE_COMMAND');
export const REQUEST_FOOTNOTE_COMMAND: LexicalCommand<void> = createCommand('REQUEST_FOOTNOTE_COMMAND');

type Open = { kind: 'link'; url: string | null } | { kind: 'image' } | { kind: 'footnote' } | null;

/**
 * Shows the dialog an insert asks for. The selection is kept while the dialog has focus and put back
 * before inserting, so the link, image or footnote lands where the writer was.
 */
export function EditorDialogsPlugin() {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState<Open>(null);
  const savedSelection = useRef<BaseSelection | null>(null);

  useEffect(() => {
    const request = (dialog: Open) => () => {
      savedSelection.current = $getSelection()?.clone() ?? null;
      setOpen(dialog);
      return true;
    };
    return mergeRegister(
      editor.registerCommand(
        REQUEST_LINK_COMMAND,
        () => {
          const selection = $getSelection();
          const node = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
          const link = node && ($isLinkNode(node) ? node : node.getParents().find($isLinkNode));
          return request({ kind: 'link', url: link ? link.getURL() : null })();
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(REQUEST_IMAGE_COMMAND, request({ kind: 'image' }), COMMAND_PRIORITY_EDITOR),
      editor.registerCommand(REQUEST_FOOTNOTE_COMMAND, request({ kind: 'footnote' }), COMMAND_PRIORITY_EDITOR),
    );
  }, [editor]);

  const close = () => {
    setOpen(null);
    editor.focus();
  };
  const finish = (run: () => void) => {
    setOpen(null);
    editor.update(() => {
      const saved = savedSelection.current;
      if (saved && $stillInDocument(saved)) $setSelection(saved.clone());
      run();
    });
    editor.focus();
  };

  if (open?.kind === 'link') {
    return (
      <LinkDialog
        initialUrl={open.url}
        onClose={close}
        onSubmit={(url) => finish(() => editor.dispatchCommand(TOGGLE_LINK_COMMAND, url))}
      />
    );
  }
  if (open?.kind === 'image') {
    return <ImageDialog onClose={close} onSubmit={(image) => finish(() => editor.dispatchCommand(INSERT_IMAGE_COMMAND, image))} />;
  }
  if (open?.kind === 'footnote') {
    return <FootnoteDialog onClose={close} onSubmit={(text) => finish(() => editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, text))} />;
  }
  return null;
}

/**
 * Whether a selection saved when the dialog opened still points into the document. The command that
 * opened it may have removed the node the caret stood in (the slash menu removes its "/bild"), and a
 * selection on a removed node makes the insert fail; then the insert goes where the caret is now.
 */
function $stillInDocument(selection: BaseSelection): boolean {
  if ($isRangeSelection(selection)) return [selection.anchor, selection.focus].every((point) => $getNodeByKey(point.key)?.isAttached() === true);
  try {
    return selection.getNodes().every((node) => node.isAttached());
  } catch {
    return false;
  }
}
