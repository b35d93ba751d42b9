import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { useEffect } from 'react';
import { $rootChildOf } from '../tree';

/**
 * Long documents stay fast because the browser skips the layout of top-level elements that are off
 * screen (CSS `content-visibility: auto`). A skipped element cannot hold the caret, though: Chrome
 * puts a caret set inside a just-inserted, not yet laid out block somewhere else. So the top-level
 * element that holds the selection is marked and always laid out.
 */
export function LongDocumentPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let current: HTMLElement | null = null;
    return editor.registerUpdateListener(({ editorState }) => {
      const key = editorState.read(() => {
        const selection = $getSelection();
        return $isRangeSelection(selection) ? ($rootChildOf(selection.anchor.getNode())?.getKey() ?? null) : null;
      });
      const element = key ? editor.getElementByKey(key) : null;
      if (element === current) return;
      current?.classList.remove('editor__current');
      element?.classList.add('editor__current');
      current = element;
    });
  }, [editor]);
  return null;
}
