import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  createCommand,
  KEY_DOWN_COMMAND,
  type LexicalCommand,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { $isStructuredBlockNode, type StructuredBlockNode } from '../nodes/StructuredBlockNode';
import { $nextBlock, $previousBlock } from '../chapters';
import { $topBlockOf } from '../tree';

export type MoveDirection = 'up' | 'down';
export const MOVE_BLOCK_COMMAND: LexicalCommand<MoveDirection> = createCommand('MOVE_BLOCK_COMMAND');
export const REMOVE_ITEM_COMMAND: LexicalCommand<void> = createCommand('REMOVE_ITEM_COMMAND');

const levelOf = (node: LexicalNode | null): number | null => ($isHeadingNode(node) ? Number(node.getTag().slice(1)) : null);

/** A heading and everything up to the next heading of the same or a higher level. */
function $sectionFrom(heading: LexicalNode, level: number): LexicalNode[] {
  const nodes = [heading];
  for (let next = $nextBlock(heading); next; next = $nextBlock(next)) {
    const nextLevel = levelOf(next);
    if (nextLevel !== null && nextLevel <= level) break;
    nodes.push(next);
  }
  return nodes;
}

/**
 * What moves: the item the cursor is in (a step, a goal), else the top-level node, and when that is a
 * heading, its whole section with every subsection.
 */
function $movingUnit(): { nodes: LexicalNode[]; item: StructuredBlockNode | null } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const item = [anchor, ...anchor.getParents()].find((node): node is StructuredBlockNode => $isStructuredBlockNode(node) && node.isItem());
  if (item) return { nodes: [item], item };
  const top = $topBlockOf(anchor);
  if (!top) return null;
  const level = levelOf(top);
  return { nodes: level === null ? [top] : $sectionFrom(top, level), item: null };
}

/**
 * The neighbour to swap with. An item swaps with the item beside it. A section swaps with the section
 * of the same level beside it and never leaves the section above it; any other node swaps with the
 * node beside it.
 */
function $neighbour(unit: LexicalNode[], direction: MoveDirection, isItem: boolean): LexicalNode[] | null {
  // Items stay in their block; blocks and sections cross chapters (see ../chapters.ts) as if there were none.
  const nextOf = (node: LexicalNode) => (isItem ? node.getNextSibling() : $nextBlock(node));
  const previousOf = (node: LexicalNode) => (isItem ? node.getPreviousSibling() : $previousBlock(node));
  const first = unit[0]!;
  const level = isItem ? null : levelOf(first);
  if (direction === 'down') {
    const next = nextOf(unit.at(-1)!);
    if (!next) return null;
    const nextLevel = levelOf(next);
    if (level === null || nextLevel === null) return [next];
    return nextLevel === level ? $sectionFrom(next, level) : null;
  }
  const previous = previousOf(first);
  if (!previous) return null;
  if (level === null) return [previous];
  // Walk back to the heading that opens the section before: of this level, or the parent heading.
  const before: LexicalNode[] = [];
  for (let node: LexicalNode | null = previous; node; node = previousOf(node)) {
    const nodeLevel = levelOf(node);
    if (nodeLevel !== null && nodeLevel < level) return before.length ? before : null;
    before.unshift(node);
    if (nodeLevel === level) return before;
  }
  return before;
}

function $move(direction: MoveDirection): boolean {
  const unit = $movingUnit();
  if (!unit) return false;
  const neighbour = $neighbour(unit.nodes, direction, unit.item !== null);
  if (!neighbour) return true;
  if (direction === 'up') {
    const anchor = neighbour[0]!;
    for (const node of unit.nodes) anchor.insertBefore(node);
  } else {
    let anchor = neighbour.at(-1)!;
    for (const node of unit.nodes) {
      anchor.insertAfter(node);
      anchor = node;
    }
  }
  return true;
}

/** Removes the item the cursor is in (a step, a goal …); the block's transform keeps at least one. */
function $removeItem(): boolean {
  const unit = $movingUnit();
  if (!unit?.item) return false;
  const item = unit.item;
  const target = item.getNextSibling() ?? item.getPreviousSibling();
  item.remove();
  target?.selectStart();
  return true;
}

export function registerMoveBlocks(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(MOVE_BLOCK_COMMAND, $move, COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(REMOVE_ITEM_COMMAND, $removeItem, COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return false;
        if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return false;
        event.preventDefault();
        return editor.dispatchCommand(MOVE_BLOCK_COMMAND, event.key === 'ArrowUp' ? 'up' : 'down');
      },
      COMMAND_PRIORITY_HIGH,
    ),
  );
}

/** Alt+Shift+↑/↓ moves the block, item or section at the cursor; the toolbar does the same. */
export function MoveBlocksPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerMoveBlocks(editor), [editor]);
  return null;
}
