import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { useEffect } from 'react';
import { $isChapterNode } from '../nodes/ChapterNode';
import { $topBlockOf } from '../tree';

/**
 * Long documents stay fast because the browser skips the layout of the root's children (chapters, or
 * blocks in a short document) that are off screen (CSS `content-visibility: auto`). A skipped element
 * cannot hold the caret, though: Chrome puts a caret set inside a just-inserted, not yet laid out block
 * somewhere else. So the root's child that holds the selection is marked and always laid out.
 */
export function LongDocumentPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let current: HTMLElement | null = null;
    return editor.registerUpdateListener(({ editorState }) => {
      const key = editorState.read(() => {
        const selection = $getSelection();
        const block = $isRangeSelection(selection) ? $topBlockOf(selection.anchor.getNode()) : null;
        const parent = block?.getParent();
        return ($isChapterNode(parent) ? parent : block)?.getKey() ?? null;
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
