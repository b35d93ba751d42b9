import type { SerializedContent, SerializedNode } from './content';
import { newestVersionOf } from './node-types';

/**
 * Content may hold node types this version of the editor does not know (written by a newer Handbok,
 * or by a plugin that is gone). Lexical refuses to load such content, so before loading, each unknown
 * node is wrapped in a placeholder node that carries it untouched; after editing, the placeholders are
 * unwrapped again. Stored content therefore never contains a placeholder, and never loses a node.
 */
export const UNKNOWN_NODE_TYPE = 'handbok-unknown';

export interface SerializedUnknownNode extends SerializedNode {
  type: typeof UNKNOWN_NODE_TYPE;
  /** The node exactly as it was stored. */
  original: SerializedNode;
  /** Whether it stood among text (inside a paragraph or heading) or as a block of its own. */
  inline: boolean;
}

/** Parents whose children are blocks; anywhere else an unknown node stands among text. */
const BLOCK_CONTAINERS = new Set(['root', 'list', 'tablecell']);
const isBlockContainer = (node: SerializedNode) => BLOCK_CONTAINERS.has(node.type) || (node.type === 'block-field' && node.multiline === true);

function mapChildren(node: SerializedNode, map: (child: SerializedNode, parent: SerializedNode) => SerializedNode): SerializedNode {
  if (!Array.isArray(node.children)) return node;
  return { ...node, children: (node.children as SerializedNode[]).map((child) => map(child, node)) };
}

export function wrapUnknownNodes(content: SerializedContent, knownTypes: ReadonlySet<string>): SerializedContent {
  const wrap = (node: SerializedNode, parent: SerializedNode): SerializedNode => {
    // A node of a known type but a newer version (written by a newer Handbok, in a shape this one does
    // not understand) is carried as unknown too.
    if (!knownTypes.has(node.type) || node.version > newestVersionOf(node.type)) {
      const placeholder: SerializedUnknownNode = {
        type: UNKNOWN_NODE_TYPE,
        version: 1,
        original: node,
        inline: !isBlockContainer(parent),
      };
      return placeholder;
    }
    return mapChildren(node, wrap);
  };
  return { ...content, root: mapChildren(content.root, wrap) as SerializedContent['root'] };
}

export function unwrapUnknownNodes(content: SerializedContent): SerializedContent {
  const unwrap = (node: SerializedNode): SerializedNode =>
    node.type === UNKNOWN_NODE_TYPE ? (node as SerializedUnknownNode).original : mapChildren(node, unwrap);
  return { ...content, root: mapChildren(content.root, unwrap) as SerializedContent['root'] };
}
