import { principleNumbers } from '../model/blocks';
import type { SerializedNode } from '../model/content';
import { headingLevelOfTag } from '../model/headings';

/**
 * Reading the content JSON the way every exporter does: a node's children, its plain text, and the
 * named fields and items of a structured block.
 */
export const childrenOf = (node: SerializedNode): SerializedNode[] => (Array.isArray(node.children) ? (node.children as SerializedNode[]) : []);

/** The plain text of a node and everything in it. */
export function plainText(node: SerializedNode): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  return childrenOf(node).map(plainText).join('');
}

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

/** A heading's level, 1 to 3 (h4–h6 from older content count as 3). */
export function headingLevel(node: SerializedNode): number {
  return headingLevelOfTag(node.tag);
}

/** Each top-level principle's number: consecutive principles count 1, 2, 3 … */
export function principleNumbering(nodes: readonly SerializedNode[]): Map<SerializedNode, number> {
  const numbers = new Map<SerializedNode, number>();
  principleNumbers(nodes.map((node) => node.type)).forEach((number, index) => {
    if (number !== null) numbers.set(nodes[index]!, number);
  });
  return numbers;
}

const BOLD = 1;

/**
 * Whether a paragraph is a bold line: text that is bold throughout, which writers use as a small heading
 * ("Gör mindre av"). Like a heading it must not end a page alone, so both exporters keep it with what
 * follows. Runs of spaces and inline nodes without text (a line break, a footnote mark) do not count.
 */
export function isBoldLine(paragraph: SerializedNode): boolean {
  const runs: SerializedNode[] = [];
  const collect = (node: SerializedNode) => {
    if (node.type === 'text') {
      if (plainText(node).trim()) runs.push(node);
    } else if (node.type !== 'footnote') childrenOf(node).forEach(collect);
  };
  childrenOf(paragraph).forEach(collect);
  return runs.length > 0 && runs.every((run) => (Number(run.format) & BOLD) === BOLD);
}
