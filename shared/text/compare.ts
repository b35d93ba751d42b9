import { diffArrays, diffWordsWithSpace } from 'diff';
import { blockIdOf } from '../model/block-ids';
import { BLOCK_FIELD_TYPE, isBlockType, isItemBlockType } from '../model/blocks';
import type { SerializedContent, SerializedNode } from '../model/content';
import { childrenOf, contentPlainText } from '../model/tree';
import { classifyWords, type ChangeKind, type Classification, type WordPart } from './classify-change';

/**
 * Comparing two versions of a document: block by block (added, removed, moved, changed), inside a
 * structured block field by field and item by item, then word by word inside text. Blocks are aligned
 * by their stable ids (shared/model/block-ids.ts); blocks without ids, or whose ids do not meet, by
 * their content. Pure: the app, the CLI and the track-changes export all read the same answer.
 */

export type { ChangeKind, WordPart };

/** A change inside a structured block: one of its fields, or one of its items (a step, a goal). */
export interface PartChange {
  /** The field's name ("explanation"), or the item's field path ("steps.2.title"). */
  path: string;
  kind: ChangeKind;
  /** The item's block type, for a change of a whole item. */
  itemType?: string;
  words: WordPart[];
}

export interface BlockChange {
  kind: ChangeKind;
  /** The node type of the block (a block type such as "principle", or "paragraph", "heading" …). */
  type: string;
  /** The block's id, when it has one. */
  id: string | null;
  /** Its position among the top-level blocks of the older version (removed, moved, changed) and of the newer (added, moved, changed). */
  beforeIndex: number | null;
  afterIndex: number | null;
  /** The block's first line, for a list of changes ("Medborgaren i fokus"). */
  title: string;
  /** The whole block's text, word by word. */
  words: WordPart[];
  /** For a changed structured block: what changed in it. */
  parts: PartChange[];
  classification: Classification;
}

export interface Comparison {
  changes: BlockChange[];
  /**
   * The newer version's blocks in order, each either taken from the older version unchanged (by its
   * index there) or given whole: enough to rebuild the newer version from the older one.
   */
  steps: ({ from: number } | { node: SerializedNode })[];
  /** Substantive when any change is; editorial when every change is; none when nothing changed. */
  overall: Classification['kind'] | 'none';
}

export interface CompareOptions {
  /** Renames the organisation has declared (an office's new name): applied consistently, they are editorial. */
  renames?: readonly (readonly [string, string])[];
}

const segmenter = new Intl.Segmenter('sv', { granularity: 'word' });

/** Words and the spaces and marks between them, as the Swedish word segmentation cuts them. */
export function diffText(before: string, after: string): WordPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  return diffWordsWithSpace(before, after, { intlSegmenter: segmenter }).map((part) => ({
    kind: part.added ? 'inserted' : part.removed ? 'deleted' : 'same',
    text: part.value,
  }));
}

/** The text of one block, one line per paragraph, list item or field line. */
export function blockText(node: SerializedNode): string {
  return contentPlainText({ root: { type: 'root', version: 1, children: [node], direction: null, format: '', indent: 0 } });
}

/**
 * Fields that say nothing a reader sees: the id, Lexical's bookkeeping (the direction it guessed, the
 * format new text would take, node versions). The same block written by a template and by the editor
 * differs in these, and in the order of its keys.
 */
const UNSEEN_FIELDS = new Set(['$', 'direction', 'textFormat', 'textStyle', 'version', 'detail', 'mode']);

/** A value in a canonical form: keys sorted, unseen fields and empty defaults left out. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key, field]) => !UNSEEN_FIELDS.has(key) && !isEmptyDefault(field))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, field]) => [key, canonical(field)]));
}

const isEmptyDefault = (field: unknown) => field === '' || field === null || field === 0 || field === false || field === undefined;

/**
 * Whether two values are the same as a reader sees them: what `canonical` makes equal, decided by
 * walking both at once. Most blocks of two versions are unchanged, so this is asked of nearly every
 * block, and walking costs a fraction of building and printing both canonical forms.
 */
