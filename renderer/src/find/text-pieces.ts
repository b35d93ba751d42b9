import type { TextMatch, TextPiece } from './find-matches';

/**
 * Elements that begin a new line of text for a reader: a match never runs from one into the next. A
 * fixed list rather than computed styles, because reading every node's style on each keystroke in a
 * long handbook would be slow, and the editor and reading view both write semantic HTML.
 */
const BLOCK_SELECTOR = [
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'td', 'th', 'tr', 'ul',
].join(',');

/** Text that is not read as the document's words: styles, scripts, what is hidden from everyone. */
const SKIPPED = 'script,style,template,[hidden],[aria-hidden="true"]';

/** The root's visible text nodes in document order, each with the text piece that findMatches reads. */
export function textPiecesOf(root: HTMLElement): { nodes: Text[]; pieces: TextPiece[] } {
  const nodes: Text[] = [];
  const pieces: TextPiece[] = [];
  let previousBlock: Element | null = null;
  let afterBreak = false;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && node.matches(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof HTMLBRElement) {
      afterBreak = true;
      continue;
    }
    if (!(node instanceof Text) || node.data === '') continue;
    const block = node.parentElement?.closest(BLOCK_SELECTOR) ?? root;
    pieces.push({ text: node.data, startsBlock: afterBreak || block !== previousBlock });
    nodes.push(node);
    previousBlock = block;
    afterBreak = false;
  }
  return { nodes, pieces };
}

/** A match as a DOM Range over the text nodes it was found in. */
export function rangeOf(nodes: readonly Text[], match: TextMatch): Range {
  const range = nodes[match.start.piece]!.ownerDocument.createRange();
  range.setStart(nodes[match.start.piece]!, match.start.offset);
  range.setEnd(nodes[match.end.piece]!, match.end.offset);
  return range;
}
