import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../../shared/import/docx/read-docx';
import { exportDocx } from '../../../../shared/render/export';
import { content, type SerializedNode } from '../../../../shared/model/content';
import { contentPlainText } from '../../../../shared/model/tree';
import { importWord, wordsKeptInOrder, wordsOf } from '../../../support/word-import';

/**
 * The fixtures of tests/fixtures/word (their README says what each holds), each imported, exported to
 * Word again and read back: what a user would check by opening the new file beside the old one.
 */
const folder = join(import.meta.dirname, '../../../fixtures/word');
const fixtures = readdirSync(folder).filter((name) => name.endsWith('.docx'));

interface Expected {
  title: string;
  kind: string;
  metadata: Record<string, string>;
  headings: string[];
  listItems: string[];
  tableCells: string[];
  footnotes: string[];
  words: string[];
}

/** The structure each fixture's README promises the recognisers find, by block type. */
const PROPOSED: Record<string, Record<string, number>> = {
  'styled-riktlinje.docx': { principle: 5, role: 3, goals: 1, comparison: 1, 'annual-cycle': 1 },
  'libreoffice-riktlinje.docx': { principle: 5, role: 3, goals: 1, comparison: 1, 'annual-cycle': 1 },
  'direct-policy.docx': { heading: 4, principle: 2, definition: 4 },
  'lines-plan.docx': { 'staged-model': 1, comparison: 1, role: 1 },
  'pandoc-program.docx': {},
};

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(fixtures)('%s', (name) => {
  const expected = JSON.parse(readFileSync(join(folder, name.replace(/\.docx$/, '.expected.json')), 'utf8')) as Expected;
  const imported = importWord(new Uint8Array(readFileSync(join(folder, name))), name);

  it('takes the title, the kind and every metadata value the file states into the right fields', async () => {
    const { document } = await imported;
    expect(document.title).toBe(expected.title);
    expect(document.kind).toBe(expected.kind);
    for (const [key, value] of Object.entries(expected.metadata)) expect({ key, value: document.metadata[key as keyof typeof document.metadata] }).toEqual({ key, value });
  });

  it('proposes its principles, roles, goals, comparisons, annual cycle, definitions and typed headings', async () => {
    const { proposal } = await imported;
    const counted: Record<string, number> = {};
    for (const match of proposal.blocks) counted[match.type] = (counted[match.type] ?? 0) + 1;
    expect(counted).toEqual(PROPOSED[name]);
  });

  it('exported to Word again, keeps at least 98 % of the words in order, and every heading, list item, table cell and footnote', async () => {
    const { document } = await imported;
    const { bytes } = await exportDocx(document, null);
    const again = await readDocx(bytes);
    if (!again.ok) throw new Error(`the export was refused: ${again.refusal.code}`);
    const nodes = again.reading.nodes.map((node) => node.node);
    // The body's words are compared without the footnotes' text, which the expected words leave out.
    const withoutFootnotes = JSON.parse(JSON.stringify(nodes), (_key, value: SerializedNode) => (value?.type === 'footnote' ? { ...value, text: '' } : value)) as SerializedNode[];
    const body = contentPlainText(content(...withoutFootnotes));
    const everything = squeeze(contentPlainText(content(...nodes)));
    expect(wordsKeptInOrder(expected.words.map((word) => wordsOf(word).join(' ')).filter(Boolean), wordsOf(body))).toBeGreaterThanOrEqual(0.98);
    const missing = [...expected.headings, ...expected.listItems, ...expected.tableCells, ...expected.footnotes]
      .map(squeeze)
      .filter((piece) => piece && !everything.includes(piece));
    expect(missing).toEqual([]);
  });
});
