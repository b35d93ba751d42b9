import {
  BLOCK_DECLARATIONS,
  BLOCK_SPECS,
  isTopLevelBlockType,
  leadContinuesRole,
  TOP_LEVEL_DECLARATIONS,
  variantOf,
  type BlockType,
  type SerializedBlock,
  type TopLevelBlockType,
} from '../../model/blocks';
import type { SerializedNode } from '../../model/content';
import { childrenOf, fieldOf, itemsOf, textOf } from '../../model/tree';
import { WORDS } from '../document-words';
import { afterText, beforeText, commonRevision, revisionOf, type Revision } from './revisions';

/**
 * The printed form of each structured block, before any format: a list of parts that the HTML and the
 * Word interpreter each draw in their own way. Titles in the block title style, captions as field
 * labels, numbers written out (so they survive any editing in Word), tables for what is tabular.
 */

/**
 * What a line is for. Each role maps once to a CSS class (html/body.ts) and once to a Word style
 * (docx/body.ts), and nowhere else.
 */
export type LineRole = 'block-title' | 'step-title' | 'goal-detail' | 'source' | 'lead' | 'month' | 'plain';

/*
 * In a comparison export (layout/changes.ts) a part the newer version added or the older one had, as a
 * whole, carries its `revision`; its text is marked node by node as well (layout/revisions.ts). A
 * number that changed ("3. " where the older version had "2. ") carries the older one too.
 */
export type BlockPart =
  /** One line of text, its number or caption ("2. ", "Källa: ") before it. */
  | { kind: 'line'; role: LineRole; prefix?: string; content: SerializedNode[]; revision?: Revision; formerPrefix?: string }
  /** A name and what follows it as one sentence: "Chefer ansvarar för att …". */
  | { kind: 'sentence'; subject: SerializedNode[]; rest: SerializedNode[]; revision?: Revision }
  /** A field's caption above its text. */
  | { kind: 'label'; text: string; revision?: Revision }
  /** Paragraphs, lists, tables: body nodes as the document has them. */
  | { kind: 'rich'; content: SerializedNode[] }
  /** Items (steps, goals, levels), each kept together on a page. */
  | { kind: 'items'; items: BlockPart[][] }
  | { kind: 'table'; table: SerializedNode }
  /** A table of two columns under a header row: the months of an annual cycle and what happens in each. */
  | { kind: 'two-columns'; header: [string, string]; rows: [left: BlockPart[], right: BlockPart[], revision?: Revision][]; revision?: Revision };

export interface BlockLayout {
  type: BlockType;
  /** For a block set apart from the text around it (a callout): its variant, which gives its colours. */
  tone?: string;
  /** False for an item found outside its block: only its text is printed, with no frame of its own. */
  framed: boolean;
  parts: BlockPart[];
  /** In a comparison export: the block inserted or deleted as a whole. */
  revision?: Revision;
}

/**
 * What a block's layout needs besides its JSON: the number a consecutively numbered block carries, and
 * a way to say that something in the block could not be laid out as it is.
 */
export interface BlockLayoutContext {
  blockNumber(block: SerializedNode): number | undefined;
  /** In a comparison export: the number the block had in the older version, where it differs. */
  formerBlockNumber?(block: SerializedNode): number | undefined;
  warn(code: 'unknown-node', detail: string): void;
}

const written = (node: SerializedNode | undefined): node is SerializedNode => node !== undefined && textOf(node).trim() !== '';

/** The caption of a block type's field, as declared. */
function captionOf(type: BlockType, name: string): string | undefined {
  return BLOCK_SPECS[type].find((spec) => spec.name === name)?.caption;
}

/** The revision of a part, as a property to spread into it: none outside a comparison. */
const marked = (revision: Revision | undefined): { revision?: Revision } => (revision ? { revision } : {});

/**
 * A one-line field as a line of the given role; nothing when it is empty. A captioned field says its
 * caption first. `formerPrefix`: the number the line had in the older version of a comparison.
 */
