import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $addUpdateTag, COMMAND_PRIORITY_EDITOR, createCommand, HISTORY_PUSH_TAG, type LexicalCommand, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { $convertSelection } from '../convert/convert-selection';
import type { ConversionTarget } from '../convert/recognise-blocks';

/** Turns the selected text, or the list the caret is in, into blocks of one type ("Gör om till…"). */
export const CONVERT_TO_BLOCKS_COMMAND: LexicalCommand<ConversionTarget> = createCommand('CONVERT_TO_BLOCKS_COMMAND');

/** Registered on its own so that tests can run it on a headless editor. */
export function registerBlockConversion(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    CONVERT_TO_BLOCKS_COMMAND,
    (target) => {
      const converted = $convertSelection(target);
      // Its own step in the history, even straight after a paste or typing: one Ctrl+Z gives the text back.
      if (converted) $addUpdateTag(HISTORY_PUSH_TAG);
      return converted;
    },
    COMMAND_PRIORITY_EDITOR,
  );
}

export function ConvertBlocksPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerBlockConversion(editor), [editor]);
  return null;
}