function sameAsSeen(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((each, index) => sameAsSeen(each, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let fields = 0;
  for (const key in left) {
    if (UNSEEN_FIELDS.has(key) || isEmptyDefault(left[key])) continue;
    if (!sameAsSeen(left[key], right[key])) return false;
    fields += 1;
  }
  for (const key in right) if (!UNSEEN_FIELDS.has(key) && !isEmptyDefault(right[key])) fields -= 1;
  return fields === 0;
}

const fingerprints = new WeakMap<SerializedNode, string>();

/** A block's content as a reader sees it: two blocks are the same when this is. Kept per node, as alignment and the change list both ask. */
function fingerprint(node: SerializedNode): string {
  let known = fingerprints.get(node);
  if (known === undefined) fingerprints.set(node, (known = JSON.stringify(canonical(node))));
  return known;
}

/**
 * A pairing of the blocks of two lists (index in `before` → index in `after`): by id first, then by
 * equal content among what is left. Exported for what must pair blocks as the compare does: a Word file
 * that came back carries the ids of the version's blocks over to its own (shared/import/word-back).
 */
export function alignBlocks(before: readonly SerializedNode[], after: readonly SerializedNode[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const afterById = new Map<string, number>();
  after.forEach((node, index) => {
    const id = blockIdOf(node);
    if (id !== null) afterById.set(id, index);
  });
  before.forEach((node, index) => {
    const id = blockIdOf(node);
    const match = id === null ? undefined : afterById.get(id);
    if (match !== undefined && after[match]!.type === node.type) pairs.set(index, match);
  });
  preferEqualContent(before, after, pairs);
  // What ids could not pair, equal content may: a block whose id was lost, or content from before ids.
  const paired = new Set(pairs.values());
  const leftBefore = before.map((_, index) => index).filter((index) => !pairs.has(index));
  const leftAfter = after.map((_, index) => index).filter((index) => !paired.has(index));
  let i = 0;
  let j = 0;
  // A run of removed blocks followed by a run of added ones is, without ids to say better, an edit:
  // they pair in order where their types agree.
  let removedRun: number[] = [];
  for (const part of diffArrays(
    leftBefore.map((index) => fingerprint(before[index]!)),
    leftAfter.map((index) => fingerprint(after[index]!)),
  )) {
    const count = part.count ?? part.value.length;
    if (part.removed) removedRun = leftBefore.slice(i, i + count);
    else if (part.added) {
      const added = leftAfter.slice(j, j + count);
      for (const from of removedRun) {
        const to = added.findIndex((index) => index !== -1 && after[index]!.type === before[from]!.type);
        if (to === -1) continue;
        pairs.set(from, added[to]!);
        added[to] = -1;
      }
      removedRun = [];
    } else {
      removedRun = [];
      for (let k = 0; k < count; k += 1) pairs.set(leftBefore[i + k]!, leftAfter[j + k]!);
    }
    if (!part.added) i += count;
    if (!part.removed) j += count;
  }
  return pairs;
}

/**
 * Ids follow the node, and an editor's node is not always what a reader calls the same block: Enter at
 * the start of a paragraph leaves the node (and its id) in place, empty, and moves the text into a new
 * node. Where a pair by id differs in content and the content of one side stands unchanged in a block
 * left unpaired on the other side, that block is the match: the reader sees one paragraph added, not
 * a paragraph emptied and its text added anew.
 */
function preferEqualContent(before: readonly SerializedNode[], after: readonly SerializedNode[], pairs: Map<number, number>) {
  const differing = [...pairs].filter(([from, to]) => !sameAsSeen(before[from], after[to]));
  if (differing.length === 0) return;
  const paired = new Set(pairs.values());
  const unpairedByContent = (nodes: readonly SerializedNode[], taken: (index: number) => boolean) => {
    const found = new Map<string, number[]>();
    nodes.forEach((node, index) => {
      if (!taken(index)) found.set(fingerprint(node), [...(found.get(fingerprint(node)) ?? []), index]);
    });
    return found;
  };
  const freeAfter = unpairedByContent(after, (index) => paired.has(index));
  const freeBefore = unpairedByContent(before, (index) => pairs.has(index));
  for (const [from, to] of differing) {
    const sameAfter = freeAfter.get(fingerprint(before[from]!))?.shift();
    if (sameAfter !== undefined) {
      pairs.set(from, sameAfter);
      continue;
    }
    const sameBefore = freeBefore.get(fingerprint(after[to]!))?.shift();
    if (sameBefore !== undefined) {
      pairs.delete(from);
      pairs.set(sameBefore, to);
    }
  }
}

/** The pairs that keep their order (the longest increasing run of after-positions); the others moved. */
function stayingInOrder(pairs: Map<number, number>): Set<number> {
  const sequence = [...pairs.entries()].sort((a, b) => a[0] - b[0]);
  const tails: number[] = [];
  const previous: number[] = new Array<number>(sequence.length).fill(-1);
  const tailIndex: number[] = [];
  sequence.forEach(([, afterIndex], position) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tails[middle]! < afterIndex) low = middle + 1;
      else high = middle;
    }
    tails[low] = afterIndex;
    tailIndex[low] = position;
    previous[position] = low > 0 ? tailIndex[low - 1]! : -1;
  });
  const staying = new Set<number>();
  for (let position = tailIndex[tails.length - 1] ?? -1; position >= 0; position = previous[position]!) staying.add(sequence[position]![0]);
  return staying;
}

