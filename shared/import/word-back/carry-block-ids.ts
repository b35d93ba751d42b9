import { BLOCK_ID_STATE_KEY, blockIdOf, isIdentifiedPlace } from '../../model/block-ids';
import { BLOCK_FIELD_TYPE } from '../../model/blocks';
import type { SerializedContent, SerializedNode } from '../../model/content';
import { childrenOf } from '../../model/tree';
import { alignBlocks } from '../../text/compare';

/**
 * A Word file carries no block ids: what comes back from Word is, block by block, either the version's
 * block (edited or not) or a new one. Each block of the imported content that the compare pairs with a
 * block of the version takes that block's id, and each item of a paired structured block (a step, a
 * goal) its item's id; so the new draft keeps the identities of the version it was made from, and a
 * later compare, merge or move follows the blocks by who they are rather than by what they say.
 * Blocks the compare does not pair stay without an id and get a new one when stored.
 */
export function withIdsOf(base: SerializedContent, imported: SerializedContent): SerializedContent {
  return { ...imported, root: { ...imported.root, children: carried(base.root.children, imported.root.children, true) } };
}

function carried(before: readonly SerializedNode[], after: readonly SerializedNode[], top: boolean): SerializedNode[] {
  const pairs = alignBlocks(before, after);
  const sourceOf = new Map([...pairs].map(([from, to]) => [to, from]));
  return after.map((node, index) => {
    const from = sourceOf.get(index);
    if (from === undefined || !isIdentifiedPlace(node.type, top)) return node;
    return withFieldIds(withIdOf(before[from]!, node), before[from]!);
  });
}

function withIdOf(source: SerializedNode, node: SerializedNode): SerializedNode {
  const id = blockIdOf(source);
  if (id === null) return node;
  const state = (node.$ as Record<string, unknown> | undefined) ?? {};
  return { ...node, $: { ...state, [BLOCK_ID_STATE_KEY]: id } };
}

/** A structured block's fields, each paired by its name: the items inside take their ids the same way. */
function withFieldIds(node: SerializedNode, source: SerializedNode): SerializedNode {
  if (!Array.isArray(node.children)) return node;
  const sourceFields = new Map(childrenOf(source).filter((child) => child.type === BLOCK_FIELD_TYPE).map((child) => [String(child.field), child]));
  if (sourceFields.size === 0) return node;
  const children = childrenOf(node).map((child) => {
    const sourceField = child.type === BLOCK_FIELD_TYPE ? sourceFields.get(String(child.field)) : undefined;
    return sourceField ? { ...child, children: carried(childrenOf(sourceField), childrenOf(child), false) } : child;
  });
  return { ...node, children };
}
