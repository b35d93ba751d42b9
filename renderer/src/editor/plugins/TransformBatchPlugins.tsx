import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs } from '@lexical/utils';
import { HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';

/*
 * Lexical runs a transform, when it is registered on an editor that holds content already, over every
 * node of its class: each registration in an update of its own, which runs every transform over
 * everything marked so far. With some fourteen registrations that cost opening a 300-page handbook
 * about 400 ms. Between these two plugins (the first and the last of the editor's), registrations
 * only add their transform; the last marks the nodes of all those classes once, and the transforms
 * run in one pass, as content that is not to be saved or undone.
 */

const batches = new WeakMap<LexicalEditor, { types: Set<string>; original: LexicalEditor['registerNodeTransform'] }>();

export function TransformBatchStartPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const types = new Set<string>();
    const original = editor.registerNodeTransform;
    batches.set(editor, { types, original });
    editor.registerNodeTransform = (klass, listener) => {
      const registered = [editor.getRegisteredNode(klass)];
      const replacement = registered[0]!.replaceWithKlass;
      if (replacement) registered.push(editor.getRegisteredNode(replacement));
      for (const node of registered) {
        node.transforms.add(listener as never);
        types.add(node.klass.getType());
      }
      return () => {
        for (const node of registered) node.transforms.delete(listener as never);
      };
    };
  }, [editor]);
  return null;
}

export function TransformBatchEndPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const batch = batches.get(editor);
    if (!batch) return;
    batches.delete(editor);
    editor.registerNodeTransform = batch.original;
    editor.update(
      () => {
        for (const { node } of $dfs()) if (batch.types.has(node.getType())) node.markDirty();
      },
      { tag: HISTORY_MERGE_TAG },
    );
  }, [editor]);
  return null;
}
