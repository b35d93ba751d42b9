import { block, table } from '../../../../shared/model/block-content';
import { withBlockIds } from '../../../../shared/model/block-ids';
import { textOf } from '../../../../shared/model/tree';
import { bold, bulletList, content, heading, numberedList, paragraph, quote, text, type SerializedContent, type SerializedNode } from '../../../../shared/model/content';
import { documentFromSeed, type HandbokDocument } from '../../../../shared/model/document';
import type { ChangesAgainst } from '../../../../shared/render/export';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { imageNode } from '../../../support/image-node';

/**
 * The sample handbook as version 2.1 and as it reads now, with the four changes a comparison export
 * must show: a principle whose text changed, a role added (a whole block), a definition removed (a
 * whole block) and a goal whose target value changed. Each change has words found nowhere else.
 */
export const CHANGED = {
  principle: { deleted: 'lätt att räkna', inserted: 'viktigt' },
  role: { inserted: 'består av en kvalitetsansvarig från varje förvaltning' },
  definition: { deleted: 'Ledningssystemet är det sätt som' },
  goal: { deleted: '80', inserted: '90' },
} as const;

let ids = 0;
const clone = <T>(value: T): T => structuredClone(value);

/** A node's children, for editing a copy. */
const kids = (node: SerializedNode) => node.children as SerializedNode[];
const field = (node: SerializedNode, name: string) => kids(node).find((child) => child.field === name)!;
/** A field's one text node, or its first paragraph's. */
function firstText(fieldNode: SerializedNode): SerializedNode {
  const first = kids(fieldNode)[0]!;
  return first.type === 'text' ? first : kids(first).find((child) => child.type === 'text')!;
}

export interface ComparisonFixture {
  /** The handbook as it reads now. */
  document: HandbokDocument;
  /** Its content as version 2.1 had it. */
  before: SerializedContent;
  changesAgainst: ChangesAgainst;
}

export function comparisonFixture(): ComparisonFixture {
  const seed = sampleLibrary.find((each) => each.kind === 'handbok')!;
  const document = documentFromSeed(seed, '2026-01-01T00:00:00.000Z', () => `doc-${(ids += 1)}`);
  document.content = withBlockIds(document.content, () => `block-${(ids += 1)}`);
  const before = clone(document.content);
  const blocks = before.root.children;

  // The principle said something else in version 2.1.
  const principle = blocks.find((node) => node.type === 'principle' && textOf(node).includes('Beslut på fakta'))!;
  const explanation = firstText(field(principle, 'explanation'));
  explanation.text = String(explanation.text).replace('Vi mäter det som är viktigt och använder resultaten.', `Vi mäter det som är ${CHANGED.principle.deleted} och använder resultaten.`);

  // The role is new.
  blocks.splice(
    blocks.findIndex((node) => node.type === 'role' && textOf(node).includes('Kvalitetsgruppen')),
    1,
  );

  // A definition that is gone.
  const lastDefinition = blocks.findIndex((node) => node.type === 'definition' && textOf(node).includes('Nyckeltal'));
  const gone = block('definition', { term: 'Ledningssystem', definition: `${CHANGED.definition.deleted} kommunen styr, följer upp och förbättrar sin verksamhet.` });
  blocks.splice(lastDefinition + 1, 0, withBlockIds({ root: { ...before.root, children: [gone] } } as SerializedContent, () => 'block-gone').root.children[0]!);

  // The target of the third goal was 80 per cent.
  const goals = blocks.find((node) => node.type === 'goals')!;
  const third = kids(field(goals, 'goals'))[2]!;
  const target = firstText(field(third, 'target'));
  target.text = String(target.text).replace(CHANGED.goal.inserted, CHANGED.goal.deleted);

  return { document, before, changesAgainst: { content: before, label: 'version 2.1', author: 'Anna Andersson', date: '2026-12-06T10:15:00.000Z' } };
}

const link = (url: string, words: string): SerializedNode => ({
  type: 'link',
  version: 1,
  url,
  children: [text(words)],
  direction: null,
  format: '',
  indent: 0,
  rel: null,
  target: null,
  title: null,
});
const footnote = (words: string): SerializedNode => ({ type: 'footnote', version: 1, text: words });
const withIds = <T extends SerializedNode>(node: T): T => withBlockIds(content(node), () => `kind-${(ids += 1)}`).root.children[0] as T;
/** The newer version of a block: the same id, other content. */
const revised = (older: SerializedNode, newer: SerializedNode): SerializedNode => ({ ...newer, $: older.$ });
const fieldNamed = (node: SerializedNode, name: string) => kids(node).find((child) => child.field === name)!;

