import { $createListNode, $isListItemNode, $isListNode, type ListItemNode, type ListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { isItemBlockType } from '@shared/model/blocks';
import {
  $createParagraphNode,
  $getSelection,
  $isElementNode,
  $isLineBreakNode,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type PointType,
} from 'lexical';
import { $createBlock, $createItem } from '../blocks';
import { $createNestedList } from '../nested-list';
import { $isBlockFieldNode } from '../nodes/BlockFieldNode';
import type { StructuredBlockNode } from '../nodes/StructuredBlockNode';
import { $nextBlock } from '../chapters';
import { $topBlockOf } from '../tree';
import { CONVERSION_TARGETS, recogniseBlocks, type BlockPlan, type ConversionTarget, type FieldPlan, type Run, type SourceLine, type Span } from './recognise-blocks';

/**
 * Turns ordinary text into structured blocks on request (recognise-blocks decides what goes where).
 * What can be converted is ordinary text at the top level of the document: the paragraphs, headings
 * and list items the selection touches, or the whole list the caret is in. The text itself moves into
 * the blocks' fields, so links, italics and footnotes come along.
 */

/** What the selection holds, line by line: each line is the inline content of one element. */
interface SelectedText {
  /** Top-level paragraphs, headings and quotations, and top-level items of top-level lists, in order. */
  units: ElementNode[];
  lines: SourceLine[];
  /** The element whose inline children make each line. */
  elements: ElementNode[];
  /** The index in `units` of the unit that holds each line. */
  unitOfLine: number[];
}

/** The block types the selected text can be turned into; none when it is not ordinary text. */
export function $convertibleTargets(): ConversionTarget[] {
  const selected = $selectedText();
  return selected ? CONVERSION_TARGETS.filter((target) => recogniseBlocks(target, selected.lines) !== null) : [];
}

/** Replaces the selected text by the blocks it holds; false, and nothing changed, when it holds none. */
export function $convertSelection(target: ConversionTarget): boolean {
  const selected = $selectedText();
  const conversion = selected && recogniseBlocks(target, selected.lines);
  if (!selected || !conversion) return false;
  // The lines before the first block (an introduction) stay; they are always whole units.
  const units = selected.units.slice(selected.unitOfLine[conversion.kept]);
  const first = units[0]!;
  const last = units.at(-1)!;
  // Items of a list before or after the converted ones stay a list of their own.
  if ($isListItemNode(first) && first.getPreviousSibling()) $splitListAt(first);
  const after = last.getNextSibling();
  if ($isListItemNode(last) && $isListItemNode(after)) $splitListAt(after);

  const slices = $sliceLines(selected.elements, conversion.blocks);
  const blocks = conversion.blocks.map((plan) => $buildBlock(plan, slices));
  const firstTop = $topBlockOf(first)!;
  const lastTop = $topBlockOf(last)!;
  for (const block of blocks) firstTop.insertBefore(block);
  const replaced: LexicalNode[] = [];
  for (let top: LexicalNode | null = firstTop; top; top = $nextBlock(top)) {
    replaced.push(top);
    if (top.is(lastTop)) break;
  }
  for (const node of replaced) node.remove();
  blocks[0]?.selectStart();
  return true;
}

function $selectedText(): SelectedText | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const [start, end] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  const startUnit = $unitOf(start.getNode());
  if (!startUnit) return null;
  if (selection.isCollapsed()) {
    // The caret converts the whole list it is in, never a lone paragraph.
    const list = startUnit.getParent();
    return $isListNode(list) ? $linesOf(list.getChildren().filter($isListItemNode)) : null;
  }
  let endUnit = $unitOf(end.getNode());
  // A selection that ends at the very start of a line (a triple click, Shift+↓) does not take that line.
  if (endUnit && !endUnit.is(startUnit) && $isAtStartOf(end, endUnit)) endUnit = $unitBefore(endUnit);
  if (!endUnit) return null;
  const units: ElementNode[] = [];
  for (let top = $topBlockOf(startUnit); top; top = $nextBlock(top)) {
    for (const unit of $isListNode(top) ? top.getChildren() : [top]) {
      if (unit.is(startUnit) || units.length > 0) {
        if (!$isUnit(unit)) return null; // a block, a table or an image is not ordinary text
        units.push(unit);
      }
      if (unit.is(endUnit)) return units.length ? $linesOf(units) : null;
    }
  }
  return null;
}

