import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { shortcutFor } from '../shortcuts';

/** Runs Handbok's own keyboard shortcuts (see shortcuts.ts); Lexical's own are left to Lexical. */
export function ShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const shortcut = shortcutFor(event);
          if (!shortcut?.run || (shortcut.when && !shortcut.when())) return false;
          event.preventDefault();
          shortcut.run(editor);
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );
  return null;
}
