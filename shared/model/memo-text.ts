import { z } from 'zod';
import { words } from '../text/lix';

/**
 * The text of a memo part (a summary, a description, an assessment, a part of the organisation's own).
 * Every reader of a part's text goes through this module, so that what a part holds can grow (rich
 * text with lists and headings) without its readers changing.
 */
export const memoTextSchema = z.string().default('');
export type MemoText = z.infer<typeof memoTextSchema>;

export const EMPTY_MEMO_TEXT: MemoText = '';

/** The part's paragraphs as plain text: paragraphs are separated by a blank line. */
export function memoTextParagraphs(text: MemoText | undefined): string[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export const isBlankMemoText = (text: MemoText | undefined): boolean => memoTextParagraphs(text).length === 0;

export const memoTextWordCount = (text: MemoText | undefined): number => memoTextParagraphs(text).reduce((sum, paragraph) => sum + words(paragraph).length, 0);
