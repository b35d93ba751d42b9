import { describe, expect, it } from 'vitest';
import { bulletList, content, italic, numberedList, paragraph } from '../../../../shared/model/content';
import { memoSchema } from '../../../../shared/model/memo';
import { isBlankMemoText, memoSubHeading, memoTextBlocks, memoTextFromPlain, memoTextParagraphs, memoTextSchema, memoTextWordCount } from '../../../../shared/model/memo-text';

describe('a memo part stored before rich text (a plain string)', () => {
  it('opens as paragraphs: a blank line separates them, a single line break stays inside its paragraph', () => {
    const upgraded = memoTextSchema.parse('Första stycket,\nandra raden.\n\n  \nAndra stycket.\r\n\r\nTredje.');
    expect(upgraded.root.children.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(upgraded.root.children[0]!.children).toEqual([
      expect.objectContaining({ type: 'text', text: 'Första stycket,' }),
      { type: 'linebreak', version: 1 },
      expect.objectContaining({ type: 'text', text: 'andra raden.' }),
    ]);
    expect(memoTextParagraphs(upgraded)).toEqual(['Första stycket,\nandra raden.', 'Andra stycket.', 'Tredje.']);
  });

  it('opens inside a whole stored memo, every part and assessment upgraded, a missing part empty', () => {
    const memo = memoSchema.parse({ description: 'Bakgrund.\n\nMer bakgrund.', opinion: '', assessments: { ekonomi: 'Inga kostnader.' } });
    expect(memoTextParagraphs(memo.description)).toEqual(['Bakgrund.', 'Mer bakgrund.']);
    expect(memoTextParagraphs(memo.assessments.ekonomi)).toEqual(['Inga kostnader.']);
    expect(isBlankMemoText(memo.opinion)).toBe(true);
    expect(isBlankMemoText(memo.summary)).toBe(true);
    // Lexical needs a paragraph in an empty root.
    expect(memo.summary.root.children).toHaveLength(1);
  });

  it('keeps rich text of today as it is, and refuses what is neither text nor content', () => {
    const rich = content(paragraph('Inledning:'), bulletList('ett', ['två ', italic('kursivt')]), memoSubHeading('Bedömning'));
    expect(memoTextSchema.parse(rich)).toEqual(rich);
    expect(memoTextSchema.safeParse(42).success).toBe(false);
    expect(memoTextSchema.safeParse({ root: { type: 'root', version: 1, children: [{ version: 1 }] } }).success).toBe(false);
  });
});

describe('reading a rich memo part', () => {
  const rich = content(
    paragraph('Förvaltningen föreslår:'),
    numberedList('Att anta planen.', ['Att ', italic('följa upp'), ' den årligen.']),
    { ...memoSubHeading('Rubrik 1 från Word'), tag: 'h1' },
    paragraph(),
  );

  it('gives each paragraph, list item and sub-heading as a line, empty ones left out', () => {
    expect(memoTextParagraphs(rich)).toEqual(['Förvaltningen föreslår:', 'Att anta planen.', 'Att följa upp den årligen.', 'Rubrik 1 från Word']);
    expect(memoTextWordCount(rich)).toBe(2 + 3 + 5 + 4);
    expect(isBlankMemoText(content(paragraph(), paragraph('  ')))).toBe(true);
  });

  it('gives the exports every heading as a sub-heading of the part', () => {
    expect(memoTextBlocks(rich).filter((block) => block.type === 'heading').map((block) => block.tag)).toEqual(['h3']);
  });

  it('makes plain text of a draft into the same shape as stored plain text', () => {
    expect(memoTextFromPlain('Ett.\n\nTvå.')).toEqual(memoTextSchema.parse('Ett.\n\nTvå.'));
  });
});
