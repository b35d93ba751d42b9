import { diff3Merge } from 'node-diff3';
import type { SerializedContent, SerializedNode } from './content';

/** Where both sides changed the same blocks differently: what each side has there. */
export interface ContentConflict {
  mine: SerializedNode[];
  theirs: SerializedNode[];
}

export type ContentMerge = { ok: true; content: SerializedContent } | { ok: false; conflicts: ContentConflict[] };

/**
 * Merges two editors' changes to one document, block by block (the top-level children), from the
 * content both started from: a three-way merge as version control does it for lines. Changes to
 * different blocks both survive, also when the blocks are neighbours; blocks both sides inserted at
 * the same place are all kept, this side's first. Only where both changed or removed the same block
 * differently is there a conflict, which the user must settle.
 */
export function mergeContent(base: SerializedContent, mine: SerializedContent, theirs: SerializedContent): ContentMerge {
  const texts = (content: SerializedContent) => content.root.children.map((node) => JSON.stringify(node));
  const merged: string[] = [];
  const conflicts: ContentConflict[] = [];
  for (const region of diff3Merge(texts(mine), texts(base), texts(theirs), { excludeFalseConflicts: true })) {
    if (region.ok) {
      merged.push(...region.ok);
      continue;
    }
    if (!region.conflict) continue;
    const { a, o, b } = region.conflict;
    const settled = settleRegion(a, o, b);
    if (settled) merged.push(...settled);
    else conflicts.push({ mine: a.map(parseNode), theirs: b.map(parseNode) });
  }
  if (conflicts.length > 0) return { ok: false, conflicts };
  return { ok: true, content: { root: { ...mine.root, children: merged.map(parseNode) } } };
}

const parseNode = (text: string) => JSON.parse(text) as SerializedNode;

/**
 * A region diff3 calls a conflict, settled when the two sides did not touch the same block: both
 * inserted (keep both), or both changed blocks in place where no block changed on both sides.
 */
function settleRegion(mine: string[], base: string[], theirs: string[]): string[] | null {
  if (base.length === 0) return [...mine, ...theirs];
  if (mine.length !== base.length || theirs.length !== base.length) return null;
  const settled: string[] = [];
  for (const [index, original] of base.entries()) {
    const ours = mine[index]!;
    const other = theirs[index]!;
    if (ours === original || ours === other) settled.push(other);
    else if (other === original) settled.push(ours);
    else return null;
  }
  return settled;
}
