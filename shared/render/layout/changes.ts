import { BLOCK_FIELD_TYPE, isBlockType, isItemBlockType } from '../../model/blocks';
import type { SerializedContent, SerializedNode } from '../../model/content';
import { childrenOf, textOf } from '../../model/tree';
import { compareContents, diffText, type Comparison, type WordPart } from '../../text/compare';
import { blockNumbering, headingNumbering } from './body';
import { markedWhole, withRevision, type Revision } from './revisions';

/**
 * The body of a comparison export: the newer version with the older one's differences shown in it, as
 * one content tree that every format draws (layout/revisions.ts has the marks). Blocks are aligned as
 * the comparison aligns them (shared/text/compare.ts: by id, then by content), and so, one level
 * down, are list items, table rows, a block's items and the paragraphs of its fields; words inside a
 * line are compared with the Swedish word segmentation. What the older version had and the newer has
 * not stands, marked deleted, where it stood; a block that moved is deleted where it stood and
 * inserted where it stands, so that accepting every change gives the newer version and rejecting
 * every change the older one.
 *
 * Not shown as changes: formatting alone (bold, a link's address, a list's kind, a heading's level),
 * a footnote's text, a callout's variant. The merged body has the newer version's there.
 */

/** Nodes that stand inside a line of text. */
const INLINE_TYPES = new Set(['text', 'linebreak', 'tab', 'link', 'autolink', 'footnote']);
/** Nodes whose children are always a line of text. */
const LINE_TYPES = new Set(['paragraph', 'heading', 'quote']);

const asContent = (children: SerializedNode[]): SerializedContent =>
  ({ root: { type: 'root', version: 1, children, direction: null, format: '', indent: 0 } }) as SerializedContent;

type Step = { kind: 'pair'; before: number; after: number; same: boolean } | { kind: 'inserted'; after: number } | { kind: 'deleted'; before: number };

/**
 * The two lists of nodes in one order: pairs where the comparison pairs them, each node of the older
 * list that has no partner (or moved) where it stood, each of the newer list that has none (or moved)
 * where it stands.
 */
function alignment(before: readonly SerializedNode[], after: readonly SerializedNode[], comparison: Comparison): Step[] {
  const pairs = new Map<number, { before: number; same: boolean }>();
  const added = new Set<number>();
  const moved = new Set<number>();
  const deleted = new Set<number>();
  comparison.steps.forEach((step, index) => {
    if ('from' in step) pairs.set(index, { before: step.from, same: true });
  });
  for (const change of comparison.changes) {
    if (change.kind === 'added' && change.afterIndex !== null) added.add(change.afterIndex);
    else if (change.kind === 'removed' && change.beforeIndex !== null) deleted.add(change.beforeIndex);
    else if (change.beforeIndex !== null && change.afterIndex !== null) {
      // Moved (and perhaps changed too): shown deleted where it stood and inserted where it stands.
      if (change.kind === 'moved') moved.add(change.afterIndex);
      pairs.set(change.afterIndex, { before: change.beforeIndex, same: false });
    }
  }
  // Blocks of equal content whose ids differ are paired without a change of their own, and in order:
  // they pair with what is left, one by one.
  const pairedBefore = new Set([...pairs.values()].map((pair) => pair.before));
  const leftBefore = before.map((_, index) => index).filter((index) => !pairedBefore.has(index) && !deleted.has(index));
  const leftAfter = after.map((_, index) => index).filter((index) => !pairs.has(index) && !added.has(index));
  leftAfter.forEach((index, position) => {
    const partner = leftBefore[position];
    if (partner === undefined) added.add(index);
    else pairs.set(index, { before: partner, same: true });
  });
  for (const index of leftBefore.slice(leftAfter.length)) deleted.add(index);
  for (const index of moved) deleted.add(pairs.get(index)!.before);

  const steps: Step[] = [];
  let next = 0;
  const deletedUpTo = (limit: number) => {
    for (; next < limit; next += 1) if (deleted.has(next)) steps.push({ kind: 'deleted', before: next });
  };
  after.forEach((_, index) => {
    const pair = pairs.get(index);
    if (!pair || moved.has(index)) {
      steps.push({ kind: 'inserted', after: index });
      return;
    }
    deletedUpTo(pair.before);
    next = Math.max(next, pair.before + 1);
    steps.push({ kind: 'pair', before: pair.before, after: index, same: pair.same });
  });
  deletedUpTo(before.length);
  return steps;
}

