import type { BlockType } from '@shared/model/blocks';

/**
 * Recognises structured blocks in ordinary text: a pasted numbered list of bold titles becomes
 * principles, a bold role name with "ansvarar för att" and a list a role, and so on. Pure: it reads
 * lines of text runs and answers with a plan of which characters of which line go into which field,
 * so that the editor can move the real text there (links, italics and footnotes included) and tests
 * need no editor. Separators between a title and its text (": ", " – ") are left out of both.
 */

/** A run of text in a line, and whether it is bold: a pasted title is usually the bold start of a line. */
export interface Run {
  text: string;
  bold: boolean;
}

export interface SourceLine {
  runs: readonly Run[];
  /** For a list item: its list's kind and how deeply it is nested (0 at the top level). */
  list: ListPlace | null;
  heading: boolean;
}

export interface ListPlace {
  type: 'number' | 'bullet';
  depth: number;
}

/** Characters [from, to) of one line. */
export interface Span {
  line: number;
  from: number;
  to: number;
}

/** A line of a rich field: a paragraph, or an item of a list (its depth counted within the field). */
export interface RichLine {
  span: Span;
  list: ListPlace | null;
}

export type FieldPlan =
  | { kind: 'line'; span: Span | null }
  | { kind: 'rich'; lines: RichLine[] }
  | { kind: 'items'; items: BlockPlan[] };

/** A block to create; fields it does not name start empty. */
export interface BlockPlan {
  type: BlockType;
  fields: Record<string, FieldPlan>;
}

export interface Conversion {
  /** How many lines at the start stay as they are (an introduction before the first title). */
  kept: number;
  blocks: BlockPlan[];
}

export const CONVERSION_TARGETS = ['principle', 'role', 'method-guide', 'definition'] as const;
export type ConversionTarget = (typeof CONVERSION_TARGETS)[number];

/** The blocks the lines hold when read as `target`, or null when they do not hold any. */
export function recogniseBlocks(target: ConversionTarget, lines: readonly SourceLine[]): Conversion | null {
  const texts = lines.map(lineText);
  if (!texts.some((text) => text.trim())) return null;
  return target === 'role' ? recogniseRoles(lines, texts) : recogniseTitledItems(target, lines, texts);
}

