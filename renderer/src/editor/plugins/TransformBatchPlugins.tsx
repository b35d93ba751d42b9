import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $getRoot, $isElementNode, HISTORY_MERGE_TAG, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import { useEffect } from 'react';

/*
 * Lexical runs a transform, when it is registered on an editor that holds content already, over every
 * node of its class: each registration in an update of its own, which runs every transform over
 * everything marked so far. With some fourteen registrations that cost opening a 300-page handbook
 * about 400 ms. Between these two plugins (the first and the last of the editor's), registrations
 * only add their transform; the last runs them over the nodes of those classes in one pass, as
 * content that is not to be saved or undone.
 */

type RegisteredNode = ReturnType<LexicalEditor['getRegisteredNode']>;

const batches = new WeakMap<LexicalEditor, { registered: Set<RegisteredNode>; original: LexicalEditor['registerNodeTransform'] }>();

/** From now until endTransformBatch, a transform registered on the editor is added and not yet run. */
function startTransformBatch(editor: LexicalEditor): void {
  const registered = new Set<RegisteredNode>();
  batches.set(editor, { registered, original: editor.registerNodeTransform });
  editor.registerNodeTransform = (klass, listener) => {
    const nodes = [editor.getRegisteredNode(klass)];
    const replacement = nodes[0]!.replaceWithKlass;
    if (replacement) nodes.push(editor.getRegisteredNode(replacement));
    for (const node of nodes) {
      node.transforms.add(listener as never);
      registered.add(node);
    }
    return () => {
      for (const node of nodes) node.transforms.delete(listener as never);
    };
  };
}

/**
 * Registration as Lexical does it again, and the transforms registered meanwhile run over the content,
 * in one pass. Each is called on every node of its class directly, rather than by marking the nodes
 * dirty as Lexical does: a node then becomes dirty, and is drawn again, only if a transform changes it
 * (Lexical runs the transforms on it again, as on any change), and not every node of the document.
 */
function endTransformBatch(editor: LexicalEditor): void {
  const batch = batches.get(editor);
  if (!batch) return;
  batches.delete(editor);
  editor.registerNodeTransform = batch.original;
  const transformsOf = new Map([...batch.registered].map((node) => [node.klass.getType(), node.transforms]));
  editor.update(
    () => {
      for (const key of $keysInDocumentOrder((node) => transformsOf.has(node.getType()))) {
        for (const transform of transformsOf.get($getNodeByKey(key)?.getType() ?? '') ?? []) {
          const node = $getNodeByKey(key);
          if (!node?.isAttached()) break;
          transform(node);
        }
      }
    },
    { tag: HISTORY_MERGE_TAG },
  );
}

/** The keys of the nodes `wanted` picks, root first, each element before its children (as $dfs, at a fraction of its cost). */
function $keysInDocumentOrder(wanted: (node: LexicalNode) => boolean): NodeKey[] {
  const keys: NodeKey[] = [];
  const visit = (node: LexicalNode) => {
    if (wanted(node)) keys.push(node.getKey());
    if (!$isElementNode(node)) return;
    for (let child = node.getFirstChild(); child; child = child.getNextSibling()) visit(child);
  };
  visit($getRoot());
  return keys;
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