function line(block: SerializedNode, name: string, role: LineRole, prefix?: string, formerPrefix?: string): BlockPart[] {
  const value = fieldOf(block, name);
  if (!written(value)) return [];
  const caption = captionOf(block.type as BlockType, name);
  const lead = prefix ?? (caption ? `${caption}: ` : undefined);
  const revision = revisionOf(value);
  const former = !revision && formerPrefix !== undefined && formerPrefix !== lead ? { formerPrefix } : {};
  return [{ kind: 'line', role, ...(lead ? { prefix: lead } : {}), content: childrenOf(value), ...marked(revision), ...former }];
}

/** A rich field's paragraphs, lists and tables, under its caption when it has one; nothing when it is empty. */
function rich(block: SerializedNode, name: string): BlockPart[] {
  const value = fieldOf(block, name);
  if (!written(value)) return [];
  const caption = captionOf(block.type as BlockType, name);
  return [...(caption ? [{ kind: 'label', text: caption, ...marked(revisionOf(value)) } as const] : []), { kind: 'rich', content: childrenOf(value) }];
}

/** A block's title line, with the block's number when it carries one. */
function title(block: SerializedNode, name: string, context: BlockLayoutContext): BlockPart[] {
  const number = context.blockNumber(block);
  const former = context.formerBlockNumber?.(block);
  return line(block, name, 'block-title', number === undefined ? undefined : `${number}. `, former === undefined ? undefined : `${former}. `);
}

/**
 * An items field, each item laid out by `item` given its number prefix ("1. ") when the field numbers
 * its items. A captioned field prints its caption and only the items written in (a method guide's
 * steps), so that a caption never stands over empty numbers; an uncaptioned one (goals, levels)
 * prints every item as the writer left it.
 */
function items(block: SerializedNode, name: string, item: (item: SerializedNode, prefix: string | undefined, formerPrefix: string | undefined) => BlockPart[]): BlockPart[] {
  const spec = BLOCK_SPECS[block.type as BlockType].find((candidate) => candidate.name === name);
  const all = itemsOf(block, name);
  // An item is printed, and numbered, in the version that has it (written in, under a caption); a
  // comparison prints what either version has, each item with the number its version gives it.
  const inNewer = (each: SerializedNode) => revisionOf(each) !== 'deleted' && (!spec?.caption || afterText(each).trim() !== '');
  const inOlder = (each: SerializedNode) => revisionOf(each) !== 'inserted' && (!spec?.caption || beforeText(each).trim() !== '');
  const shown = all.filter((each) => inNewer(each) || inOlder(each));
  if (!shown.length) return [];
  let newer = 0;
  let older = 0;
  const laidOut: BlockPart = {
    kind: 'items',
    items: shown.map((each) => {
      const number = inNewer(each) ? (newer += 1) : undefined;
      const formerNumber = inOlder(each) ? (older += 1) : undefined;
      const prefix = spec?.numbered ? `${number ?? formerNumber}. ` : undefined;
      return item(each, prefix, spec?.numbered && number !== undefined && formerNumber !== undefined ? `${formerNumber}. ` : undefined);
    }),
  };
  const revision = !shown.some(inNewer) ? 'deleted' : !shown.some(inOlder) ? 'inserted' : undefined;
  return spec?.caption ? [{ kind: 'label', text: spec.caption, ...marked(revision) }, laidOut] : [laidOut];
}

/**
 * A role's name and lead-in: one sentence ("Medarbetare ansvarar för att") when the lead-in continues
 * the name, otherwise the name as the block's title and the lead-in on its own line.
 */
function roleOpening(block: SerializedNode, context: BlockLayoutContext): BlockPart[] {
  const role = fieldOf(block, 'role');
  const lead = fieldOf(block, 'lead');
  // In a comparison, as the newer version reads (a deleted role: as the older one read).
  const text = revisionOf(block) === 'deleted' ? beforeText : afterText;
  if (!role || !lead || !leadContinuesRole(text(role), text(lead))) return [...title(block, 'role', context), ...line(block, 'lead', 'lead')];
  return [{ kind: 'sentence', subject: childrenOf(role), rest: childrenOf(lead), ...marked(commonRevision([role, lead])) }];
}

