import { blockIdOf } from '@shared/model/block-ids';
import type { SerializedContent, SerializedNode } from '@shared/model/content';
import { descendants, textOf } from '@shared/model/tree';
import { headingLevel, headingNumbering } from '@shared/render/layout/body';

/** A heading of the reading page as the contents sidebar lists it. */
export interface ReadingHeading {
  node: SerializedNode;
  /** The element id on the page. */
  id: string;
  level: 1 | 2 | 3;
  /** The outline number ("2.1") when the document numbers its headings, else ''. */
  number: string;
  text: string;
}

/**
 * The top-level headings in document order, numbered as the exports number them. Their ids are made
 * from their place, not their text, so that two headings with the same words stay two targets.
 */
export function readingHeadings(content: SerializedContent): ReadingHeading[] {
  const numbers = headingNumbering(content);
  return content.root.children
    .filter((node) => node.type === 'heading')
    .map((node, index) => ({ node, id: `lasrubrik-${index + 1}`, level: headingLevel(node), number: numbers.get(node) ?? '', text: textOf(node).trim() }));
}

/**
 * The top-level block that holds each block id of the content: a top-level block holds itself, an item
 * (a method step, a goal) the block it stands in. The page marks and scrolls to top-level blocks, so an
 * address naming a step opens at its method guide.
 */
export function blockOwners(content: SerializedContent): Map<string, string> {
  const owners = new Map<string, string>();
  for (const top of content.root.children) {
    const topId = blockIdOf(top);
    if (topId === null) continue;
    for (const node of descendants([top])) {
      const id = blockIdOf(node);
      if (id !== null && !owners.has(id)) owners.set(id, topId);
    }
  }
  return owners;
}