/**
 * A node as the alignment of its list compares it: a list item without its number (Lexical stores each
 * item's place in `value`), so that an item inserted at the top does not make every item after it
 * differ from itself.
 */
const comparable = (node: SerializedNode): SerializedNode => (node.type === 'listitem' && node.value !== undefined ? { ...node, value: undefined } : node);

/** Two lists of nodes merged: see alignment; each pair merged by its type. `origin` learns where each merged node came from. */
function mergeList(
  before: readonly SerializedNode[],
  after: readonly SerializedNode[],
  comparison: Comparison = compareContents(asContent(before.map(comparable)), asContent(after.map(comparable))),
  origin?: Map<SerializedNode, Origin>,
): SerializedNode[] {
  return alignment(before, after, comparison).flatMap((step): SerializedNode[] => {
    if (step.kind === 'inserted') {
      const node = markedWhole(after[step.after]!, 'inserted');
      origin?.set(node, { after: after[step.after]! });
      return [node];
    }
    if (step.kind === 'deleted') {
      const node = markedWhole(before[step.before]!, 'deleted');
      origin?.set(node, { before: before[step.before]! });
      return [node];
    }
    const older = before[step.before]!;
    const newer = after[step.after]!;
    const merged = step.same ? [newer] : mergePair(older, newer);
    // A pair shown as a deletion and an insertion (an image replaced) has each side's origin alone.
    if (merged.length === 1) origin?.set(merged[0]!, { before: older, after: newer });
    else merged.forEach((node, index) => origin?.set(node, index === 0 ? { before: older } : { after: newer }));
    return merged;
  });
}

const isInline = (node: SerializedNode) => INLINE_TYPES.has(node.type);
const holdsLine = (older: SerializedNode, newer: SerializedNode) => LINE_TYPES.has(newer.type) || [...childrenOf(older), ...childrenOf(newer)].every(isInline);

/** Two nodes the comparison paired (of one type) whose content differs, merged; a leaf that changed is deleted and inserted. */
function mergePair(older: SerializedNode, newer: SerializedNode): SerializedNode[] {
  if (older.type !== newer.type || !Array.isArray(newer.children) || !Array.isArray(older.children)) return [markedWhole(older, 'deleted'), markedWhole(newer, 'inserted')];
  if (isBlockType(newer.type)) return [mergeBlock(older, newer)];
  if (newer.type === 'listitem') {
    const [olderLine, olderLists] = splitItem(older);
    const [newerLine, newerLists] = splitItem(newer);
    return [{ ...newer, children: [...mergeLine(olderLine, newerLine), ...mergeList(olderLists, newerLists)] }];
  }
  if (newer.type === 'tablerow') return [{ ...newer, children: mergeCells(childrenOf(older), childrenOf(newer)) }];
  if (holdsLine(older, newer)) return [{ ...newer, children: mergeLine(childrenOf(older), childrenOf(newer)) }];
  return [{ ...newer, children: mergeList(childrenOf(older), childrenOf(newer)) }];
}

/** A list item's own line, and the lists nested in it. */
const splitItem = (item: SerializedNode): [SerializedNode[], SerializedNode[]] => [
  childrenOf(item).filter((child) => child.type !== 'list'),
  childrenOf(item).filter((child) => child.type === 'list'),
];

/** A row's cells, by their place: a cell the newer row added is inserted; one it lost is kept, deleted, at the end. */
function mergeCells(older: readonly SerializedNode[], newer: readonly SerializedNode[]): SerializedNode[] {
  return Array.from({ length: Math.max(older.length, newer.length) }, (_, index) => {
    const before = older[index];
    const after = newer[index];
    if (!before) return markedWhole(after!, 'inserted');
    if (!after) return markedWhole(before, 'deleted');
    return { ...after, children: mergeList(childrenOf(before), childrenOf(after)) };
  });
}

