import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { spareReactTheSelectionWalk } from '../react-selection-walk';

/** Keeps React's commits from walking the document to the caret (see react-selection-walk.ts). */
export function ReactSelectionWalkPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let restore = () => undefined as void;
    const unregister = editor.registerRootListener((root) => {
      restore();
      restore = root ? spareReactTheSelectionWalk(root) : () => undefined;
    });
    return () => {
      unregister();
      restore();
    };
  }, [editor]);
  return null;
}
