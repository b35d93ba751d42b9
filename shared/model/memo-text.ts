import { z } from 'zod';
import { words } from '../text/lix';
import { content, element, paragraph, text, type SerializedContent, type SerializedNode } from './content';
import { normalizeContent } from './normalize-content';
import { childrenOf, isLineContainer } from './tree';

/**
 * The text of a memo part (a summary, a description, an assessment, a part of the organisation's own).
 * Every reader of a part's text goes through this module, so that its readers need not know its shape.
 *
 * A part is rich text over the document's own content model (Lexical's JSON, content.ts), in the
 * subset a memo part needs: paragraphs, bulleted and numbered lists (nested), bold and italic, links,
 * sub-headings and footnotes. Officials paste lists and sub-headings from Word into the memo; as plain
 * text they collapsed into one line in the exports.
 */
export type MemoText = SerializedContent;

/** A new, empty part: one empty paragraph, as Lexical expects. */
export const emptyMemoText = (): MemoText => content();

/** The empty text, for a part that has none yet; never changed in place (the editor copies what it reads). */
export const EMPTY_MEMO_TEXT: MemoText = emptyMemoText();

/**
 * Plain text as a part's rich text, the way memos before rich text were written: a blank line
 * separates paragraphs, a single line break stays a line break inside its paragraph.
 */
export function memoTextFromPlain(plain: string): MemoText {
  const chunks = plain
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n\s*/)
    .map((chunk) => chunk.trim())
    .filter(Boolean);
  return content(...chunks.map(paragraphOfLines));
}

/** A paragraph whose lines are joined by Lexical's line breaks (a text run cannot hold a "\n"). */
function paragraphOfLines(chunk: string): SerializedNode {
  const runs = chunk.split('\n').flatMap((line, index) => (index === 0 ? [text(line)] : [{ type: 'linebreak', version: 1 }, text(line)]));
  return paragraph(...runs);
}

/** A part's sub-heading: the part's own name is the level above it in every export. */
export const MEMO_SUB_HEADING = 'h3';

/** A part of several paragraphs, for drafts and tests. */
export const memoTextOfParagraphs = (paragraphs: readonly string[]): MemoText => content(...paragraphs.map((each) => paragraph(each)));

/** A sub-heading of a part, for drafts and tests. */
export const memoSubHeading = (value: string): SerializedNode => element('heading', [text(value)], { tag: MEMO_SUB_HEADING });

/**
 * What a stored part may hold: the rich text of today (checked by the content gate, which repairs and
 * upgrades it as it does a document's body), or the plain string that memos stored before rich text
 * (upgraded as memoTextFromPlain says). A missing part is an empty one.
 */
export const memoTextSchema = z.unknown().optional().transform((raw, context): MemoText => {
  if (raw === undefined || raw === null) return emptyMemoText();
  if (typeof raw === 'string') return memoTextFromPlain(raw);
  const checked = normalizeContent(raw);
  if (checked.ok) return checked.value;
  for (const problem of checked.problems) context.issues.push({ code: 'custom', message: `${problem.path}: ${problem.code}`, input: raw });
  return z.NEVER;
});

/**
 * The blocks of a part as the exports draw them. Any heading is a sub-heading of its part (a heading
 * pasted from Word as "Rubrik 1" would otherwise stand above the part's own name).
 */
export function memoTextBlocks(value: MemoText | undefined): SerializedNode[] {
  return (value?.root.children ?? []).map((block) => (block.type === 'heading' && block.tag !== MEMO_SUB_HEADING ? { ...block, tag: MEMO_SUB_HEADING } : block));
}

/**
 * The part's lines as plain text, in reading order: each paragraph, sub-heading and list item is one
 * (a list item's nested list gives lines of its own); a line break stays a "\n" in its line; empty
 * lines are left out. For the quality checks (words, LIX) and for tests.
 */
export function memoTextParagraphs(value: MemoText | undefined): string[] {
  const lines: string[] = [];
  const walkBlock = (node: SerializedNode) => {
    const children = childrenOf(node);
    const own: string[] = [];
    for (const child of children) {
      if (isLineContainer(child) && !isInline(child)) walkBlock(child);
      else collectInline(child, own);
    }
    const line = own.join('').trim();
    if (line) lines.push(line);
  };
  for (const block of value?.root.children ?? []) walkBlock(block);
  return lines;
}

const isInline = (node: SerializedNode) => node.type === 'link' || node.type === 'autolink';

/** The text of a line's runs; a footnote's text is its own, not the line's. */
function collectInline(node: SerializedNode, into: string[]): void {
  if (node.type === 'text' && typeof node.text === 'string') into.push(node.text);
  else if (node.type === 'linebreak') into.push('\n');
  else if (node.type === 'tab') into.push('\t');
  else for (const child of childrenOf(node)) collectInline(child, into);
}

export const isBlankMemoText = (value: MemoText | undefined): boolean => memoTextParagraphs(value).length === 0;

export const memoTextWordCount = (value: MemoText | undefined): number => memoTextParagraphs(value).reduce((sum, line) => sum + words(line).length, 0);