/** Whether a field holds anything written: a field left empty is not printed (layout/blocks.ts). */
const written = (node: SerializedNode) => textOf(node).trim() !== '';

/**
 * Two versions of a structured block (or item), field by field. A field written in only one of them is
 * inserted or deleted as a whole (caption and all, as the export prints it or not); items are aligned
 * by their ids, rich fields paragraph by paragraph, a line word by word.
 */
function mergeBlock(older: SerializedNode, newer: SerializedNode): SerializedNode {
  const olderFields = new Map(childrenOf(older).filter((child) => child.type === BLOCK_FIELD_TYPE).map((field) => [String(field.field), field]));
  const children = childrenOf(newer).map((child) => {
    if (child.type !== BLOCK_FIELD_TYPE) return child;
    const field = olderFields.get(String(child.field));
    olderFields.delete(String(child.field));
    if (!field) return written(child) ? markedWhole(child, 'inserted') : child;
    return mergeField(field, child);
  });
  const gone = [...olderFields.values()].filter(written).map((field) => markedWhole(field, 'deleted'));
  return { ...newer, children: [...children, ...gone] };
}

function mergeField(older: SerializedNode, newer: SerializedNode): SerializedNode {
  if (!written(older)) return written(newer) ? markedWhole(newer, 'inserted') : newer;
  if (!written(newer)) return markedWhole(older, 'deleted');
  const items = [...childrenOf(older), ...childrenOf(newer)].some((child) => isItemBlockType(child.type));
  if (!items && holdsLine(older, newer)) return { ...newer, children: mergeLine(childrenOf(older), childrenOf(newer)) };
  return { ...newer, children: mergeList(childrenOf(older), childrenOf(newer)) };
}

/**
 * The word diff as a reader takes it in: a space alone between two changes is changed too, and each run
 * of changes has its deleted words first, then its inserted ones ("~~lätt att räkna~~ viktigt" rather
 * than "~~lätt~~ viktigt ~~att räkna~~"). Each side still reads as it did.
 */
function readable(parts: readonly WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ kind: 'deleted', text: deleted });
    if (inserted) out.push({ kind: 'inserted', text: inserted });
    deleted = inserted = '';
  };
  parts.forEach((part, index) => {
    const between = part.kind === 'same' && /^\s+$/.test(part.text) && index > 0 && index < parts.length - 1 && parts[index + 1]!.kind !== 'same';
    if (part.kind === 'same' && !between) {
      flush();
      out.push(part);
      return;
    }
    if (part.kind !== 'inserted') deleted += part.text;
    if (part.kind !== 'deleted') inserted += part.text;
  });
  flush();
  return out;
}

/** A piece of a line's text: a text node's text, or one character for a line break, a tab, a footnote mark. */
interface Piece {
  node: SerializedNode;
  text: string;
  /** The link it stands in, if any. */
  link: SerializedNode | null;
}

/** What stands for a footnote mark, or anything else in a line without text of its own, in the compared text. */
const OBJECT = '\uFFFC';

function pieces(nodes: readonly SerializedNode[], link: SerializedNode | null = null, out: Piece[] = []): Piece[] {
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = typeof node.text === 'string' ? node.text : '';
      if (text) out.push({ node, text, link });
    } else if (node.type === 'linebreak') out.push({ node, text: '\n', link });
    else if (node.type === 'tab') out.push({ node, text: '\t', link });
    else if (node.type === 'link' || node.type === 'autolink') pieces(childrenOf(node), node, out);
    else if (Array.isArray(node.children)) pieces(childrenOf(node), link, out);
    else out.push({ node, text: OBJECT, link });
  }
  return out;
}

/** Reads pieces off in order, cut to the lengths asked for. */
class PieceReader {
  private index = 0;
  private offset = 0;
  constructor(private readonly pieces: readonly Piece[]) {}

  take(length: number): { piece: Piece; text: string }[] {
    const taken: { piece: Piece; text: string }[] = [];
    let left = length;
    while (left > 0 && this.index < this.pieces.length) {
      const piece = this.pieces[this.index]!;
      const count = Math.min(left, piece.text.length - this.offset);
      taken.push({ piece, text: piece.text.slice(this.offset, this.offset + count) });
      this.offset += count;
      left -= count;
      if (this.offset === piece.text.length) {
        this.index += 1;
        this.offset = 0;
      }
    }
    return taken;
  }
}

