import { z } from 'zod';
import type { SerializedElement, SerializedNode } from './content';

/**
 * Structured blocks: the recurring parts of a quality handbook (domain.md) as typed content. A block is
 * an element node whose children are exactly its fields, in a fixed order; each field is a
 * `block-field` element. What a field holds is declared here:
 * - `line`: one line of text (a title, a term);
 * - `rich`: paragraphs and lists;
 * - `items`: repeated item blocks of one type (the steps of a method guide, the goals of a goal list);
 * - `table`: one table (the contrasts of a comparison).
 * The editor, the exporters and the quality checks all read this one declaration.
 */
export const BLOCK_FIELD_TYPE = 'block-field';

export type FieldContent = 'line' | 'rich' | 'items' | 'table';

export interface BlockFieldSpec {
  name: string;
  content: FieldContent;
  /** Every field but a one-line one holds element nodes (and is a shadow root in the editor). */
  multiline: boolean;
  /** A required field left empty is reported by the quality panel. */
  required: boolean;
  /** For an `items` field: the block type of its items. */
  item?: ItemBlockType;
}

const line = (name: string, required = true): BlockFieldSpec => ({ name, content: 'line', multiline: false, required });
const rich = (name: string, required = true): BlockFieldSpec => ({ name, content: 'rich', multiline: true, required });
const items = (name: string, item: ItemBlockType): BlockFieldSpec => ({ name, content: 'items', multiline: true, required: true, item });
const table = (name: string): BlockFieldSpec => ({ name, content: 'table', multiline: true, required: true });

/**
 * Blocks that only live inside another block's `items` field. A field is required when the item means
 * nothing without it; a month of a new annual cycle may have no activities (all twelve are created).
 */
export const ITEM_SPECS = {
  'method-step': [line('title'), rich('guidance', false)],
  goal: [line('goal'), line('indicator', false), line('target', false)],
  'cycle-month': [line('month'), rich('activities', false)],
  stage: [line('name'), rich('description')],
} as const satisfies Record<string, readonly BlockFieldSpec[]>;
export type ItemBlockType = keyof typeof ITEM_SPECS;

/**
 * Blocks a writer inserts into the document. Required is what the block means nothing without (a
 * principle is its title and what it means in practice, a method guide its name, purpose and steps); the
 * rest is optional: the editor does not ask for it, the quality checks do not report it and the exports
 * leave it out, caption and all.
 */
export const TOP_LEVEL_SPECS = {
  principle: [line('title'), rich('explanation')],
  /**
   * A role, the lead-in ("ansvarar för att … genom att") and the list of responsibilities. Many roles
   * need no lead-in; one written in lower case continues the role's name (see `roleSentence`).
   */
  role: [line('role'), line('lead', false), rich('responsibilities')],
  'method-guide': [line('name'), rich('purpose'), rich('when', false), items('steps', 'method-step'), rich('tools', false)],
  goals: [line('title', false), items('goals', 'goal')],
  definition: [line('term'), rich('definition'), line('source', false)],
  comparison: [line('title', false), table('table')],
  'annual-cycle': [line('title', false), items('months', 'cycle-month')],
  'staged-model': [line('title', false), items('stages', 'stage')],
  callout: [rich('body')],
} as const satisfies Record<string, readonly BlockFieldSpec[]>;
export type TopLevelBlockType = keyof typeof TOP_LEVEL_SPECS;

export const BLOCK_SPECS: Record<BlockType, readonly BlockFieldSpec[]> = { ...TOP_LEVEL_SPECS, ...ITEM_SPECS };
export type BlockType = TopLevelBlockType | ItemBlockType;
export const TOP_LEVEL_BLOCK_TYPES = Object.keys(TOP_LEVEL_SPECS) as TopLevelBlockType[];
export const ITEM_BLOCK_TYPES = Object.keys(ITEM_SPECS) as ItemBlockType[];
export const BLOCK_TYPES: BlockType[] = [...TOP_LEVEL_BLOCK_TYPES, ...ITEM_BLOCK_TYPES];

export const CALLOUT_VARIANTS = ['note', 'important'] as const;
export type CalloutVariant = (typeof CALLOUT_VARIANTS)[number];

export function isBlockType(type: string): type is BlockType {
  return Object.hasOwn(BLOCK_SPECS, type);
}

export function isItemBlockType(type: string): type is ItemBlockType {
  return Object.hasOwn(ITEM_SPECS, type);
}

/** The field spec of the `items` field that holds items of this type, and the block it belongs to. */
export function itemHome(item: ItemBlockType): { block: TopLevelBlockType; field: BlockFieldSpec } {
  for (const block of TOP_LEVEL_BLOCK_TYPES) {
    const field = TOP_LEVEL_SPECS[block].find((spec: BlockFieldSpec) => spec.item === item);
    if (field) return { block, field };
  }
  throw new Error(`No block holds items of type ${item}`);
}