/** A title longer than this is not a title but a sentence. */
const MAX_TITLE = 80;
/** What may stand between a title and its text, and is left out of both. */
const SEPARATOR_CHARS = /[\s:.–—-]/;
// `\s*\(?\s*` would split a line of spaces between its two runs in n ways, each failing at the end.
const SOURCE_LINE = /^\s*(?:\(\s*)?källa\s*:\s*/i;

const lineText = (line: SourceLine) => line.runs.map((run) => run.text).join('');
const line = (span: Span | null): FieldPlan => ({ kind: 'line', span });
const rich = (lines: RichLine[]): FieldPlan => ({ kind: 'rich', lines });

/** The span with whitespace trimmed at both ends, or null when nothing is left. */
function trimmed(texts: readonly string[], span: Span): Span | null {
  const text = texts[span.line]!;
  let { from, to } = span;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return from < to ? { line: span.line, from, to } : null;
}

/** A title without the separator it ends with ("Medborgaren i fokus." → "Medborgaren i fokus"). */
function titleSpan(texts: readonly string[], lineIndex: number, from: number, to: number): Span | null {
  const text = texts[lineIndex]!;
  while (to > from && SEPARATOR_CHARS.test(text[to - 1]!)) to--;
  return trimmed(texts, { line: lineIndex, from, to });
}

/** The text after a title, without the separator it starts with ("– vi mäter" → "vi mäter"). */
function restSpan(texts: readonly string[], lineIndex: number, from: number): Span | null {
  const text = texts[lineIndex]!;
  while (from < text.length && /\s/.test(text[from]!)) from++;
  if (/[:.–—-]/.test(text[from] ?? '') && /\s/.test(text[from + 1] ?? ' ')) from++;
  return trimmed(texts, { line: lineIndex, from, to: text.length });
}

/** Where a bold start of the line ends (after the bold runs and the spaces between them), or 0. */
function boldPrefixEnd(line: SourceLine): number {
  let offset = 0;
  let end = 0;
  for (const run of line.runs) {
    if (!run.text.trim()) {
      offset += run.text.length;
      continue;
    }
    if (!run.bold) break;
    offset += run.text.length;
    end = offset;
  }
  return end;
}

/** Where a title ends at ": " or " – " early in the line, and where its text starts; or null. */
function separatorSplit(text: string): { titleEnd: number; restStart: number } | null {
  const match = /:\s|\s[–—-]\s/.exec(text);
  if (!match || match.index === 0 || match.index > MAX_TITLE || !text.slice(0, match.index).trim()) return null;
  return { titleEnd: match.index, restStart: match.index + match[0].length };
}

/** A long line whose first sentence is short enough for a title: where that sentence ends. */
function firstSentenceSplit(text: string): { titleEnd: number; restStart: number } | null {
  if (text.trim().length <= MAX_TITLE) return null;
  const match = /[.!?]\s+(?=\S)/.exec(text);
  if (!match || match.index > MAX_TITLE) return null;
  return { titleEnd: match.index + (match[0][0] === '.' ? 0 : 1), restStart: match.index + match[0].length };
}

interface TitledItem {
  title: Span | null;
  body: RichLine[];
  /** Started at a top-level list item: its nested items sit one level higher in the body. */
  fromList: boolean;
  /** A "Källa: …" line, for a definition. */
  source: Span | null;
}

/**
 * Splits the lines into items that each start with a title: principles, steps, definitions. Items
 * start at paragraphs that begin in bold (a list between them belongs to the item before); without
 * those, at each top-level list item; without those, at headings; without those, at lines such as
 * "Title: text" or "Title – text"; without any of those, at every line. A definition also starts at
 * every "Term – definition" line. Lines before the first start are kept as they are.
 */
function recogniseTitledItems(target: Exclude<ConversionTarget, 'role'>, lines: readonly SourceLine[], texts: readonly string[]): Conversion | null {
  const filled = (index: number) => texts[index]!.trim() !== '';
  const isSource = (index: number) => target === 'definition' && SOURCE_LINE.test(texts[index]!);
  const boldParagraph = (index: number) => !isSource(index) && lines[index]!.list === null && boldPrefixEnd(lines[index]!) > 0;
  const topItem = (index: number) => lines[index]!.list?.depth === 0;
  const separated = (index: number) => !isSource(index) && lines[index]!.list === null && separatorSplit(texts[index]!) !== null;
  const orAlsoTerms = (starts: (index: number) => boolean) => (index: number) => starts(index) || (target === 'definition' && separated(index));
  const indices = lines.map((_, index) => index).filter(filled);
  let starts: (index: number) => boolean;
  if (indices.some(boldParagraph)) starts = orAlsoTerms(boldParagraph);
  else if (indices.some(topItem)) starts = orAlsoTerms(topItem);
  else if (indices.some((index) => lines[index]!.heading)) starts = (index) => lines[index]!.heading;
  else if (indices.some(separated)) starts = separated;
  else starts = (index) => !isSource(index);

  const items: TitledItem[] = [];
  let kept = lines.length;
  for (const index of indices) {
    const source = lines[index]!;
    const text = texts[index]!;
    if (starts(index)) {
      if (items.length === 0) kept = index;
      const boldEnd = source.list === null || topItem(index) ? boldPrefixEnd(source) : 0;
      const split =
        boldEnd > 0 ? { titleEnd: boldEnd, restStart: boldEnd } : source.heading ? null : (separatorSplit(text) ?? firstSentenceSplit(text));
      const title = titleSpan(texts, index, 0, split ? split.titleEnd : text.length);
      const rest = split ? restSpan(texts, index, split.restStart) : null;
      items.push({ title, body: rest ? [{ span: rest, list: null }] : [], source: null, fromList: topItem(index) });
      continue;
    }
    const item = items.at(-1);
    if (!item) continue;
    const whole = trimmed(texts, { line: index, from: 0, to: text.length });
    if (!whole) continue;
    if (isSource(index)) {
      item.source = trimmed(texts, { line: index, from: SOURCE_LINE.exec(text)![0].length, to: text.replace(/\)\s*$/, '').length });
      continue;
    }
    const list = source.list ? { type: source.list.type, depth: Math.max(0, source.list.depth - (item.fromList ? 1 : 0)) } : null;
    item.body.push({ span: whole, list });
  }
  if (items.length === 0) return null;

  const blocks: BlockPlan[] =
    target === 'method-guide'
      ? [{ type: 'method-guide', fields: { steps: { kind: 'items', items: items.map((item) => ({ type: 'method-step', fields: { title: line(item.title), guidance: rich(item.body) } })) } } }]
      : items.map(
          (item): BlockPlan =>
            target === 'principle'
              ? { type: 'principle', fields: { title: line(item.title), explanation: rich(item.body) } }
              : { type: 'definition', fields: { term: line(item.title), definition: rich(item.body), source: line(item.source) } },
        );
  return { kept, blocks };
}

