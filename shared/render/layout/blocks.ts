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

export type BlockPart =
  /** One line of text, its number or caption ("2. ", "Källa: ") before it. */
  | { kind: 'line'; role: LineRole; prefix?: string; content: SerializedNode[] }
  /** A name and what follows it as one sentence: "Chefer ansvarar för att …". */
  | { kind: 'sentence'; subject: SerializedNode[]; rest: SerializedNode[] }
  /** A field's caption above its text. */
  | { kind: 'label'; text: string }
  /** Paragraphs, lists, tables: body nodes as the document has them. */
  | { kind: 'rich'; content: SerializedNode[] }
  /** Items (steps, goals, levels), each kept together on a page. */
  | { kind: 'items'; items: BlockPart[][] }
  | { kind: 'table'; table: SerializedNode }
  /** A table of two columns under a header row: the months of an annual cycle and what happens in each. */
  | { kind: 'two-columns'; header: [string, string]; rows: [left: BlockPart[], right: BlockPart[]][] };

export interface BlockLayout {
  type: BlockType;
  /** For a block set apart from the text around it (a callout): its variant, which gives its colours. */
  tone?: string;
  /** False for an item found outside its block: only its text is printed, with no frame of its own. */
  framed: boolean;
  parts: BlockPart[];
}

/**
 * What a block's layout needs besides its JSON: the number a consecutively numbered block carries, and
 * a way to say that something in the block could not be laid out as it is.
 */
export interface BlockLayoutContext {
  blockNumber(block: SerializedNode): number | undefined;
  warn(code: 'unknown-node', detail: string): void;
}

const written = (node: SerializedNode | undefined): node is SerializedNode => node !== undefined && textOf(node).trim() !== '';

/** The caption of a block type's field, as declared. */
function captionOf(type: BlockType, name: string): string | undefined {
  return BLOCK_SPECS[type].find((spec) => spec.name === name)?.caption;
}

/** A one-line field as a line of the given role; nothing when it is empty. A captioned field says its caption first. */
function line(block: SerializedNode, name: string, role: LineRole, prefix?: string): BlockPart[] {
  const value = fieldOf(block, name);
  if (!written(value)) return [];
  const caption = captionOf(block.type as BlockType, name);
  const lead = prefix ?? (caption ? `${caption}: ` : undefined);
  return [{ kind: 'line', role, ...(lead ? { prefix: lead } : {}), content: childrenOf(value) }];
}

/** A rich field's paragraphs, lists and tables, under its caption when it has one; nothing when it is empty. */
function rich(block: SerializedNode, name: string): BlockPart[] {
  const value = fieldOf(block, name);
  if (!written(value)) return [];
  const caption = captionOf(block.type as BlockType, name);
  return [...(caption ? [{ kind: 'label', text: caption } as const] : []), { kind: 'rich', content: childrenOf(value) }];
}

/** A block's title line, with the block's number when it carries one. */
function title(block: SerializedNode, name: string, context: BlockLayoutContext): BlockPart[] {
  const number = context.blockNumber(block);
  return line(block, name, 'block-title', number === undefined ? undefined : `${number}. `);
}

/**
 * An items field, each item laid out by `item` given its number prefix ("1. ") when the field numbers
 * its items. A captioned field prints its caption and only the items written in (a method guide's
 * steps), so that a caption never stands over empty numbers; an uncaptioned one (goals, levels)
 * prints every item as the writer left it.
 */
function items(block: SerializedNode, name: string, item: (item: SerializedNode, prefix: string | undefined) => BlockPart[]): BlockPart[] {
  const spec = BLOCK_SPECS[block.type as BlockType].find((candidate) => candidate.name === name);
  const all = itemsOf(block, name);
  const shown = spec?.caption ? all.filter(written) : all;
  if (!shown.length) return [];
  const laidOut: BlockPart = { kind: 'items', items: shown.map((each, index) => item(each, spec?.numbered ? `${index + 1}. ` : undefined)) };
  return spec?.caption ? [{ kind: 'label', text: spec.caption }, laidOut] : [laidOut];
}

/**
 * A role's name and lead-in: one sentence ("Medarbetare ansvarar för att") when the lead-in continues
 * the name, otherwise the name as the block's title and the lead-in on its own line.
 */
function roleOpening(block: SerializedNode, context: BlockLayoutContext): BlockPart[] {
  const role = fieldOf(block, 'role');
  const lead = fieldOf(block, 'lead');
  if (!role || !lead || !leadContinuesRole(textOf(role), textOf(lead))) return [...title(block, 'role', context), ...line(block, 'lead', 'lead')];
  return [{ kind: 'sentence', subject: childrenOf(role), rest: childrenOf(lead) }];
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
    ...items(block, 'steps', (step, number) => [...line(step, 'title', 'step-title', number), ...rich(step, 'guidance')]),
    ...rich(block, 'tools'),
  ],
  goals: (block, context) => [
    ...title(block, 'title', context),
    ...items(block, 'goals', (goal, number) => [...line(goal, 'goal', 'step-title', number), ...line(goal, 'indicator', 'goal-detail'), ...line(goal, 'target', 'goal-detail')]),
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
      rows: itemsOf(block, 'months').map((month): [BlockPart[], BlockPart[]] => [line(month, 'month', 'month'), rich(month, 'activities')]),
    },
  ],
  'staged-model': (block, context) => [
    ...title(block, 'title', context),
    ...items(block, 'stages', (stage, number) => [...line(stage, 'name', 'step-title', number), ...rich(stage, 'description')]),
  ],
  callout: (block) => {
    const { variants } = TOP_LEVEL_DECLARATIONS.callout;
    return [{ kind: 'label', text: variants[variantOf('callout', block.variant) as keyof typeof variants].caption }, ...rich(block, 'body')];
  },
} satisfies { [T in TopLevelBlockType]: Layout };

/** A field's text as it stands, for a field printed without a layout of its own. */
const fieldText = (field: SerializedNode): BlockPart =>
  field.multiline ? { kind: 'rich', content: childrenOf(field) } : { kind: 'line', role: 'plain', content: childrenOf(field) };

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
  return { type, framed: true, ...(tone ? { tone } : {}), parts: [...BLOCK_LAYOUTS[type](block, context), ...strays.map(fieldText)] };
}