const childNode: z.ZodType<SerializedNode> = z.looseObject({ type: z.string(), version: z.number() });

export const blockFieldSchema = z.looseObject({
  type: z.literal(BLOCK_FIELD_TYPE),
  version: z.literal(1),
  field: z.string().min(1),
  /** Repeats the spec so that a field can be read without its block (the editor imports it alone). */
  multiline: z.boolean().optional(),
  children: z.array(childNode),
});
export type SerializedBlockField = z.infer<typeof blockFieldSchema> & SerializedElement;

const blockSchema = <T extends BlockType>(type: T) =>
  z.looseObject({ type: z.literal(type), version: z.literal(1), children: z.array(blockFieldSchema) });

/** The JSON of each block type, as stored. */
export const blockSchemas = Object.fromEntries(
  BLOCK_TYPES.map((type): [BlockType, z.ZodType] => [type, type === 'callout' ? blockSchema(type).extend({ variant: z.enum(CALLOUT_VARIANTS) }) : blockSchema(type)]),
) as Record<BlockType, z.ZodType>;

export type SerializedBlock = SerializedElement & { type: BlockType; children: SerializedBlockField[]; variant?: CalloutVariant };

/**
 * A reference to another document in the library. It stores only the target's id: the title, kind and
 * status it shows are read from the library each time, so they are never out of date.
 */
export const REFERENCE_TYPE = 'reference';
export const referenceSchema = z.looseObject({
  type: z.literal(REFERENCE_TYPE),
  version: z.literal(1),
  /** Empty until the writer has chosen a document. */
  documentId: z.string(),
});
export type SerializedReference = z.infer<typeof referenceSchema>;

export function hasText(node: SerializedNode): boolean {
  if (typeof node.text === 'string' && node.text.trim()) return true;
  return Array.isArray(node.children) && (node.children as SerializedNode[]).some(hasText);
}

const childrenOf = (node: SerializedNode): SerializedNode[] => (Array.isArray(node.children) ? (node.children as SerializedNode[]) : []);

export interface EmptyRequiredField {
  block: BlockType;
  field: string;
  /** 1-based position of the block among blocks of its type (items: among the items of their field). */
  ordinal: number;
  /** For a field of an item: the block that holds the item. */
  parent?: { block: BlockType; ordinal: number };
}

/** Required fields left without text, block by block, in document order. */
export function emptyRequiredFields(children: readonly SerializedNode[]): EmptyRequiredField[] {
  const seen = new Map<BlockType, number>();
  const empty: EmptyRequiredField[] = [];
  const checkBlock = (node: SerializedNode & { type: BlockType }, ordinal: number, parent?: EmptyRequiredField['parent']) => {
    const fields = childrenOf(node);
    for (const spec of BLOCK_SPECS[node.type]) {
      const stored = fields.find((child) => child.field === spec.name);
      // An items field is filled when it has items; the items' own fields are checked one by one.
      const filled = stored && (spec.content === 'items' ? childrenOf(stored).some((child) => child.type === spec.item) : hasText(stored));
      if (spec.required && !filled) empty.push({ block: node.type, field: spec.name, ordinal, ...(parent ? { parent } : {}) });
      if (spec.content === 'items' && stored) {
        childrenOf(stored)
          .filter((child): child is SerializedNode & { type: BlockType } => child.type === spec.item)
          .forEach((item, index) => checkBlock(item, index + 1, { block: node.type, ordinal }));
      }
    }
  };
  const visit = (node: SerializedNode) => {
    if (isBlockType(node.type) && !isItemBlockType(node.type)) {
      const ordinal = (seen.get(node.type) ?? 0) + 1;
      seen.set(node.type, ordinal);
      checkBlock(node as SerializedNode & { type: BlockType }, ordinal);
      return;
    }
    childrenOf(node).forEach(visit);
  };
  children.forEach(visit);
  return empty;
}

/**
 * Whether a role's lead-in continues the role's name as one sentence: "ansvarar för att" after
 * "Medarbetare" reads "Medarbetare ansvarar för att". A lead-in that begins with a capital (or anything
 * but a letter) is a sentence of its own. The editor and the exporters decide by this one rule; the two
 * fields stay as they are stored.
 */
export function leadContinuesRole(role: string, lead: string): boolean {
  const first = lead.trim().charAt(0);
  return role.trim() !== '' && first !== '' && first !== first.toLocaleUpperCase('sv') && first === first.toLocaleLowerCase('sv');
}

/**
 * The numbers principles carry: consecutive principles count 1, 2, 3 …; anything else between them
 * starts the count again. One rule for the editor and the exporters.
 */
export function principleNumbers(types: readonly string[]): (number | null)[] {
  let count = 0;
  return types.map((type) => {
    count = type === 'principle' ? count + 1 : 0;
    return type === 'principle' ? count : null;
  });
}
