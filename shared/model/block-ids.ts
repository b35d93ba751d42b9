import type { SerializedContent, SerializedNode } from './content';
import { isItemBlockType } from './blocks';

/**
 * Stable block identities. Every top-level block of a document and every item of a structured block
 * (a method step, a goal, a month, a stage) carries a persistent id, so that a compare, a merge between
 * windows and later collaboration align blocks by who they are rather than by where they stand or what
 * they say. The id lives in Lexical's node state (the `$` field of the node's JSON), which Lexical
 * keeps through import, export, undo and moves for every node class, its own and ours.
 */
export const BLOCK_ID_STATE_KEY = 'blockId';

type NodeState = Record<string, unknown>;

/** The node's id, or null when it has none (content written before ids, or a node just created). */
export function blockIdOf(node: SerializedNode): string | null {
  const state = node.$ as NodeState | undefined;
  const id = state?.[BLOCK_ID_STATE_KEY];
  return typeof id === 'string' && id !== '' ? id : null;
}

/** Whether a node of this type at this place carries an id: a child of the root, or an item block wherever it stands. */
export const isIdentifiedPlace = (type: string, parentIsRoot: boolean): boolean => parentIsRoot || isItemBlockType(type);

/** Every node that carries an id, in document order. */
export function* identifiedNodes(content: SerializedContent): Generator<{ node: SerializedNode }> {
  const stack: { node: SerializedNode; top: boolean }[] = content.root.children.map((node) => ({ node, top: true })).reverse();
  while (stack.length) {
    const { node, top } = stack.pop()!;
    if (isIdentifiedPlace(node.type, top)) yield { node };
    const children = Array.isArray(node.children) ? (node.children as SerializedNode[]) : [];
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push({ node: children[index]!, top: false });
  }
}

/**
 * The content with an id on every node that must carry one: a missing id is made, and of two nodes with
 * the same id (a block pasted twice, content put together by hand) the later gets a new one. Nodes are
 * copied only where an id changes; content that already has all its ids is returned as it is.
 */
export function withBlockIds(content: SerializedContent, newId: () => string = () => crypto.randomUUID()): SerializedContent {
  const seen = new Set<string>();
  const needing = new Set<SerializedNode>();
  for (const { node } of identifiedNodes(content)) {
    const id = blockIdOf(node);
    if (id === null || seen.has(id)) needing.add(node);
    else seen.add(id);
  }
  if (needing.size === 0) return content;
  const copy = (node: SerializedNode): SerializedNode => {
    const children = Array.isArray(node.children) ? (node.children as SerializedNode[]) : null;
    const copiedChildren = children?.map(copy);
    const changedChildren = copiedChildren !== undefined && copiedChildren.some((child, index) => child !== children![index]);
    if (!needing.has(node) && !changedChildren) return node;
    const next: SerializedNode = { ...node, ...(changedChildren ? { children: copiedChildren } : {}) };
    if (needing.has(node)) {
      let id = newId();
      while (seen.has(id)) id = newId();
      seen.add(id);
      next.$ = { ...((node.$ as NodeState | undefined) ?? {}), [BLOCK_ID_STATE_KEY]: id };
    }
    return next;
  };
  return { ...content, root: { ...content.root, children: content.root.children.map(copy) } };
}

/** The content without its ids: a copy into another document takes new ones there. */
export function withoutBlockIds(content: SerializedContent): SerializedContent {
  const strip = (node: SerializedNode): SerializedNode => {
    const { $: state, ...rest } = node;
    const next: SerializedNode = { ...rest } as SerializedNode;
    if (state && typeof state === 'object') {
      const { [BLOCK_ID_STATE_KEY]: _id, ...others } = state as NodeState;
      if (Object.keys(others).length) next.$ = others;
    }
    if (Array.isArray(node.children)) next.children = (node.children as SerializedNode[]).map(strip);
    return next;
  };
  return { ...content, root: { ...content.root, children: content.root.children.map(strip) } };
}
