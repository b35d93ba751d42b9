import { describe, expect, it } from 'vitest';
import { block } from '../../../../shared/model/block-content';
import { content, heading, paragraph, type SerializedNode } from '../../../../shared/model/content';
import { brokenReferences, imagesWithoutAlt, sectionsOf } from '../../../../shared/text/quality';

const image = (altText: string, decorative = false): SerializedNode => ({
  type: 'image',
  version: 1,
  src: 'data:image/png;base64,AAAA',
  altText,
  decorative,
  caption: '',
});
const reference = (documentId: string): SerializedNode => ({ type: 'reference', version: 1, documentId });

describe('quality checks', () => {
  it('finds images without alt text, but not decorative ones', () => {
    const doc = content(paragraph('Text'), image('Årshjulet'), image(''), image('', true), image('   '));
    expect(imagesWithoutAlt(doc)).toEqual([2, 4]);
  });

  it('finds references to documents that are missing, in the trash or repealed', () => {
    const library = new Map([
      ['policy', { status: 'gallande' as const, deletedAt: null }],
      ['old', { status: 'upphavd' as const, deletedAt: null }],
      ['trashed', { status: 'gallande' as const, deletedAt: '2026-01-01' }],
    ]);
    const doc = content(paragraph('Se'), reference('policy'), reference('old'), reference('gone'), reference('trashed'), reference(''));
    expect(brokenReferences(doc, (id) => library.get(id))).toEqual([
      { ordinal: 2, problem: 'repealed' },
      { ordinal: 3, problem: 'missing' },
      { ordinal: 4, problem: 'deleted' },
      { ordinal: 5, problem: 'unchosen' },
    ]);
  });

  it('reads each field of a block as its own line, so words of adjacent fields never run together', () => {
    const doc = content(heading(1, 'Principer'), block('principle', { title: 'Invånaren i fokus', explanation: 'Vi utgår från behoven.' }));
    expect(sectionsOf(doc)[0]!.blocks).toEqual(['Principer', 'Invånaren i fokus', 'Vi utgår från behoven.']);
  });

  it('leaves a footnote’s text out of the sentence it stands in', () => {
    const doc = content(paragraph('Enligt lagen', { type: 'footnote', version: 1, text: 'SFS 2017:725' }, ' gäller detta.'));
    expect(sectionsOf(doc)[0]!.blocks).toEqual(['Enligt lagen gäller detta.']);
  });
});
