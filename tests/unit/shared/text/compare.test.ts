import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeComparison } from '../../../../shared/i18n/compare';
import { withBlockIds } from '../../../../shared/model/block-ids';
import { block } from '../../../../shared/model/block-content';
import { bulletList, content, heading, paragraph, type SerializedContent, type SerializedNode } from '../../../../shared/model/content';
import { applyComparison, compareContents } from '../../../../shared/text/compare';

/** Ids as the editor gives them, numbered so a test can say which block it means. */
const withIds = (value: SerializedContent) => {
  let next = 0;
  return withBlockIds(value, () => `b${(next += 1)}`);
};
const edit = (value: SerializedContent, change: (children: SerializedNode[]) => SerializedNode[]): SerializedContent => {
  const copy = structuredClone(value);
  return { ...copy, root: { ...copy.root, children: change(copy.root.children) } };
};

const principle = (title: string, explanation: string) => block('principle', { title, explanation });
const guide = (stepGuidance: string) =>
  block('method-guide', {
    name: 'PUFF',
    purpose: 'Ett stöd för förbättringsarbete.',
    steps: [
      { title: 'Planera', guidance: 'Beskriv nuläget.' },
      { title: 'Utföra', guidance: stepGuidance },
    ],
  });
const goals = (target: string, extra = false) =>
  block('goals', {
    title: 'Mål för 2027',
    goals: [{ goal: 'Nöjdare brukare', indicator: 'Andel nöjda', target }, ...(extra ? [{ goal: 'Kortare väntetider', indicator: 'Dagar', target: '14' }] : [])],
  });

const handbook = withIds(
  content(
    heading(1, 'Principer'),
    principle('Medborgaren i fokus', 'Vi ska utgå från medborgarens behov.'),
    principle('Beslut på fakta', 'Vi bör grunda beslut på data från Kvalitetsenheten.'),
    guide('Genomför förändringen i liten skala.'),
    goals('80 %'),
    paragraph('Frågor besvaras av Kvalitetsenheten, kvalitet@sjovik.se.'),
  ),
);

