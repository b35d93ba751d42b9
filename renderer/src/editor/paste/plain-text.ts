import { $createParagraphNode, $createTextNode, type LexicalNode } from 'lexical';
import { $createNestedList } from '../nested-list';

/**
 * Plain text as a writer means it: each line a paragraph, lines starting with "- ", "* " or "• " a
 * bulleted list and lines starting with "1. " or "1) " a numbered one (indented lines nest), and blank
 * lines only the space between paragraphs, never empty paragraphs of their own.
 */
export type PlainTextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: PlainTextItem[] };

export interface PlainTextItem {
  type: 'bullet' | 'number';
  text: string;
  /** 0 at the list's own level, 1 for an item nested under the one before, and so on. */
  depth: number;
  /** The number a numbered item was written with (a list may start at 3). */
  number: number | null;
}

/**
 * Lists nest at most as deep as Word's do; a line indented further stays at the deepest level. Plain
 * text can be indented thousands of levels, and a list that deep must not even be built (Lexical walks
 * its nodes recursively).
 */
export const MAX_LIST_LEVELS = 9;

const BULLET = /^([ \t]*)[-*•][ \t]+(\S.*)$/;
const NUMBERED = /^([ \t]*)(\d{1,3})[.)][ \t]+(\S.*)$/;

/** How far a line is indented, a tab counted as four spaces. */
const indentOf = (whitespace: string) => whitespace.replace(/\t/g, '    ').length;

function listItem(line: string): (Omit<PlainTextItem, 'depth'> & { indent: number }) | null {
  const bullet = BULLET.exec(line);
  if (bullet) return { type: 'bullet', text: bullet[2]!.trimEnd(), number: null, indent: indentOf(bullet[1]!) };
  const numbered = NUMBERED.exec(line);
  if (numbered) return { type: 'number', text: numbered[3]!.trimEnd(), number: Number(numbered[2]), indent: indentOf(numbered[1]!) };
  return null;
}

export function readPlainText(text: string): PlainTextBlock[] {
  const blocks: PlainTextBlock[] = [];
  let list: { items: PlainTextItem[]; indents: number[] } | null = null;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (!line.trim()) continue; // a blank line separates; a list goes on across it when an item follows
    const item = listItem(line);
    if (!item) {
      list = null;
      blocks.push({ kind: 'paragraph', text: line.trim() });
      continue;
    }
    if (list) {
      // Deeper than the item before: one level down; shallower: back to the level it lines up with.
      const indents = list.indents;
      if (item.indent > indents.at(-1)!) {
        if (indents.length < MAX_LIST_LEVELS) indents.push(item.indent);
      }
      else while (indents.length > 1 && item.indent < indents.at(-1)!) indents.pop();
      // A top-level item of the other kind starts a list of its own.
      if (indents.length === 1 && item.type !== list.items[0]!.type) list = null;
    }
    if (!list) {
      list = { items: [], indents: [item.indent] };
      blocks.push({ kind: 'list', items: list.items });
    }
    list.items.push({ type: item.type, text: item.text, number: item.number, depth: list.indents.length - 1 });
  }
  return blocks;
}

/** Whether plain text has the structure that readPlainText is for: more than one line. */
export function hasSeveralLines(text: string): boolean {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim()).length > 1;
}

/** The paragraphs and lists that plain text makes, to insert at the caret. */
export function $nodesFromPlainText(text: string): LexicalNode[] {
  return readPlainText(text).map((block) =>
    block.kind === 'paragraph'
      ? $createParagraphNode().append($createTextNode(block.text))
      : $createNestedList(
          block.items.map((item) => ({ type: item.type, depth: item.depth, children: [$createTextNode(item.text)] })),
          block.items[0]!.number ?? 1,
        ),
  );
}

/**
 * Text for a one-line field: its lines joined by single spaces. Split on line ends and trimmed line by
 * line, not with a pattern like /\s*[\r\n]+\s*\/ that scans every run of spaces again from each of its
 * characters (quadratic on a long run of spaces).
 */
export function asOneLine(text: string): string {
  return text
    .split(/[\r\n]+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}