/**
 * Roles: a role starts at the first paragraph, at each paragraph that begins in bold and at each paragraph
 * after a list. Its first line gives the role (the bold part, or what stands before "ansvarar"), the
 * rest of that line or the next paragraph the lead-in ("ansvarar för att"), and what follows the
 * responsibilities.
 */
function recogniseRoles(lines: readonly SourceLine[], texts: readonly string[]): Conversion | null {
  const indices = lines.map((_, index) => index).filter((index) => texts[index]!.trim() !== '');
  const paragraph = (index: number) => lines[index]!.list === null;
  const starts = (index: number, position: number) =>
    paragraph(index) && (position === 0 || boldPrefixEnd(lines[index]!) > 0 || lines[indices[position - 1]!]!.list !== null);

  const blocks: BlockPlan[] = [];
  let kept = lines.length;
  let current: { role: Span | null; lead: Span | null; responsibilities: RichLine[]; awaitingLead: boolean } | null = null;
  let complete = true;
  const finish = () => {
    if (!current) return;
    // A role needs its name and something it is responsible for.
    complete &&= current.role !== null && (current.lead !== null || current.responsibilities.length > 0);
    blocks.push({ type: 'role', fields: { role: line(current.role), lead: line(current.lead), responsibilities: rich(current.responsibilities) } });
  };
  for (const [position, index] of indices.entries()) {
    const text = texts[index]!;
    if (starts(index, position)) {
      finish();
      if (current === null) kept = index;
      const boldEnd = boldPrefixEnd(lines[index]!);
      const responsible = /\s(ansvarar\b)/i.exec(text);
      const roleEnd = boldEnd > 0 ? boldEnd : responsible && responsible.index <= MAX_TITLE ? responsible.index : text.length;
      const lead = leadSpan(texts, index, roleEnd);
      current = { role: titleSpan(texts, index, 0, roleEnd), lead, responsibilities: [], awaitingLead: lead === null };
      continue;
    }
    if (!current) continue;
    if (current.awaitingLead && paragraph(index)) {
      current.lead = leadSpan(texts, index, 0);
      current.awaitingLead = false;
      continue;
    }
    current.awaitingLead = false;
    const list = lines[index]!.list;
    current.responsibilities.push({ span: trimmed(texts, { line: index, from: 0, to: text.length })!, list });
  }
  finish();
  return complete && blocks.length > 0 ? { kept, blocks } : null;
}

/** A lead-in without the colon it often ends with: "ansvarar för att:" → "ansvarar för att". */
function leadSpan(texts: readonly string[], lineIndex: number, from: number): Span | null {
  const rest = restSpan(texts, lineIndex, from);
  if (!rest) return null;
  const text = texts[lineIndex]!;
  let to = rest.to;
  while (to > rest.from && /[\s:]/.test(text[to - 1]!)) to--;
  return to > rest.from ? { ...rest, to } : null;
}
