import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { text, type SerializedNode } from '../../../../shared/model/content';
import { textOf } from '../../../../shared/model/tree';
import { LONG_TEXT, longTextPieces, PIECE_LENGTH } from '../../../../renderer/src/reading/long-text';

const lineBreak: SerializedNode = { type: 'linebreak', version: 1 };
const link = (label: string): SerializedNode => ({ type: 'link', version: 1, url: 'https://example.se', children: [text(label)] });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const joined = (pieces: SerializedNode[][]) => pieces.map((piece) => piece.map((node) => textOf(node)).join('')).join('');

describe('a very long line drawn in pieces', () => {
  it('leaves a line of ordinary length as it is', () => {
    expect(longTextPieces([text('Kort stycke.')])).toBeNull();
    expect(longTextPieces([text('a'.repeat(LONG_TEXT))])).toBeNull();
  });

  it('cuts 150,000 dots between two words into pieces of at most the piece length, every character kept', () => {
    const line = `Inledning ${'.'.repeat(150_000)}slut`;
    const pieces = longTextPieces([text(line, 1)])!;
    expect(pieces.length).toBe(Math.ceil(line.length / PIECE_LENGTH));
    expect(joined(pieces)).toBe(line);
    for (const piece of pieces) expect(textOf({ type: 'paragraph', version: 1, children: piece }).length).toBeLessThanOrEqual(PIECE_LENGTH);
    // Bold stays bold in every piece.
    expect(pieces.flat().every((node) => node.format === 1)).toBe(true);
  });

  it('ends a piece after a space rather than inside a word, when a space is near', () => {
    const words = Array.from({ length: 3000 }, (_, index) => `ord${index}`).join(' ');
    const pieces = longTextPieces([text(words)])!;
    expect(joined(pieces)).toBe(words);
    for (const piece of pieces.slice(0, -1)) expect(textOf(piece.at(-1)!)).toMatch(/ $/);
  });

  it('keeps a link, a line break and a footnote whole, in order', () => {
    const nodes = [text('a'.repeat(9000)), link('Länken hela'), lineBreak, { type: 'footnote', version: 1, text: 'Not' }, text('b'.repeat(9000))];
    const pieces = longTextPieces(nodes)!;
    const flat = pieces.flat();
    expect(flat.filter((node) => node.type !== 'text')).toEqual(nodes.slice(1, 4));
    expect(joined(pieces)).toBe(`${'a'.repeat(9000)}Länken hela${'b'.repeat(9000)}`);
  });

  it('never cuts between the halves of a surrogate pair', () => {
    // One letter first, so that a cut at the piece length falls inside a pair.
    const line = `a${'😀'.repeat(8000)}`;
    const pieces = longTextPieces([text(line)])!;
    expect(joined(pieces)).toBe(line);
    for (const node of pieces.flat()) expect(textOf(node)).not.toMatch(LONE_SURROGATE);
  });

  it('loses and reorders nothing for any mix of runs, links and breaks', () => {
    const run = fc.oneof(
      fc.string({ maxLength: 40 }).map((value) => text(value)),
      fc.stringMatching(/^[a-z .😀]{0,30}$/u).map((value) => text(value.repeat(20), 2)),
      fc.constant(lineBreak),
      fc.string({ minLength: 1, maxLength: 10 }).map(link),
    );
    fc.assert(
      fc.property(fc.array(run, { maxLength: 60 }), fc.integer({ min: 4, max: 200 }), (nodes, limit) => {
        const pieces = longTextPieces(nodes, limit, 0);
        if (!pieces) return nodes.length === 0;
        expect(joined(pieces)).toBe(nodes.map((node) => textOf(node)).join(''));
        expect(pieces.flat().filter((node) => node.type !== 'text')).toEqual(nodes.filter((node) => node.type !== 'text'));
        expect(pieces.every((piece) => piece.length > 0)).toBe(true);
        return true;
      }),
    );
  });
});