type Layout = (block: SerializedNode, context: BlockLayoutContext) => BlockPart[];

/** One entry per block type: a block type without one does not compile. */
export const BLOCK_LAYOUTS = {
  principle: (block, context) => [...title(block, 'title', context), ...rich(block, 'explanation')],
  role: (block, context) => [...roleOpening(block, context), ...rich(block, 'responsibilities')],
  'method-guide': (block, context) => [
    ...title(block, 'name', context),
    ...rich(block, 'purpose'),
    ...rich(block, 'when'),
    ...items(block, 'steps', (step, number, former) => [...line(step, 'title', 'step-title', number, former), ...rich(step, 'guidance')]),
    ...rich(block, 'tools'),
  ],
  goals: (block, context) => [
    ...title(block, 'title', context),
    ...items(block, 'goals', (goal, number, former) => [
      ...line(goal, 'goal', 'step-title', number, former),
      ...line(goal, 'indicator', 'goal-detail'),
      ...line(goal, 'target', 'goal-detail'),
    ]),
  ],
  definition: (block) => [...line(block, 'term', 'block-title'), ...rich(block, 'definition'), ...line(block, 'source', 'source')],
  comparison: (block, context) => {
    const table = childrenOf(fieldOf(block, 'table') ?? block).find((child) => child.type === 'table');
    return [...title(block, 'title', context), ...(table ? [{ kind: 'table', table } as const] : [])];
  },
  'annual-cycle': (block, context) => [
    ...title(block, 'title', context),
    {
      kind: 'two-columns',
      header: [WORDS.annualCycle.month, WORDS.annualCycle.activities],
      rows: itemsOf(block, 'months').map((month): [BlockPart[], BlockPart[], Revision?] => {
        const revision = revisionOf(month);
        return revision ? [line(month, 'month', 'month'), rich(month, 'activities'), revision] : [line(month, 'month', 'month'), rich(month, 'activities')];
      }),
      ...marked(revisionOf(block)),
    },
  ],
  'staged-model': (block, context) => [
    ...title(block, 'title', context),
    ...items(block, 'stages', (stage, number, former) => [...line(stage, 'name', 'step-title', number, former), ...rich(stage, 'description')]),
  ],
  callout: (block) => {
    const { variants } = TOP_LEVEL_DECLARATIONS.callout;
    return [{ kind: 'label', text: variants[variantOf('callout', block.variant) as keyof typeof variants].caption, ...marked(revisionOf(block)) }, ...rich(block, 'body')];
  },
} satisfies { [T in TopLevelBlockType]: Layout };

/** A field's text as it stands, for a field printed without a layout of its own. */
const fieldText = (field: SerializedNode): BlockPart =>
  field.multiline ? { kind: 'rich', content: childrenOf(field) } : { kind: 'line', role: 'plain', content: childrenOf(field), ...marked(revisionOf(field)) };

/**
 * The layout of a block. An item found outside its block (a step, a goal) prints its fields' text in
 * order. A field its type does not declare (from a hand-made file) is printed after the block's own
 * parts, with a warning, so that nothing is dropped silently.
 */
export function blockLayout(block: SerializedBlock, context: BlockLayoutContext): BlockLayout {
  const type = block.type;
  if (!isTopLevelBlockType(type)) return { type, framed: false, parts: childrenOf(block).map(fieldText) };
  const declared = BLOCK_SPECS[type];
  const strays = childrenOf(block).filter((field) => !declared.some((spec) => spec.name === field.field) && textOf(field).trim());
  for (const stray of strays) context.warn('unknown-node', `${type}.${String(stray.field ?? stray.type)}`);
  const tone = BLOCK_DECLARATIONS[type].setApart ? variantOf(type, block.variant) || undefined : undefined;
  return { type, framed: true, ...(tone ? { tone } : {}), parts: [...BLOCK_LAYOUTS[type](block, context), ...strays.map(fieldText)], ...marked(revisionOf(block)) };
}