const $isUnit = (node: LexicalNode): node is ElementNode =>
  $isParagraphNode(node) || $isHeadingNode(node) || $isQuoteNode(node) || $isListItemNode(node);

/** The top-level paragraph, heading or quotation, or top-level list item, that holds a node. */
function $unitOf(node: LexicalNode): ElementNode | null {
  const top = $topBlockOf(node);
  if (!top) return null;
  if (!$isListNode(top)) return $isUnit(top) ? top : null;
  const item = [node, ...node.getParents()].find((ancestor) => ancestor.getParent()?.is(top));
  return item && $isListItemNode(item) ? item : null;
}

function $unitBefore(unit: ElementNode): ElementNode | null {
  const previous = unit.getPreviousSibling() ?? ($isListItemNode(unit) ? unit.getParent()?.getPreviousSibling() : null);
  if (!previous) return null;
  const candidate = $isListNode(previous) ? previous.getLastChild() : previous;
  return candidate && $isUnit(candidate) ? candidate : null;
}

function $isAtStartOf(point: PointType, unit: ElementNode): boolean {
  if (point.offset !== 0) return false;
  const node = point.getNode();
  return node.is(unit) || node.is(unit.getFirstDescendant()) || ($isElementNode(node) && node.isEmpty() && unit.isParentOf(node));
}

function $linesOf(units: ElementNode[]): SelectedText {
  const selected: SelectedText = { units, lines: [], elements: [], unitOfLine: [] };
  const add = (element: ElementNode, inline: LexicalNode[], line: Omit<SourceLine, 'runs'>, unit: number) => {
    selected.lines.push({ ...line, runs: inline.map(runOf) });
    selected.elements.push(element);
    selected.unitOfLine.push(unit);
  };
  const addItem = (item: ListItemNode, depth: number, type: 'bullet' | 'number', unit: number) => {
    const inline = item.getChildren().filter((child) => !$isListNode(child));
    if (inline.length > 0) add(item, inline, { list: { type, depth }, heading: false }, unit);
    for (const nested of item.getChildren().filter($isListNode)) {
      for (const child of nested.getChildren().filter($isListItemNode)) addItem(child, depth + 1, listTypeOf(nested), unit);
    }
  };
  units.forEach((unit, index) => {
    if ($isListItemNode(unit)) addItem(unit, 0, listTypeOf(unit.getParent()), index);
    else add(unit, unit.getChildren(), { list: null, heading: $isHeadingNode(unit) }, index);
  });
  return selected;
}

const listTypeOf = (list: ElementNode | null): 'bullet' | 'number' => ($isListNode(list) && list.getListType() === 'number' ? 'number' : 'bullet');

/** A text node's text and boldness; a link is bold when all its text is. */
function runOf(node: LexicalNode): Run {
  if ($isTextNode(node)) return { text: node.getTextContent(), bold: node.hasFormat('bold') };
  const texts = $isElementNode(node) ? node.getAllTextNodes() : [];
  return { text: node.getTextContent(), bold: texts.length > 0 && texts.every((text) => text.hasFormat('bold')) };
}

/** Splits a list before an item: the item and those after it move to a new list that continues the numbering. */
function $splitListAt(item: ListItemNode) {
  const list = item.getParent<ListNode>()!;
  const rest = $createListNode(list.getListType(), item.getValue());
  rest.append(item, ...item.getNextSiblings());
  list.insertAfter(rest);
}

const spansOf = (plan: FieldPlan): Span[] =>
  plan.kind === 'line' ? (plan.span ? [plan.span] : []) : plan.kind === 'rich' ? plan.lines.map((line) => line.span) : plan.items.flatMap(spansOfBlock);
const spansOfBlock = (plan: BlockPlan): Span[] => Object.values(plan.fields).flatMap(spansOf);

