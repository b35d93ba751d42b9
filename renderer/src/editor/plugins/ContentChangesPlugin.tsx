import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useEffect } from 'react';
import { ContentSerializer } from '../content-serializer';

/**
 * The tag of an update that puts in content another window saved: it is stored already, so it is
 * not reported as a change (two windows would otherwise echo each other's saves forever).
 */
export const STORED_CONTENT_TAG = 'handbok-stored-content';

/**
 * Reports every change of the content (not of the selection alone) with a function that serialises
 * the content when called: the autosave calls it only when it saves, and the serialiser redoes only
 * what changed (see content-serializer.ts).
 */
export function ContentChangesPlugin({ onChange }: { onChange: (serialize: () => string) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const serializer = new ContentSerializer(editor);
    const serialize = () => serializer.serialize();
    return mergeRegister(
      serializer.register(),
      serializer.warmUp(),
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        // As Lexical's OnChangePlugin: not the first state, not a selection move, not a merge into history.
        if (prevEditorState.isEmpty() || tags.has(HISTORY_MERGE_TAG) || tags.has(STORED_CONTENT_TAG)) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        onChange(serialize);
      }),
    );
  }, [editor, onChange]);
  return null;
}
