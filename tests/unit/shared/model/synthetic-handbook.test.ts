import { describe, expect, it } from 'vitest';
import { TOP_LEVEL_BLOCK_TYPES } from '../../../../shared/model/blocks';
import { contentPlainText } from '../../../../shared/model/tree';
import { normalizeDocument } from '../../../../shared/model/normalize-document';
import { syntheticHandbook, WORDS_PER_PAGE } from '../../../../shared/model/synthetic-handbook';

describe('syntheticHandbook', () => {
  const handbook = syntheticHandbook(300);
  const words = contentPlainText(handbook.content).split(/\s+/).filter(Boolean).length;

  it('is about as long as asked: 300 pages, about 120,000 words and 2,500 blocks', () => {
    expect(words).toBeGreaterThan(300 * WORDS_PER_PAGE * 0.9);
    expect(words).toBeLessThan(300 * WORDS_PER_PAGE * 1.15);
    expect(handbook.content.root.children.length).toBeGreaterThan(2200);
    expect(handbook.content.root.children.length).toBeLessThan(3200);
  });

  it('holds every structured block type, and figures, tables, footnotes and page breaks', () => {
    const types = new Set(JSON.stringify(handbook.content).match(/"type":"[^"]+"/g));
    for (const type of [...TOP_LEVEL_BLOCK_TYPES, 'image', 'table', 'footnote', 'page-break', 'heading', 'list']) {
      expect(types.has(`"type":"${type}"`), type).toBe(true);
    }
  });

  it('is the same every time for the same size', () => {
    expect(syntheticHandbook(3)).toEqual(syntheticHandbook(3));
    expect(syntheticHandbook(3)).not.toEqual(syntheticHandbook(4));
  });

  it('is a valid document', () => {
    const result = normalizeDocument({ ...handbook, id: 'x', createdAt: 'a', updatedAt: 'a', deletedAt: null, revision: 0 });
    expect(result.ok).toBe(true);
  });
});