/**
 * The inline nodes of each span. Text nodes are split at the spans' ends first, all of a line's at
 * once, so that the offsets still hold. Text between spans is what the recognition left out (": ",
 * " – ", "Källa: "); anything else there (a footnote mark) goes with the span before it.
 */
function $sliceLines(elements: readonly ElementNode[], plans: readonly BlockPlan[]): Map<Span, LexicalNode[]> {
  const spans = plans.flatMap(spansOfBlock);
  const slices = new Map<Span, LexicalNode[]>(spans.map((span) => [span, []]));
  for (const lineIndex of new Set(spans.map((span) => span.line))) {
    const element = elements[lineIndex]!;
    const onLine = spans.filter((span) => span.line === lineIndex).sort((a, b) => a.from - b.from);
    for (const cut of new Set(onLine.flatMap((span) => [span.from, span.to]))) $splitTextAt(element, cut);
    const children = $inlineChildren(element);
    for (const node of children) {
      const start = offsetOf(children, node);
      const end = start + node.getTextContentSize();
      const inside = onLine.find((span) => start >= span.from && end <= span.to && (start < span.to || end === start));
      const leftOut = $isTextNode(node) || $isLineBreakNode(node);
      const owner = inside ?? (leftOut ? undefined : (onLine.filter((span) => span.from <= start).at(-1) ?? onLine[0]));
      if (owner) slices.get(owner)!.push(node);
    }
  }
  return slices;
}

const $inlineChildren = (element: ElementNode) => element.getChildren().filter((child) => !$isListNode(child));
const offsetOf = (nodes: readonly LexicalNode[], node: LexicalNode) => {
  let offset = 0;
  for (const candidate of nodes) {
    if (candidate === node) return offset;
    offset += candidate.getTextContentSize();
  }
  return offset;
};

function $splitTextAt(element: ElementNode, cut: number) {
  let offset = 0;
  for (const child of $inlineChildren(element)) {
    const size = child.getTextContentSize();
    if ($isTextNode(child) && offset < cut && cut < offset + size) {
      child.splitText(cut - offset);
      return;
    }
    offset += size;
  }
}

/** A new block (or item) of the plan's type, its fields filled with the text the plan gives them. */
function $buildBlock(plan: BlockPlan, slices: Map<Span, LexicalNode[]>): StructuredBlockNode {
  const block = isItemBlockType(plan.type) ? $createItem(plan.type) : $createBlock({ type: plan.type });
  for (const field of block.getChildren().filter($isBlockFieldNode)) {
    const fieldPlan = plan.fields[field.getField()];
    const content = fieldPlan ? $fieldContent(fieldPlan, slices) : [];
    if (content.length === 0) continue; // left as the empty field a new block has
    field.clear();
    field.append(...content);
  }
  return block;
}

function $fieldContent(plan: FieldPlan, slices: Map<Span, LexicalNode[]>): LexicalNode[] {
  if (plan.kind === 'items') return plan.items.map((item) => $buildBlock(item, slices));
  if (plan.kind === 'line') {
    const nodes = plan.span ? (slices.get(plan.span) ?? []) : [];
    // The bold was how the text marked its title; in a title field it is a title by its place.
    for (const node of nodes) if ($isTextNode(node) && node.hasFormat('bold')) node.toggleFormat('bold');
    return nodes;
  }
  const content: LexicalNode[] = [];
  let list: { type: 'bullet' | 'number'; depth: number; children: LexicalNode[] }[] = [];
  const flush = () => {
    if (list.length) content.push($createNestedList(list));
    list = [];
  };
  for (const line of plan.lines) {
    const nodes = slices.get(line.span) ?? [];
    if (!line.list) {
      flush();
      content.push($createParagraphNode().append(...nodes));
      continue;
    }
    // A top-level item of the other kind starts a list of its own.
    if (line.list.depth === 0 && list[0] && list[0].type !== line.list.type) flush();
    list.push({ type: line.list.type, depth: line.list.depth, children: nodes });
  }
  flush();
  return content;
}
