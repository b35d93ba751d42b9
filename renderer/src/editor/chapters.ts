import { $isHeadingNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import type { SerializedContent, SerializedNode } from '@shared/model/content';
import {
  $addUpdateTag,
  $caretFromPoint,
  $getCaretRange,
  $getRoot,
  $getSelection,
  $getSiblingCaret,
  $isElementNode,
  $isRangeSelection,
  $isRootNode,
  $isTextNode,
  $selectAll,
  COMMAND_PRIORITY_CRITICAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  HISTORY_MERGE_TAG,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_LEFT_COMMAND,
  KEY_ARROW_RIGHT_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_DOWN_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  RootNode,
  SELECT_ALL_COMMAND,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
  type LexicalCommand,
  type LexicalEditor,
  type LexicalNode,
  type PointType,
  type RangeSelection,
} from 'lexical';
import { $createChapterNode, $isChapterNode, CHAPTER_TYPE, ChapterNode } from './nodes/ChapterNode';

/*
 * A long document is edited in chapters (see nodes/ChapterNode.ts): runs of top-level blocks that the
 * editor groups and nothing else sees. Where chapters begin is a function of the blocks alone, so the
 * grouping can always be made again from the stored content, which stays one flat list of blocks:
 * chapters are added when content enters the editor and removed when it leaves (contentOf, the
 * serializer). Whatever the user does across a boundary (deleting or typing over a selection that
 * spans chapters, Backspace at a chapter's start, moving a section) Lexical does in one chapter: the
 * chapters involved are joined first, and at the end of the same update the transforms below group the
 * blocks again. So the content is what one editor without chapters would hold after the same keys.
 */

/** A document is edited in chapters from this many top-level blocks, and flat again below FLAT_BELOW (no flapping in between). */
const CHAPTERS_FROM = 150;
const FLAT_BELOW = 100;
/** A level-2 heading starts a new chapter in a chapter this long; any block does in one this long. */
const LONG_CHAPTER = 40;
const LONGEST_CHAPTER = 120;

type BlockKind = 'h1' | 'h2' | 'other';

/** Whether a block of this kind, after `sizeBefore` blocks of its chapter, begins the next chapter. */
function beginsChapter(kind: BlockKind, sizeBefore: number): boolean {
  if (sizeBefore === 0) return false;
  return kind === 'h1' || sizeBefore >= LONGEST_CHAPTER || (kind === 'h2' && sizeBefore >= LONG_CHAPTER);
}

/**
 * `auto` groups long documents only; `always` and `never` are for diagnosis and tests, which compare
 * what the editor stores with and without chapters (local storage key `handbok.chapters`).
 */
export type ChapterMode = 'auto' | 'always' | 'never';

export function chapterModeOfThisComputer(): ChapterMode {
  try {
    const stored = localStorage.getItem('handbok.chapters');
    return stored === 'always' || stored === 'never' ? stored : 'auto';
  } catch {
    return 'auto';
  }
}

function wantsChapters(mode: ChapterMode, blocks: number, hasChapters: boolean): boolean {
  if (mode !== 'auto') return mode === 'always';
  return hasChapters ? blocks >= FLAT_BELOW : blocks >= CHAPTERS_FROM;
}

// ── Stored content ⇄ editor content ──────────────────────────────────────────────────────────────

const kindOfJSON = (node: SerializedNode): BlockKind => (node.type === 'heading' && (node.tag === 'h1' || node.tag === 'h2') ? node.tag : 'other');

/** The stored content as the editor holds it: grouped in chapters when the mode and its length ask for it. */
export function withChapters(content: SerializedContent, mode: ChapterMode): SerializedContent {
  const blocks = content.root.children;
  if (!wantsChapters(mode, blocks.length, false)) return content;
  const chapters: SerializedNode[][] = [];
  for (const block of blocks) {
    const current = chapters.at(-1);
    if (!current || beginsChapter(kindOfJSON(block), current.length)) chapters.push([block]);
    else current.push(block);
  }
  const chapter = (children: SerializedNode[]): SerializedNode => ({ type: CHAPTER_TYPE, version: 1, children, direction: null, format: '', indent: 0 });
  return { ...content, root: { ...content.root, children: chapters.map(chapter) } };
}

/** The editor's content as it is stored: one flat list of blocks. */
export function withoutChapters(content: SerializedContent): SerializedContent {
  const children = content.root.children.flatMap((node) => (node.type === CHAPTER_TYPE ? ((node.children as SerializedNode[] | undefined) ?? []) : [node]));
  return { ...content, root: { ...content.root, children } };
}

// ── The blocks of the editor, whether grouped or not ────────────────────────────────────────────

const isBlockParent = (node: LexicalNode | null): boolean => $isRootNode(node) || $isChapterNode(node);

/** Whether the document is held in chapters: once grouped, either every child of the root is a chapter or none is. */
export const $isInChapters = (): boolean => $isChapterNode($getRoot().getFirstChild());

/** Whether a node is a top-level block: a child of the root (a chapter is none), or of a chapter. */
export const $isTopLevelBlock = (node: LexicalNode): boolean => !$isChapterNode(node) && isBlockParent(node.getParent());

/** Every top-level block, in document order. */
export function $topLevelBlocks(): LexicalNode[] {
  return $getRoot()
    .getChildren()
    .flatMap((child) => ($isChapterNode(child) ? child.getChildren() : [child]));
}

/** The top-level block after this one, in the next chapter when it is the last of its own. */
export function $nextBlock(block: LexicalNode): LexicalNode | null {
  const next = block.getNextSibling();
  if (next) return $isChapterNode(next) ? next.getFirstChild() : next;
  const parent = block.getParent();
  return $isChapterNode(parent) ? (parent.getNextSibling<ChapterNode>()?.getFirstChild() ?? null) : null;
}

/** The top-level block before this one, in the chapter before when it is the first of its own. */
export function $previousBlock(block: LexicalNode): LexicalNode | null {
  const previous = block.getPreviousSibling();
  if (previous) return $isChapterNode(previous) ? previous.getLastChild() : previous;
  const parent = block.getParent();
  return $isChapterNode(parent) ? (parent.getPreviousSibling<ChapterNode>()?.getLastChild() ?? null) : null;
}

/** The last top-level block of the document. */
export function $lastBlock(): LexicalNode | null {
  const last = $getRoot().getLastChild();
  return $isChapterNode(last) ? last.getLastChild() : last;
}

// ── Keeping the grouping canonical ──────────────────────────────────────────────────────────────

const kindOf = (node: LexicalNode | null): BlockKind => {
  if (!$isHeadingNode(node)) return 'other';
  const tag = node.getTag();
  return tag === 'h1' || tag === 'h2' ? tag : 'other';
};

/** Moves every block of `from` to the end of `into`, and removes `from`. */
function $join(into: ChapterNode, from: ChapterNode) {
  into.append(...from.getChildren());
  from.remove();
}

/**
 * Makes one chapter what the rule says: joined to the one before when its first block does not begin
 * a chapter, split where one of its blocks does, and removed when empty. Its neighbour after is
 * checked too, as whether that one begins a chapter depends on this one's length.
 */
function $normalizeChapter(chapter: ChapterNode) {
  if (!chapter.isAttached()) return;
  if (chapter.isEmpty()) {
    chapter.remove();
    return;
  }
  const previous = chapter.getPreviousSibling();
  if ($isChapterNode(previous) && !beginsChapter(kindOf(chapter.getFirstChild()), previous.getChildrenSize())) {
    $join(previous, chapter);
    return;
  }
  const children = chapter.getChildren();
  const split = children.findIndex((child, index) => beginsChapter(kindOf(child), index));
  if (split > 0) chapter.insertAfter($createChapterNode().append(...children.slice(split)));
  const next = chapter.getNextSibling();
  if ($isChapterNode(next) && !beginsChapter(kindOf(next.getFirstChild()), chapter.getChildrenSize())) next.markDirty();
}

/**
 * Runs last in every update (Lexical transforms the root after everything else): groups blocks left at
 * the top level (a block appended to the root) into the chapter beside them, and turns chapters on or
 * off when the document's length crosses the figures above.
 */
function $normalizeRoot(root: RootNode, mode: ChapterMode) {
  const children = root.getChildren();
  const hasChapters = children.some($isChapterNode);
  const blocks = children.reduce((count, child) => count + ($isChapterNode(child) ? child.getChildrenSize() : 1), 0);
  if (!wantsChapters(mode, blocks, hasChapters)) {
    for (const child of children) {
      if (!$isChapterNode(child)) continue;
      for (const block of child.getChildren()) child.insertBefore(block);
      child.remove();
    }
    return;
  }
  let chapter: ChapterNode | null = null;
  for (const child of children) {
    if ($isChapterNode(child)) {
      chapter = child;
      continue;
    }
    if (!chapter) {
      chapter = $createChapterNode();
      child.insertBefore(chapter);
    }
    chapter.append(child);
  }
}

// ── Operations across a boundary ────────────────────────────────────────────────────────────────

const chapterOf = (point: PointType): ChapterNode | null => {
  const node = point.getNode();
  return $isChapterNode(node) ? node : ([...node.getParents()].find($isChapterNode) ?? null);
};

/** Joins every chapter from the one holding `first` to the one holding `last` into the first. */
function $joinBetween(first: ChapterNode, last: ChapterNode) {
  while (!first.is(last)) {
    const next = first.getNextSibling();
    if (!$isChapterNode(next)) return;
    $join(first, next);
    if (next.is(last)) return;
  }
}

/** Whether nothing but the chapter's edge lies between the point and that edge, in the direction given. */
function $atChapterEdge(point: PointType, chapter: ChapterNode, backward: boolean): boolean {
  const direction = backward ? 'previous' : 'next';
  const range = $getCaretRange($caretFromPoint(point, direction), $getSiblingCaret(chapter, direction));
  for (const slice of range.getTextSlices()) if (slice && slice.getTextContentSize() > 0) return false;
  for (const caret of range) if (!caret.origin.is(chapter) && !$isElementNode(caret.origin)) return false;
  return true;
}

/**
 * Before an edit that Lexical would stop at a chapter's edge (it does not merge across shadow roots),
 * the chapters it touches become one: those a selection spans, or, for a caret at a chapter's edge,
 * that chapter and its neighbour in the direction of a deletion. Returns false so the edit goes on.
 */
function $joinForEdit(backward: boolean | null): false {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const [start, end] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  const first = chapterOf(start);
  const last = chapterOf(end);
  if (!first || !last) return false;
  if (!first.is(last)) $joinBetween(first, last);
  else if (selection.isCollapsed() && backward !== null) {
    const neighbour = backward ? first.getPreviousSibling() : first.getNextSibling();
    if ($isChapterNode(neighbour) && $atChapterEdge(start, first, backward)) {
      if (backward) $join(neighbour, first);
      else $join(first, neighbour);
    }
  }
  return false;
}

/**
 * Arrow keys in the first or last block of a chapter: Lexical would treat the chapter's edge as the edge
 * of a shadow root (a block cursor between chapters; no look at the page break or image beyond). The
 * chapter and its neighbour are joined for the key, which then moves as in one editor, and split again
 * when the update ends; a merge into history, as nothing the user wrote changed.
 */
function $joinForArrow(backward: boolean): false {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const chapter = chapterOf(selection.focus);
  const neighbour = backward ? chapter?.getPreviousSibling() : chapter?.getNextSibling();
  if (!chapter || !$isChapterNode(neighbour)) return false;
  const edge = backward ? chapter.getFirstChild() : chapter.getLastChild();
  const focus = selection.focus.getNode();
  if (!edge || !(edge.is(focus) || $isChapterNode(focus) || focus.getParents().some((parent) => parent.is(edge)))) return false;
  $addUpdateTag(HISTORY_MERGE_TAG);
  if (backward) $join(neighbour, chapter);
  else $join(chapter, neighbour);
  return false;
}

/**
 * A point on a chapter itself, between its blocks, where the browser can leave the caret or one end of a
 * selection when ↑, ↓ or Ctrl+End crosses chapters. Without chapters that place is the start of the
 * block after it (of the next chapter's first block, at a chapter's end), or the end of the document:
 * the point is moved there, so that the next key goes on from where it would in one editor.
 */
const $isBetweenBlocks = (point: PointType): boolean => point.type === 'element' && $isChapterNode(point.getNode());

function $hasPointBetweenBlocks(): boolean {
  const selection = $getSelection();
  return $isRangeSelection(selection) && ($isBetweenBlocks(selection.anchor) || $isBetweenBlocks(selection.focus));
}

function $movePointsIntoBlocks() {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  for (const point of [selection.anchor, selection.focus]) {
    if (!$isBetweenBlocks(point)) continue;
    const chapter = point.getNode() as ChapterNode;
    const after = chapter.getChildAtIndex(point.offset) ?? chapter.getNextSibling<ChapterNode>()?.getFirstChild() ?? null;
    if ($isElementNode(after)) {
      const text = after.getFirstDescendant();
      if ($isTextNode(text)) point.set(text.getKey(), 0, 'text');
      else point.set(after.getKey(), 0, 'element');
      continue;
    }
    // The very end of the document (Ctrl+End): the end of its last block, as without chapters.
    const last = after ? null : chapter.getLastChild();
    const text = $isElementNode(last) ? last.getLastDescendant() : null;
    if ($isTextNode(text)) point.set(text.getKey(), text.getTextContentSize(), 'text');
    else if ($isElementNode(last)) point.set(last.getKey(), last.getChildrenSize(), 'element');
  }
}

/**
 * Ctrl+Home and Ctrl+End (with Shift: extending the selection) go to the document's first and last
 * text. The browser cannot put the caret in a chapter it has not laid out, which the farthest one
 * usually is: it would stop at that chapter's start.
 */
function $toDocumentEdge(event: KeyboardEvent): boolean {
  const toEnd = event.key === 'End';
  if (!(event.ctrlKey || event.metaKey) || event.altKey || (!toEnd && event.key !== 'Home')) return false;
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !$isInChapters()) return false;
  const { key, offset, type } = selection.anchor;
  const moved = toEnd ? $getRoot().selectEnd() : $getRoot().selectStart();
  if (event.shiftKey) moved.anchor.set(key, offset, type);
  event.preventDefault();
  return true;
}

