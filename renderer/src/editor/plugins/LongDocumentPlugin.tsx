import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, type LexicalNode, type NodeKey } from 'lexical';
import { useEffect } from 'react';
import { $isChapterNode } from '../nodes/ChapterNode';
import { $topBlockOf } from '../tree';

/** The root's child that holds the selection (a chapter, or a block of a short document), and those beside it. */
function $laidOutKeys(): NodeKey[] {
  const selection = $getSelection();
  const block = $isRangeSelection(selection) ? $topBlockOf(selection.focus.getNode()) : null;
  const parent = block?.getParent();
  const current: LexicalNode | null | undefined = $isChapterNode(parent) ? parent : block;
  if (!current) return [];
  return [current.getPreviousSibling(), current, current.getNextSibling()].flatMap((node) => (node ? [node.getKey()] : []));
}

/**
 * Long documents stay fast because the browser skips the layout of the root's children (chapters, or
 * blocks in a short document) that are off screen (CSS `content-visibility: auto`). A skipped element
 * cannot hold the caret, though: Chrome puts a caret set inside a just-inserted, not yet laid out block
 * somewhere else, and the arrow keys cannot move into one. So the root's child that holds the selection
 * and its neighbours (where ↑ and ↓ lead out of it, and which a split has just made) are marked and
 * always laid out.
 */
export function LongDocumentPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let marked: HTMLElement[] = [];
    return editor.registerUpdateListener(({ editorState }) => {
      const elements = editorState.read($laidOutKeys).flatMap((key) => editor.getElementByKey(key) ?? []);
      if (elements.length === marked.length && elements.every((element, index) => element === marked[index])) return;
      for (const element of marked) element.classList.remove('editor__current');
      for (const element of elements) element.classList.add('editor__current');
      marked = elements;
    });
  }, [editor]);
  return null;
}
