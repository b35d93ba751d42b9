import { describe, expect, it } from 'vitest';
import { hasSeveralLines, readPlainText } from '../../../../renderer/src/editor/paste/plain-text';

describe('readPlainText', () => {
  it('makes each line a paragraph and lets blank lines only separate them', () => {
    expect(readPlainText('Första stycket.\n\n\nAndra stycket.\r\n\r\nTredje.\n')).toEqual([
      { kind: 'paragraph', text: 'Första stycket.' },
      { kind: 'paragraph', text: 'Andra stycket.' },
      { kind: 'paragraph', text: 'Tredje.' },
    ]);
  });

  it('reads "- ", "* " and "• " lines as a bulleted list and "1. " or "1) " lines as a numbered one', () => {
    expect(readPlainText('Inledning\n- via e-post\n* per telefon\n\n• i receptionen\n3. Registrera\n4) Besvara\nSlut')).toEqual([
      { kind: 'paragraph', text: 'Inledning' },
      {
        kind: 'list',
        items: [
          { type: 'bullet', text: 'via e-post', depth: 0, number: null },
          { type: 'bullet', text: 'per telefon', depth: 0, number: null },
          { type: 'bullet', text: 'i receptionen', depth: 0, number: null },
        ],
      },
      {
        kind: 'list',
        items: [
          { type: 'number', text: 'Registrera', depth: 0, number: 3 },
          { type: 'number', text: 'Besvara', depth: 0, number: 4 },
        ],
      },
      { kind: 'paragraph', text: 'Slut' },
    ]);
  });

  it('nests indented items under the item before them', () => {
    const [list] = readPlainText('1. Planera\n\t- nuläge\n    - mål\n2. Utföra\n  - enligt plan');
    expect(list).toEqual({
      kind: 'list',
      items: [
        { type: 'number', text: 'Planera', depth: 0, number: 1 },
        { type: 'bullet', text: 'nuläge', depth: 1, number: null },
        { type: 'bullet', text: 'mål', depth: 1, number: null },
        { type: 'number', text: 'Utföra', depth: 0, number: 2 },
        { type: 'bullet', text: 'enligt plan', depth: 1, number: null },
      ],
    });
  });

  it('leaves a dash inside a line, a year and a bare dash as text', () => {
    expect(readPlainText('2027 – inför ny mandatperiod\n-\n-inget mellanslag')).toEqual([
      { kind: 'paragraph', text: '2027 – inför ny mandatperiod' },
      { kind: 'paragraph', text: '-' },
      { kind: 'paragraph', text: '-inget mellanslag' },
    ]);
  });

  it('is for text of more than one line', () => {
    expect(hasSeveralLines('En rad\n')).toBe(false);
    expect(hasSeveralLines('En rad\n\nTvå')).toBe(true);
  });
});
