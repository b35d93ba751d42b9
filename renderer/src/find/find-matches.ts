/**
 * Finding a phrase in text that the page splits into many text nodes (bold inside a sentence, a link,
 * a block title): pure, over the nodes' strings, so it is tested without a DOM.
 */

/** The text of one text node, in document order. */
export interface TextPiece {
  readonly text: string;
  /**
   * True when the piece begins a new block (a paragraph, a heading, a table cell) or follows a line
   * break: a match never runs across that seam, as a reader sees two lines there, not one phrase.
   */
  readonly startsBlock: boolean;
}

/** A place in the pieces: the piece's index and an offset in its text (UTF-16 units, as Range wants). */
export interface TextPoint {
  readonly piece: number;
  readonly offset: number;
}

export interface TextMatch {
  readonly start: TextPoint;
  /** Just after the last character, as a Range's end. */
  readonly end: TextPoint;
}

/**
 * Every occurrence of `query` in the pieces, case-insensitive, left to right and not overlapping.
 * Å, ä and ö match themselves in either case and never a plain a or o: a Swedish reader looking for
 * "här" does not want "har".
 */
export function findMatches(pieces: readonly TextPiece[], query: string): TextMatch[] {
  const needle = foldText(query);
  if (needle.trim() === '') return [];
  const matches: TextMatch[] = [];
  for (const run of blockRuns(pieces)) {
    let from = 0;
    for (;;) {
      const at = run.text.indexOf(needle, from);
      if (at < 0) break;
      matches.push({ start: run.pointAt(at, 'start'), end: run.pointAt(at + needle.length, 'end') });
      from = at + needle.length;
    }
  }
  return matches;
}

/**
 * Lower case, one UTF-16 unit for one, so that an offset in the folded text is the same offset in the
 * page's text (the few characters whose lower case is longer, such as a dotted capital I, keep their
 * own form). A no-break space counts as a space: the editor writes one where a user typed two spaces.
 */
export function foldText(text: string): string {
  let folded = '';
  for (const unit of text) {
    if (unit === '\u00a0') {
      folded += ' ';
      continue;
    }
    const lower = unit.toLocaleLowerCase('sv');
    folded += lower.length === unit.length ? lower : unit;
  }
  return folded;
}

/** The pieces of one block joined into one string, with the way back from a string offset to a piece. */
interface BlockRun {
  readonly text: string;
  pointAt(offset: number, side: 'start' | 'end'): TextPoint;
}

function blockRuns(pieces: readonly TextPiece[]): BlockRun[] {
  const runs: BlockRun[] = [];
  let first = 0;
  for (let index = 1; index <= pieces.length; index++) {
    if (index === pieces.length || pieces[index]!.startsBlock) {
      if (index > first) runs.push(blockRun(pieces, first, index));
      first = index;
    }
  }
  return runs;
}

function blockRun(pieces: readonly TextPiece[], first: number, afterLast: number): BlockRun {
  // starts[i] is where piece first+i begins in the joined text.
  const starts: number[] = [];
  let text = '';
  for (let index = first; index < afterLast; index++) {
    starts.push(text.length);
    text += foldText(pieces[index]!.text);
  }
  return {
    text,
    pointAt(offset, side) {
      // A start at a seam belongs to the piece that begins there, an end to the piece that ends there,
      // so that a match never covers an empty sliver of a neighbouring node.
      let local = starts.length - 1;
      for (let candidate = 0; candidate < starts.length; candidate++) {
        const begins = starts[candidate]!;
        const ends = candidate + 1 < starts.length ? starts[candidate + 1]! : text.length;
        if (side === 'start' ? offset >= begins && offset < ends : offset > begins && offset <= ends) {
          local = candidate;
          break;
        }
      }
      return { piece: first + local, offset: offset - starts[local]! };
    },
  };
}
