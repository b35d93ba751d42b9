import { wordTokens } from './analyser';

/** A piece of a snippet; `match` marks the words the query found. Text only: the view decides how to mark. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** About two lines of a result list: enough to recognise the passage, short enough to scan many. */
const SNIPPET_LENGTH = 180;
/** How much of the text before the first match to keep, so the match is seen in its sentence. */
const LEAD = 50;

/**
 * A passage of the text around its first matched word, the matched words marked. The cut falls between
 * words, and an ellipsis says where the text goes on. A text with no matched word gives its beginning.
 */
export function snippetOf(text: string, isMatch: (word: string) => boolean, length = SNIPPET_LENGTH): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const tokens = wordTokens(flat);
  // Words are tested only up to the first match and then within the passage: a query cuts many snippets.
  const first = tokens.find((token) => isMatch(token.word));
  let start = first ? Math.max(0, first.start - LEAD) : 0;
  if (start > 0) start = tokens.find((token) => token.start >= start)?.start ?? start;
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) {
    const last = tokens.findLast((token) => token.end <= end && token.start >= start);
    end = last && last.end > (first?.end ?? start) ? last.end : end;
  }
  const parts: SnippetPart[] = [];
  const push = (piece: string, match: boolean) => {
    if (!piece) return;
    const previous = parts[parts.length - 1];
    if (previous && previous.match === match) previous.text += piece;
    else parts.push({ text: piece, match });
  };
  if (start > 0) push('… ', false);
  let at = start;
  for (const token of tokens) {
    if (token.start < (first?.start ?? end) || token.end > end) continue;
    if (token !== first && !isMatch(token.word)) continue;
    push(flat.slice(at, token.start), false);
    push(flat.slice(token.start, token.end), true);
    at = token.end;
  }
  push(flat.slice(at, end), false);
  if (end < flat.length) push(' …', false);
  return parts;
}
