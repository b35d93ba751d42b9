import type { SerializedNode } from '@shared/model/content';
import { textOf } from '@shared/model/tree';

/**
 * A paragraph of tens of thousands of characters (text pasted from a PDF without its line breaks, a
 * hostile archive) would be shaped and broken into lines in one go when the reading page opens, a
 * frame of hundreds of milliseconds, whether the reader scrolls to it or not. Beyond LONG_TEXT, the
 * reading page draws the paragraph in pieces the browser lays out only as they come into view
 * (content-visibility). A piece ends at a space where there is one, so the cost to the eye is a line
 * that ends early once every few thousand characters, in paragraphs no real document has.
 */
export const LONG_TEXT = 10_000;
export const PIECE_LENGTH = 5_000;

/** A line break, a tab or a footnote mark counts as one character. */
const lengthOf = (node: SerializedNode): number => Math.max(1, textOf(node).length);

/**
 * The line's inline nodes in pieces of about PIECE_LENGTH characters, in order and losing nothing: a
 * text node is cut in two, each part keeping its format; anything else (a link, a footnote) stays
 * whole in one piece. Null when the line is short enough to be drawn as it is.
 */
export function longTextPieces(nodes: readonly SerializedNode[], limit = PIECE_LENGTH, longText = LONG_TEXT): SerializedNode[][] | null {
  if (nodes.reduce((sum, node) => sum + lengthOf(node), 0) <= longText) return null;
  const pieces: SerializedNode[][] = [];
  let piece: SerializedNode[] = [];
  let length = 0;
  const close = () => {
    pieces.push(piece);
    piece = [];
    length = 0;
  };
  for (const node of nodes) {
    if (node.type !== 'text' || typeof node.text !== 'string') {
      piece.push(node);
      length += lengthOf(node);
      if (length >= limit) close();
      continue;
    }
    let text = node.text;
    while (length + text.length > limit) {
      const cut = cutIn(text, limit - length, limit / 4, piece.length > 0);
      if (cut > 0) piece.push({ ...node, text: text.slice(0, cut) });
      text = text.slice(cut);
      close();
    }
    if (text) {
      piece.push({ ...node, text });
      length += text.length;
    }
  }
  if (piece.length) pieces.push(piece);
  return pieces;
}

/**
 * Where to cut text that has `room` characters left in the piece: after the last space at most `reach`
 * back, else (the piece already holding something) before the text, else through the word, never
 * between the two halves of a surrogate pair.
 */
function cutIn(text: string, room: number, reach: number, pieceHasContent: boolean): number {
  for (let index = room; index > 0 && index >= room - reach; index -= 1) if (/\s/.test(text[index - 1]!)) return index;
  if (pieceHasContent) return 0;
  const high = text.charCodeAt(room - 1);
  return high >= 0xd800 && high <= 0xdbff ? room - 1 || room + 1 : room;
}
