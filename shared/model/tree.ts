import type { SerializedContent, SerializedNode } from './content';
import { IMAGE_TYPE } from './rich-nodes';

/**
 * Reading the content tree, written once for everyone who walks it: the exporters, the quality
 * checks, the references, the synthetic handbook and the benchmark. Content has passed the gate
 * (normalizeContent), so it nests no deeper than MAX_CONTENT_DEPTH and a recursion here cannot
 * overflow; `descendants` still walks with a stack of its own, as it is the one that visits everything.
 */

/** A node's children; none for a node that holds none (text, an image). */
export const childrenOf = (node: SerializedNode): SerializedNode[] => (Array.isArray(node.children) ? (node.children as SerializedNode[]) : []);

/** Every node below the given ones, in document order (depth first), the given ones included. */
export function* descendants(nodes: readonly SerializedNode[]): Generator<SerializedNode> {
  const stack = [...nodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    yield node;
    const children = childrenOf(node);
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
  }
}

/**
 * The text of a node and everything in it, as one string. A footnote keeps its text on the node
 * itself: it is part of the running text only when asked for (`footnotes: true`), as when deciding
 * whether a field has been written in at all.
 */
export function textOf(node: SerializedNode, options?: { footnotes?: boolean }): string {
  return collectText(node, options?.footnotes === true);
}

/** Concatenated in one pass: the quality checks and the exporters ask for the text of every line. */
function collectText(node: SerializedNode, footnotes: boolean): string {
  if (node.type === 'text' || (footnotes && node.type === 'footnote')) return typeof node.text === 'string' ? node.text : '';
  const children = node.children;
  if (!Array.isArray(children)) return '';
  let text = '';
  for (const child of children as SerializedNode[]) text += collectText(child, footnotes);
  return text;
}

/** Whether anything has been written in the node, a footnote included. */
export const hasText = (node: SerializedNode): boolean => textOf(node, { footnotes: true }).trim() !== '';

/** A structured block's field by name. */
export function fieldOf(block: SerializedNode, name: string): SerializedNode | undefined {
  return childrenOf(block).find((child) => child.field === name);
}

/** The items (steps, goals, months, levels) held by a block's items field. */
export function itemsOf(block: SerializedNode, name: string): SerializedNode[] {
  const value = fieldOf(block, name);
  return value ? childrenOf(value).filter((child) => Array.isArray(child.children)) : [];
}

/** A string property of a node, or '' when it is missing or not a string. */
export function stringOf(node: SerializedNode, key: string): string {
  const value = node[key];
  return typeof value === 'string' ? value : '';
}

/** Elements that live inside a line of text rather than being lines themselves. */
const INLINE_ELEMENTS = new Set(['link', 'autolink']);

/** Whether a node is a line of its own or holds lines (a paragraph, a list item, a block's field), not part of a line (a link). */
export const isLineContainer = (node: SerializedNode): boolean => Array.isArray(node.children) && !INLINE_ELEMENTS.has(node.type);

/**
 * All text of the content in reading order, one line per block, a footnote's text where its mark
 * stands and an image's caption where the image stands: for search, word counts, the import review
 * and tests.
 */
export function contentPlainText(value: SerializedContent): string {
  const lines: string[] = [];
  const walk = (node: SerializedNode, line: string[]): void => {
    if (typeof node.text === 'string') line.push(node.text);
    if (node.type === IMAGE_TYPE && typeof node.caption === 'string') line.push(node.caption);
    const children = childrenOf(node);
    // A link holds text but is no block: its words stay on their paragraph's line.
    if (children.some(isLineContainer)) for (const child of children) walkBlock(child);
    else for (const child of children) walk(child, line);
  };
  const walkBlock = (node: SerializedNode) => {
    const line: string[] = [];
    walk(node, line);
    if (line.length) lines.push(line.join(''));
  };
  for (const child of value.root.children) walkBlock(child);
  return lines.join('\n');
}