describe('compareContents', () => {
  it('finds nothing between a version and itself', () => {
    expect(compareContents(handbook, handbook)).toMatchObject({ changes: [], overall: 'none' });
  });

  it('sees a moved block as moved, by its id, and proposes it editorial', () => {
    const moved = edit(handbook, ([h, p1, p2, ...rest]) => [h!, p2!, p1!, ...rest]);
    const { changes, overall } = compareContents(handbook, moved);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'moved', type: 'principle', title: 'Medborgaren i fokus', classification: { kind: 'editorial' } });
    expect(overall).toBe('editorial');
  });

  it('finds a changed field inside a method step, word by word', () => {
    const changed = edit(handbook, (children) => children.map((node, index) => (index === 3 ? { ...guide('Genomför förändringen i hela verksamheten.'), $: node.$ } : node)));
    const { changes } = compareContents(handbook, changed);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.kind).toBe('changed');
    expect(changes[0]!.parts).toEqual([expect.objectContaining({ path: 'steps.2.guidance', kind: 'changed', itemType: 'method-step' })]);
    const words = changes[0]!.parts[0]!.words;
    expect(words.filter((part) => part.kind === 'deleted').map((part) => part.text.trim())).toEqual(['liten', 'skala']);
    expect(words.filter((part) => part.kind === 'inserted').map((part) => part.text.trim())).toEqual(['hela', 'verksamheten']);
  });

  it('counts an added goal as a goal added, substantive', () => {
    const added = edit(handbook, (children) => children.map((node, index) => (index === 4 ? { ...goals('80 %', true), $: node.$ } : node)));
    const comparison = compareContents(handbook, added);
    expect(comparison.changes[0]!.parts.map((part) => [part.path, part.kind])).toEqual([['goals.2', 'added']]);
    expect(comparison.overall).toBe('substantive');
    expect(summarizeComparison(comparison, 'sv')).toBe('1 mål tillagt');
  });

  it('proposes a changed target value as substantive', () => {
    const changed = edit(handbook, (children) => children.map((node, index) => (index === 4 ? { ...goals('90 %'), $: node.$ } : node)));
    const comparison = compareContents(handbook, changed);
    expect(comparison.changes[0]!.parts.map((part) => part.path)).toEqual(['goals.1.target']);
    expect(comparison.changes[0]!.classification).toEqual({ kind: 'substantive', reason: 'number' });
  });

  it('proposes a rename applied everywhere as editorial', () => {
    const rename = (node: SerializedNode) => JSON.parse(JSON.stringify(node).replaceAll('Kvalitetsenheten', 'Enheten för utveckling')) as SerializedNode;
    const comparison = compareContents(handbook, edit(handbook, (children) => children.map(rename)));
    expect(comparison.changes.length).toBe(2);
    expect(comparison.changes.map((change) => change.classification)).toEqual([
      { kind: 'editorial', reason: 'rename' },
      { kind: 'editorial', reason: 'rename' },
    ]);
    expect(comparison.overall).toBe('editorial');
  });

  it('proposes a changed modal verb as substantive, and a fixed typo or punctuation as editorial', () => {
    const withText = (text: string) => edit(handbook, (children) => children.map((node, index) => (index === 1 ? { ...principle('Medborgaren i fokus', text), $: node.$ } : node)));
    expect(compareContents(handbook, withText('Vi bör utgå från medborgarens behov.')).changes[0]!.classification).toEqual({ kind: 'substantive', reason: 'modal-verb' });
    expect(compareContents(handbook, withText('Vi ska inte utgå från medborgarens behov.')).changes[0]!.classification.kind).toBe('substantive');
    expect(compareContents(handbook, withText('Vi ska utgå från medborgarnas behov.')).changes[0]!.classification).toEqual({ kind: 'editorial', reason: 'spelling' });
    expect(compareContents(handbook, withText('Vi ska utgå från medborgarens behov!')).changes[0]!.classification).toEqual({ kind: 'editorial', reason: 'punctuation-or-case' });
  });

  it('sees an added role and a removed paragraph, and says so in a summary', () => {
    const role = block('role', { role: 'Kvalitetsgrupp', responsibilities: [bulletList('Samordna uppföljningen')] });
    const changed = edit(handbook, (children) => [...children.slice(0, 5), role]);
    const comparison = compareContents(handbook, changed);
    expect(comparison.changes.map((change) => [change.kind, change.type])).toEqual([
      ['added', 'role'],
      ['removed', 'paragraph'],
    ]);
    expect(summarizeComparison(comparison, 'sv')).toBe('1 roll tillagd, 1 stycke borttaget');
    expect(summarizeComparison(comparison, 'en')).toBe('1 role added, 1 paragraph removed');
  });

  it('sees a paragraph split at its start as an empty paragraph added (no change to list), though the editor kept the id on the empty half', () => {
    // Enter at the start of a paragraph: Lexical keeps the node (and its id) where the caret was, now
    // empty, and moves the text into a new node with a new id. A reader sees an empty paragraph added.
    const split = edit(handbook, (children) => {
      const last = children.at(-1)!;
      return [...children.slice(0, -1), { ...paragraph(), $: last.$ }, { ...last, $: { blockId: 'new' } }];
    });
    const comparison = compareContents(handbook, split);
    // The empty paragraph is rebuilt by the steps, but is no change a reader sees.
    expect(comparison.changes).toEqual([]);
    expect(applyComparison(handbook, comparison)).toEqual(split);
    const withText = edit(split, (children) => children.map((node, index) => (index === children.length - 2 ? { ...paragraph('Ny text.'), $: node.$ } : node)));
    expect(compareContents(handbook, withText).changes.map((change) => [change.kind, change.type, change.title])).toEqual([['added', 'paragraph', 'Ny text.']]);
  });

  it('aligns content without ids by what it says', () => {
    const plain = content(paragraph('Ett.'), paragraph('Två.'), paragraph('Tre.'));
    const changes = compareContents(plain, content(paragraph('Ett.'), paragraph('Tre.'))).changes;
    expect(changes.map((change) => [change.kind, change.title])).toEqual([['removed', 'Två.']]);
  });

  it('rebuilds the newer version from the older one and the comparison, for any edits', () => {
    const texts = ['Vi ska.', 'Vi bör.', 'Medborgaren.', 'Kvalitet.', 'Mål 80 %.', 'Enheten.'];
    const blockArbitrary = fc.oneof(
      fc.constantFrom(...texts).map((text) => paragraph(text)),
      fc.tuple(fc.constantFrom(...texts), fc.constantFrom(...texts)).map(([title, text]) => principle(title, text)),
      fc.constantFrom(...texts).map((text) => heading(2, text)),
    );
    fc.assert(
      fc.property(fc.array(blockArbitrary, { maxLength: 12 }), fc.array(fc.tuple(fc.nat(20), fc.nat(3), blockArbitrary), { maxLength: 8 }), (blocks, edits) => {
        const before = withIds(content(...blocks));
        let next = 100;
        const children = structuredClone(before.root.children);
        for (const [position, operation, replacement] of edits) {
          const index = children.length ? position % children.length : 0;
          if (operation === 0 || children.length === 0) children.splice(index, 0, replacement);
          else if (operation === 1) children.splice(index, 1);
          else if (operation === 2) children.splice(index, 1, { ...replacement, $: children[index]!.$ });
          else children.push(...children.splice(index, 1));
        }
        const after = withBlockIds({ ...before, root: { ...before.root, children } }, () => `n${(next += 1)}`);
        expect(applyComparison(before, compareContents(before, after))).toEqual(after);
      }),
      { numRuns: 300 },
    );
  });
});
