import { $generateNodesFromSerializedNodes } from '@lexical/clipboard';
import { MAX_CONTENT_DEPTH } from '@shared/model/content-limits';
import {
  $createParagraphNode,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  type BaseSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { KNOWN_NODE_TYPES } from '../nodes';
import { flattenTooDeep, type TreeAccess } from './depth';
import { boundClipboardDepth, readLexicalClipboard } from './lexical-clipboard';

/** Nodes ready to insert, and whether structure deeper than the bound was made into paragraphs. */
export interface PastedNodes {
  nodes: LexicalNode[];
  flattened: boolean;
}

/**
 * How many levels pasted content may take at the selection: the bound on stored content less the
 * depth of the block the caret is in (a paste into a list item in a table cell has less room).
 */
export function $pasteDepthBudget(selection: BaseSelection): number {
  if (!$isRangeSelection(selection)) return MAX_CONTENT_DEPTH;
  const anchor = selection.anchor.getNode();
  const block = $isElementNode(anchor) && !anchor.isInline() ? anchor : anchor.getParents().find((parent) => !parent.isInline());
  const blockDepth = block ? block.getParents().length : 1;
  return MAX_CONTENT_DEPTH - Math.max(1, blockDepth) + 1;
}

const LEXICAL_TREE: TreeAccess<LexicalNode> = {
  children: (node) => ($isElementNode(node) ? node.getChildren() : null),
  isInline: (node) => $isElementNode(node) && node.isInline(),
};

/** A line of text from structure deeper than the bound, as a paragraph; null when it has no text. */
function $paragraphOf(leaves: LexicalNode[]): LexicalNode | null {
  const runs = leaves.filter((leaf) => $isTextNode(leaf) || $isLineBreakNode(leaf));
  return runs.length ? $createParagraphNode().append(...runs) : null;
}

/** The nodes, none reaching deeper than the budget (see flattenTooDeep). */
export function $boundPastedDepth(nodes: LexicalNode[], budget: number): PastedNodes {
  const bounded = flattenTooDeep(nodes, budget, LEXICAL_TREE, $paragraphOf);
  return { nodes: bounded, flattened: bounded.length !== nodes.length || bounded.some((node, index) => node !== nodes[index]) };
}

/**
 * The nodes of a paste in Lexical's own clipboard format (a copy from Handbok keeps its blocks), read
 * as any other input (see lexical-clipboard.ts) and bounded in depth before Lexical builds them (which
 * it does recursively); null when the payload is not one this editor can take.
 */
export function $nodesFromLexicalClipboard(data: string, editor: LexicalEditor, budget: number): PastedNodes | null {
  const serialized = readLexicalClipboard(data, { namespace: editor._config.namespace, knownTypes: KNOWN_NODE_TYPES });
  if (!serialized) return null;
  const bounded = boundClipboardDepth(serialized, budget);
  const flattened = bounded.length !== serialized.length || bounded.some((node, index) => node !== serialized[index]);
  try {
    return { nodes: $generateNodesFromSerializedNodes(bounded), flattened };
  } catch {
    // A shape Lexical cannot build (a field where it does not belong): the HTML or text that came with it is pasted instead.
    return null;
  }
}
