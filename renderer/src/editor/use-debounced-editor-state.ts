import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { EditorState } from 'lexical';
import { useEffect, useState } from 'react';

/**
 * The editor's state, refreshed a little after typing stops: panels beside a long document must not
 * do their work on every keystroke.
 */
export function useDebouncedEditorState(delayMs: number): EditorState {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState(() => editor.getEditorState());
  useEffect(() => {
    let timer: number | undefined;
    const unregister = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setState(editorState), delayMs);
    });
    return () => {
      window.clearTimeout(timer);
      unregister();
    };
  }, [editor, delayMs]);
  return state;
}