/**
 * Two versions of a line, word by word (diffText): the newer version's runs where the words are the
 * same, its inserted words and the older version's deleted words marked, each in its own formatting
 * and link. A line whose words are the same is the newer one as it is.
 */
function mergeLine(older: readonly SerializedNode[], newer: readonly SerializedNode[]): SerializedNode[] {
  const olderPieces = pieces(older);
  const newerPieces = pieces(newer);
  const olderText = olderPieces.map((piece) => piece.text).join('');
  const newerText = newerPieces.map((piece) => piece.text).join('');
  if (olderText === newerText) return [...newer];
  const olderReader = new PieceReader(olderPieces);
  const newerReader = new PieceReader(newerPieces);
  const cut: { piece: Piece; text: string; revision?: Revision }[] = [];
  for (const part of readable(diffText(olderText, newerText))) {
    if (part.kind === 'same') {
      olderReader.take(part.text.length);
      cut.push(...newerReader.take(part.text.length));
    } else if (part.kind === 'inserted') cut.push(...newerReader.take(part.text.length).map((taken) => ({ ...taken, revision: 'inserted' as const })));
    else cut.push(...olderReader.take(part.text.length).map((taken) => ({ ...taken, revision: 'deleted' as const })));
  }
  // Back to nodes; pieces of the same link stand in one link again.
  const line: SerializedNode[] = [];
  let open: { from: SerializedNode; children: SerializedNode[] } | undefined;
  for (const { piece, text, revision } of cut) {
    const whole = piece.node.type !== 'text' || text === piece.text;
    const leaf = whole ? piece.node : { ...piece.node, text };
    const node = revision ? withRevision(leaf, revision) : leaf;
    if (!piece.link) {
      open = undefined;
      line.push(node);
    } else if (open && open.from === piece.link) open.children.push(node);
    else {
      open = { from: piece.link, children: [node] };
      line.push({ ...piece.link, children: open.children });
    }
  }
  return line;
}

/** Where a node of the merged body came from: the older version's node, the newer's, or both. */
interface Origin {
  before?: SerializedNode;
  after?: SerializedNode;
}

/** The merged body, with what the formats number by: each block's and heading's number as its own version numbers it. */
export interface ComparisonBody {
  nodes: SerializedNode[];
  /** The number each numbered block carries (the newer version's; a deleted block's, the older's). */
  blockNumbers: Map<SerializedNode, number>;
  /** The number a paired block had in the older version, where it differs. */
  formerBlockNumbers: Map<SerializedNode, number>;
  /** Each top-level heading's outline number ("2.1"), as its version numbers it. */
  headingNumbers: Map<SerializedNode, string>;
}

/** The newer content with the differences from the older one in it (see the top of this file). */
export function comparisonBody(before: SerializedContent, after: SerializedContent): ComparisonBody {
  const origin = new Map<SerializedNode, Origin>();
  const nodes = mergeList(before.root.children, after.root.children, compareContents(before, after), origin);
  const [olderNumbers, newerNumbers] = [blockNumbering(before.root.children), blockNumbering(after.root.children)];
  const [olderHeadings, newerHeadings] = [headingNumbering(before), headingNumbering(after)];
  const body: ComparisonBody = { nodes, blockNumbers: new Map(), formerBlockNumbers: new Map(), headingNumbers: new Map() };
  for (const node of nodes) {
    const { before: older, after: newer } = origin.get(node) ?? {};
    const number = newer ? newerNumbers.get(newer) : older && olderNumbers.get(older);
    if (number !== undefined) body.blockNumbers.set(node, number);
    const former = newer && older ? olderNumbers.get(older) : undefined;
    if (former !== undefined && former !== number) body.formerBlockNumbers.set(node, former);
    const heading = newer ? newerHeadings.get(newer) : older && olderHeadings.get(older);
    if (heading) body.headingNumbers.set(node, heading);
  }
  return body;
}