/**
 * An empty paragraph, which a reader does not see: the editor adds one after a block that ends the
 * document, so that there is a line to type on. Added or removed, it is no change to list (the steps
 * still carry it, so the newer version is rebuilt exactly).
 */
const isBlankParagraph = (node: SerializedNode): boolean =>
  node.type === 'paragraph' && childrenOf(node).every((child) => child.type === 'text' && typeof child.text === 'string' && child.text.trim() === '');

/** The first line of a block, for naming it in a list of changes. */
const titleOf = (node: SerializedNode): string => blockText(node).split('\n')[0]!.trim().slice(0, 120);

/** What changed inside a structured block: field by field, and in an items field item by item. */
function partChanges(before: SerializedNode, after: SerializedNode): PartChange[] {
  const fields = (node: SerializedNode) => new Map(childrenOf(node).filter((child) => child.type === BLOCK_FIELD_TYPE).map((child) => [String(child.field), child]));
  const beforeFields = fields(before);
  const afterFields = fields(after);
  const parts: PartChange[] = [];
  for (const [name, afterField] of afterFields) {
    const beforeField = beforeFields.get(name);
    const items = childrenOf(afterField).some((child) => isItemBlockType(child.type)) || (beforeField && childrenOf(beforeField).some((child) => isItemBlockType(child.type)));
    if (!beforeField) parts.push({ path: name, kind: 'added', words: diffText('', blockText(afterField)) });
    else if (items) parts.push(...itemChanges(name, childrenOf(beforeField), childrenOf(afterField)));
    else if (!sameAsSeen(beforeField, afterField)) parts.push({ path: name, kind: 'changed', words: diffText(blockText(beforeField), blockText(afterField)) });
  }
  for (const [name, beforeField] of beforeFields) if (!afterFields.has(name)) parts.push({ path: name, kind: 'removed', words: diffText(blockText(beforeField), '') });
  return parts;
}

