import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs } from '@lexical/utils';
import type { SerializedContent } from '@shared/model/content';
import { HISTORY_MERGE_TAG, type SerializedEditorState } from 'lexical';
import { useEffect } from 'react';

/**
 * Puts the stored content into the editor once every other plugin has registered, and runs their
 * transforms over it in one pass (so a run styled in a stored file is shown plain, a damaged block is
 * repaired on screen). The editor starts empty for this: Lexical runs a transform registered on an
 * editor that already holds content over the nodes it applies to, each registration in a pass of its
 * own over everything marked before, and opening a 300-page handbook spent about half a second in some
 * fourteen such passes. Neither step is a change to save or to undo.
 */
export function InitialContentPlugin({ content }: { content: SerializedContent }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editor.setEditorState(editor.parseEditorState(content as unknown as SerializedEditorState), { tag: HISTORY_MERGE_TAG });
    editor.update(
      () => {
        for (const { node } of $dfs()) node.markDirty();
      },
      { tag: HISTORY_MERGE_TAG },
    );
  }, [editor, content]);
  return null;
}
