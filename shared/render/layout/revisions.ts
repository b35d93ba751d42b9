import type { SerializedContent, SerializedNode } from '../../model/content';
import { childrenOf } from '../../model/tree';

/**
 * The marks of a comparison export ("med ändringar mot version 2.1"): a node of the body that the
 * newer version added or the older one had and the newer has not. The marks live under a symbol, so
 * that no content read from a file can carry one (JSON has no symbols) and a document exported
 * without a comparison is never marked; they are set only on the copies a comparison makes
 * (layout/changes.ts). A node marked as a whole has every node under it marked too, so that each
 * format finds the mark wherever it looks: on a paragraph, a table row, a run of text.
 */

export type Revision = 'inserted' | 'deleted';

/**
 * What a comparison export is compared with: the older version's content, what it is called in the
 * export ("version 2.1"), and who made the comparison and when (the Word file's revisions carry both).
 */
export interface ChangesAgainst {
  content: SerializedContent;
  label: string;
  author: string;
  /** ISO 8601 time. */
  date: string;
}

const REVISION = Symbol('revision');
type Marked = SerializedNode & { [REVISION]?: Revision };

/** The node's mark, if a comparison gave it one. */
export const revisionOf = (node: SerializedNode): Revision | undefined => (node as Marked)[REVISION];

/** A copy of the node with the given mark. */
export function withRevision<Node extends SerializedNode>(node: Node, revision: Revision): Node {
  const copy = { ...node } as Node & Marked;
  copy[REVISION] = revision;
  return copy;
}

/** A copy of the node and everything in it, each marked: a whole paragraph, block or row inserted or deleted. */
export function markedWhole(node: SerializedNode, revision: Revision): SerializedNode {
  const copy = withRevision(node, revision);
  if (Array.isArray(node.children)) copy.children = childrenOf(node).map((child) => markedWhole(child, revision));
  return copy;
}

/** The one mark all the given nodes share (inserted or deleted alike), or undefined when they differ or there are none. */
export function commonRevision(nodes: readonly SerializedNode[]): Revision | undefined {
  const first = nodes[0] && revisionOf(nodes[0]);
  return first && nodes.every((node) => revisionOf(node) === first) ? first : undefined;
}

/** The text of a node as one side of the comparison reads it: what the other side alone has left out. */
function sideText(node: SerializedNode, leaveOut: Revision): string {
  if (revisionOf(node) === leaveOut) return '';
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  let text = '';
  for (const child of childrenOf(node)) text += sideText(child, leaveOut);
  return text;
}

/** The newer version's text of a node (what it reads once every change is accepted). */
export const afterText = (node: SerializedNode): string => sideText(node, 'deleted');

/** The older version's text of a node (what it reads once every change is rejected). */
export const beforeText = (node: SerializedNode): string => sideText(node, 'inserted');