/**
 * Two versions of a short document with a change of every kind the body has: words in a heading, in
 * formatted text and in a link, a heading deleted and one inserted, list items inserted and deleted
 * (one at the top of a numbered list), a table row changed and one inserted, an image replaced, a
 * quote, a principle inserted before others (which are renumbered), a callout deleted, a method
 * step inserted and a field written in, an annual cycle's month deleted, a paragraph moved, a page
 * break deleted and a footnote inserted. Every top-level node has an id, as in the app.
 */
export function everyKindOfChange(): { before: SerializedContent; after: SerializedContent } {
  const older = {
    heading: withIds(heading(1, 'Inledning och bakgrund')),
    moved: withIds(paragraph('Ett stycke som flyttas till slutet.')),
    formatted: withIds(paragraph('Ett stycke med ', bold('fet'), ' text och en ', link('https://exempel.se', 'gammal länk'), '.')),
    deletedHeading: withIds(heading(2, 'Borttagen rubrik')),
    kept: withIds(paragraph('Stycket under den borttagna rubriken.')),
    numbered: withIds(numberedList('Ett', 'Två', 'Tre')),
    bullets: withIds(bulletList('Alfa', 'Beta')),
    table: withIds(
      table([
        ['Roll', 'Ansvar'],
        ['Chef', 'Följa upp'],
        ['Medarbetare', 'Rapportera'],
      ]),
    ),
    image: withIds(imageNode({ altText: 'Bild', caption: 'Figur gammal' })),
    quote: withIds(quote('Ett citat som ändras lite.')),
    principles: [block('principle', { title: 'Först', explanation: 'Oförändrad princip.' }), block('principle', { title: 'Andra', explanation: 'Den andra principen.' })].map(withIds),
    callout: withIds(block('callout', { body: 'En notis som tas bort.' }, 'important')),
    guide: withIds(
      block('method-guide', {
        name: 'Metod',
        purpose: 'Syftet.',
        steps: [block('method-step', { title: 'Planera', guidance: 'Planera väl.' }), block('method-step', { title: 'Göra', guidance: 'Gör det.' })],
      }),
    ),
    cycle: withIds(
      block('annual-cycle', {
        title: 'År',
        months: [block('cycle-month', { month: 'Januari', activities: 'Start.' }), block('cycle-month', { month: 'Februari', activities: 'Fortsätt.' }), block('cycle-month', { month: 'Mars', activities: 'Klart.' })],
      }),
    ),
    pageBreak: withIds({ type: 'page-break', version: 1 }),
    last: withIds(paragraph('Sista stycket.')),
  };
  const guide = clone(older.guide);
  kids(fieldNamed(guide, 'steps')).unshift(withIds(block('method-step', { title: 'Förbereda', guidance: 'Samla fakta.' })));
  fieldNamed(guide, 'when').children = [paragraph('När det behövs, ett nytt fält.')];
  const cycle = clone(older.cycle);
  kids(fieldNamed(cycle, 'months')).splice(1, 1);
  const before = content(
    older.heading,
    older.moved,
    older.formatted,
    older.deletedHeading,
    older.kept,
    older.numbered,
    older.bullets,
    older.table,
    older.image,
    older.quote,
    ...older.principles,
    older.callout,
    older.guide,
    older.cycle,
    older.pageBreak,
    older.last,
  );
  const after = content(
    revised(older.heading, heading(1, 'Inledning och syfte')),
    revised(older.formatted, paragraph('Ett stycke med ', bold('fetare'), ' text och en ', link('https://exempel.se', 'ny länk'), '.')),
    clone(older.kept),
    withIds(heading(2, 'Ny rubrik')),
    revised(older.numbered, numberedList('Noll', 'Ett', 'Tre')),
    revised(older.bullets, bulletList('Alfa', 'Beta', 'Gamma')),
    revised(
      older.table,
      table([
        ['Roll', 'Ansvar'],
        ['Chef', 'Följa upp och leda'],
        ['Medarbetare', 'Rapportera'],
        ['Nämnd', 'Besluta'],
      ]),
    ),
    revised(older.image, imageNode({ altText: 'Bild', caption: 'Figur ny' })),
    revised(older.quote, quote('Ett citat som ändras mycket lite.')),
    withIds(block('principle', { title: 'Ny', explanation: 'En helt ny princip.' })),
    ...older.principles.map(clone),
    guide,
    cycle,
    revised(older.last, paragraph('Sista stycket.', footnote('En ny källa.'))),
    clone(older.moved),
  );
  return { before, after };
}
