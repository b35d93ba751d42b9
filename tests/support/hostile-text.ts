import fc from 'fast-check';

/**
 * fast-check generators for pathological text (issue 17, point 10): what an archive or a paste can put
 * in a paragraph, a metadata field or a memo part. Long runs are built by repeating a piece, so that a
 * run of thousands of characters costs fast-check nothing to make or to shrink.
 */

/** A piece repeated up to `max` times: a run of dots, spaces or anything else. */
export const runOf = (pieces: readonly string[], max = 20_000) =>
  fc.tuple(fc.constantFrom(...pieces), fc.integer({ min: 1, max })).map(([piece, times]) => piece.repeat(times));

/** Sentence stops and other punctuation, alone and mixed: what ended the LIX scan's linear time. */
export const STOPS = ['.', '!', '?', ':', '…', ';', ',', '.!?:', '. ', '.\u00a0', '?!'];
/** White space of every kind JavaScript's `\s` knows, and some it does not (a zero-width space). */
export const SPACES = [' ', '\t', '\n', '\r\n', '\n\n', '\u00a0', '\u2028', '\u3000', '\u200b', ' \n '];
/** Words of several scripts, with combining marks, right-to-left text and astral characters. */
export const SCRIPTS = ['Kvalitet', 'åäö', 'Качество', 'ποιότητα', 'جودة', '品質', 'e\u0301', '𝔎𝔳𝔞𝔩𝔦𝔱𝔢𝔱', '👍🏽', '\u202eevil\u202c', '2025-01-13', '§ 64'];
/** Characters XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF, lone surrogates), and C1 controls and DEL, which it allows. */
export const CONTROLS = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\ufffe', '\uffff', '\ud800', '\udc00', '\u007f', '\u0085', '\u009b'];
/** Sequences that look like abbreviations, whose full stops the LIX scan must skip one by one. */
export const ABBREVIATIONS = ['t.ex.', 'bl.a.', 'm.m.', 'o.s.v.', 'fr.o.m.', 't.e.x.', 'a.b.c.d.', 'S.K.', 'ca.'];

/** One pathological piece: a long run of one kind, a very long word, or a short ordinary word. */
export const hostilePiece = fc.oneof(
  runOf(STOPS),
  runOf(SPACES),
  runOf(SCRIPTS, 2_000),
  runOf(CONTROLS, 2_000),
  runOf(ABBREVIATIONS, 5_000),
  // A very long word (compounds do get long, though not this long).
  fc.integer({ min: 1, max: 30_000 }).map((letters) => `ord${'a'.repeat(letters)}`),
  fc.constantFrom('Kommunfullmäktige', 'beslutar', 'att', 'anta', 'handboken', '.', ' '),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** A text made of a few pathological pieces, glued together or apart (a run of dots right before a letter is the worst case). */
export const hostileText = fc
  .array(fc.tuple(hostilePiece, fc.constantFrom('', ' ', '\n', '\n\n')), { minLength: 1, maxLength: 8 })
  .map((pieces) => pieces.map(([piece, separator]) => piece + separator).join(''));
