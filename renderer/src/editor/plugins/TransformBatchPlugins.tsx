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

/** From now until endTransformBatch, a transform registered on the editor is added and not yet run. */
function startTransformBatch(editor: LexicalEditor): void {
  const types = new Set<string>();
  batches.set(editor, { types, original: editor.registerNodeTransform });
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
}

/** Registration as Lexical does it again, and the transforms registered meanwhile run over the content, in one pass. */
function endTransformBatch(editor: LexicalEditor): void {
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
}

export function TransformBatchStartPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => startTransformBatch(editor), [editor]);
  return null;
}

export function TransformBatchEndPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => endTransformBatch(editor), [editor]);
  return null;
}