function itemChanges(field: string, before: readonly SerializedNode[], after: readonly SerializedNode[]): PartChange[] {
  const pairs = alignBlocks(before, after);
  const staying = stayingInOrder(pairs);
  const paired = new Set(pairs.values());
  const parts: PartChange[] = [];
  before.forEach((node, index) => {
    if (!pairs.has(index)) parts.push({ path: `${field}.${index + 1}`, kind: 'removed', itemType: node.type, words: diffText(blockText(node), '') });
  });
  after.forEach((node, index) => {
    if (paired.has(index)) return;
    parts.push({ path: `${field}.${index + 1}`, kind: 'added', itemType: node.type, words: diffText('', blockText(node)) });
  });
  for (const [from, to] of pairs) {
    const older = before[from]!;
    const newer = after[to]!;
    const same = sameAsSeen(older, newer);
    if (!staying.has(from)) parts.push({ path: `${field}.${to + 1}`, kind: 'moved', itemType: newer.type, words: diffText(blockText(older), blockText(newer)) });
    if (same) continue;
    for (const inner of partChanges(older, newer)) parts.push({ ...inner, path: `${field}.${to + 1}.${inner.path}`, itemType: newer.type });
  }
  return parts.sort((a, b) => a.path.localeCompare(b.path, 'sv', { numeric: true }));
}

/**
 * Compares two contents. The changes come in the newer version's order, a removed block where it
 * stood; each is proposed editorial or substantive (classify-change.ts), as is the whole.
 */
export function compareContents(before: SerializedContent, after: SerializedContent, options: CompareOptions = {}): Comparison {
  const older = before.root.children;
  const newer = after.root.children;
  const pairs = alignBlocks(older, newer);
  const staying = stayingInOrder(pairs);
  const pairedAfter = new Map([...pairs].map(([from, to]) => [to, from]));
  // The whole texts are read only to judge a possible rename, which few comparisons meet: made on demand.
  const texts: { before?: string; after?: string } = {};
  const context = {
    renames: options.renames ?? [],
    get beforeText() {
      return (texts.before ??= contentPlainText(before));
    },
    get afterText() {
      return (texts.after ??= contentPlainText(after));
    },
  };

  const changes: BlockChange[] = [];
  const steps: Comparison['steps'] = [];
  const change = (kind: ChangeKind, node: SerializedNode, beforeIndex: number | null, afterIndex: number | null, words: WordPart[], parts: PartChange[] = []): BlockChange => ({
    kind,
    type: node.type,
    id: blockIdOf(node),
    beforeIndex,
    afterIndex,
    title: titleOf(node),
    words,
    parts,
    classification: classifyWords(kind, node.type, words, parts, context),
  });

  let nextRemoved = 0;
  const flushRemovedUpTo = (limit: number) => {
    for (; nextRemoved < limit; nextRemoved += 1) {
      if (!pairs.has(nextRemoved) && !isBlankParagraph(older[nextRemoved]!)) changes.push(change('removed', older[nextRemoved]!, nextRemoved, null, diffText(blockText(older[nextRemoved]!), '')));
    }
  };
  newer.forEach((node, index) => {
    const from = pairedAfter.get(index);
    if (from === undefined) {
      if (!isBlankParagraph(node)) changes.push(change('added', node, null, index, diffText('', blockText(node))));
      steps.push({ node });
      return;
    }
    if (staying.has(from)) flushRemovedUpTo(from);
    const olderNode = older[from]!;
    const same = sameAsSeen(olderNode, node);
    steps.push(same && blockIdOf(olderNode) === blockIdOf(node) ? { from } : { node });
    if (!staying.has(from)) changes.push(change('moved', node, from, index, diffText(blockText(olderNode), blockText(node))));
    if (!same) {
      const parts = isBlockType(node.type) ? partChanges(olderNode, node) : [];
      changes.push(change('changed', node, from, index, diffText(blockText(olderNode), blockText(node)), parts));
    }
  });
  flushRemovedUpTo(older.length);
  const kinds = changes.map((entry) => entry.classification.kind);
  return { changes, steps, overall: kinds.length === 0 ? 'none' : kinds.includes('substantive') ? 'substantive' : 'editorial' };
}

/** The newer version rebuilt from the older one and a comparison of the two (what the property test checks). */
export function applyComparison(before: SerializedContent, comparison: Comparison): SerializedContent {
  const children = comparison.steps.map((step) => ('from' in step ? before.root.children[step.from]! : step.node));
  return { ...before, root: { ...before.root, children } };
}
