import { describe, expect, it } from 'vitest';
import { findMatches, foldText, type TextMatch, type TextPiece } from '../../../../renderer/src/find/find-matches';

const block = (text: string): TextPiece => ({ text, startsBlock: true });
const inline = (text: string): TextPiece => ({ text, startsBlock: false });

/** What a reader would see highlighted: the text each match covers, read back from the pieces. */
function covered(pieces: readonly TextPiece[], matches: readonly TextMatch[]): string[] {
  return matches.map(({ start, end }) => {
    let text = '';
    for (let piece = start.piece; piece <= end.piece; piece++) {
      const from = piece === start.piece ? start.offset : 0;
      const to = piece === end.piece ? end.offset : pieces[piece]!.text.length;
      text += pieces[piece]!.text.slice(from, to);
    }
    return text;
  });
}

describe('findMatches', () => {
  it('finds every occurrence in either case, in document order', () => {
    const pieces = [block('Avvikelser rapporteras. En avvikelse'), block('AVVIKELSE i rubrik')];
    const matches = findMatches(pieces, 'avvikelse');
    expect(covered(pieces, matches)).toEqual(['Avvikelse', 'avvikelse', 'AVVIKELSE']);
    expect(matches[0]).toEqual({ start: { piece: 0, offset: 0 }, end: { piece: 0, offset: 9 } });
    expect(matches[2]).toEqual({ start: { piece: 1, offset: 0 }, end: { piece: 1, offset: 9 } });
  });

  it('lets å, ä and ö match themselves in both cases, and never a plain a or o', () => {
    const pieces = [block('Här har vi ÅTGÄRDER och åtgärder, inte atgarder. Över och över.')];
    expect(covered(pieces, findMatches(pieces, 'här'))).toEqual(['Här']);
    expect(covered(pieces, findMatches(pieces, 'Åtgärder'))).toEqual(['ÅTGÄRDER', 'åtgärder']);
    expect(covered(pieces, findMatches(pieces, 'ÖVER'))).toEqual(['Över', 'över']);
  });

  it('finds a phrase that runs across inline formatting, and marks it in each node it touches', () => {
    // "Varje <strong>chef</strong>sansvar": three text nodes of one paragraph.
    const pieces = [block('Varje '), inline('chef'), inline('sansvar gäller')];
    const matches = findMatches(pieces, 'e chefsans');
    expect(matches).toEqual([{ start: { piece: 0, offset: 4 }, end: { piece: 2, offset: 4 } }]);
    expect(covered(pieces, matches)).toEqual(['e chefsans']);
  });

  it('starts a match in the node it begins in and ends it in the node it ends in, not on an empty edge', () => {
    const pieces = [block('Kvalitets'), inline('arbete'), inline(' pågår')];
    expect(findMatches(pieces, 'arbete')).toEqual([{ start: { piece: 1, offset: 0 }, end: { piece: 1, offset: 6 } }]);
  });

  it('never joins two blocks into one phrase', () => {
    const pieces = [block('Uppföljning av'), block('avvikelser')];
    expect(findMatches(pieces, 'av avvikelser')).toEqual([]);
    expect(findMatches(pieces, 'avavvikelser')).toEqual([]);
    expect(covered(pieces, findMatches(pieces, 'av'))).toEqual(['av', 'av']);
  });

  it('takes a no-break space for a space, and finds nothing for an empty or blank query', () => {
    const pieces = [block('Sjövik\u00a0kommun')];
    expect(covered(pieces, findMatches(pieces, 'sjövik kommun'))).toEqual(['Sjövik\u00a0kommun']);
    expect(findMatches(pieces, '')).toEqual([]);
    expect(findMatches(pieces, '   ')).toEqual([]);
  });

  it('does not count overlapping occurrences twice', () => {
    const pieces = [block('aaaa')];
    expect(findMatches(pieces, 'aa')).toHaveLength(2);
  });

  it('keeps offsets where lower case would be longer', () => {
    // A dotted capital I lower-cases to two units; folding keeps it, so later offsets still agree.
    expect(foldText('İstanbul PUFF')).toHaveLength('İstanbul PUFF'.length);
    const pieces = [block('İstanbul PUFF')];
    expect(covered(pieces, findMatches(pieces, 'puff'))).toEqual(['PUFF']);
  });
});