/** Ctrl+A in running text selects the whole document, not the chapter (inside a table cell or a field, Lexical's own rule holds). */
function $selectDocument(selection: RangeSelection): boolean {
  const shadowRoot = [selection.anchor.getNode(), ...selection.anchor.getNode().getParents()].find((node) => $isElementNode(node) && node.isShadowRoot());
  if (!$isChapterNode(shadowRoot)) return false;
  const root = $getRoot();
  selection.anchor.set(root.getKey(), 0, 'element');
  selection.focus.set(root.getKey(), root.getChildrenSize(), 'element');
  $selectAll(selection);
  return true;
}

const EDITS_OF_A_SELECTION: LexicalCommand<unknown>[] = [
  REMOVE_TEXT_COMMAND,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  PASTE_COMMAND,
  CUT_COMMAND,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
] as LexicalCommand<unknown>[];

/** Keeps a long document in chapters while it is edited; `mode` as chapterModeOfThisComputer gives it. */
export function registerChapters(editor: LexicalEditor, mode: ChapterMode): () => void {
  const deletion = (command: LexicalCommand<boolean>) => editor.registerCommand(command, (backward) => $joinForEdit(backward), COMMAND_PRIORITY_CRITICAL);
  // Shift+arrow is left to the browser, which extends a selection across chapters as across blocks.
  const arrow = (command: LexicalCommand<KeyboardEvent>, backward: boolean) =>
    editor.registerCommand(command, (event) => !event.shiftKey && $joinForArrow(backward), COMMAND_PRIORITY_CRITICAL);
  return mergeRegister(
    editor.registerNodeTransform(ChapterNode, $normalizeChapter),
    editor.registerNodeTransform(RootNode, (root) => $normalizeRoot(root, mode)),
    deletion(DELETE_CHARACTER_COMMAND),
    deletion(DELETE_WORD_COMMAND),
    deletion(DELETE_LINE_COMMAND),
    ...EDITS_OF_A_SELECTION.map((command) => editor.registerCommand(command, () => $joinForEdit(null), COMMAND_PRIORITY_CRITICAL)),
    arrow(KEY_ARROW_DOWN_COMMAND, false),
    arrow(KEY_ARROW_RIGHT_COMMAND, false),
    arrow(KEY_ARROW_UP_COMMAND, true),
    arrow(KEY_ARROW_LEFT_COMMAND, true),
    editor.registerUpdateListener(({ editorState }) => {
      if (editorState.read($hasPointBetweenBlocks)) editor.update($movePointsIntoBlocks);
    }),
    editor.registerCommand(KEY_DOWN_COMMAND, $toDocumentEdge, COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(
      SELECT_ALL_COMMAND,
      (event) => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection) || !$selectDocument(selection)) return false;
        event?.preventDefault();
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
  );
}
