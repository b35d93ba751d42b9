import { z } from 'zod';
import type { SerializedElement, SerializedNode } from './content';

/**
 * Structured blocks: the recurring parts of a quality handbook (domain.md) as typed content. A block is
 * an element node whose children are exactly its fields, in a fixed order; each field is a
 * `block-field` element. A one-line field (a title, a term) holds text; a multi-line field holds
 * paragraphs and lists. The editor, the exporters and the quality checks all read this one declaration.
 */
export const BLOCK_FIELD_TYPE = 'block-field';

export interface BlockFieldSpec {
  name: string;
  /** Multi-line fields hold paragraphs and lists; one-line fields hold text only. */
  multiline: boolean;
  /** A required field left empty is reported by the quality panel. */
  required: boolean;
}

const field = (name: string, multiline: boolean, required = true): BlockFieldSpec => ({ name, multiline, required });

export const BLOCK_SPECS = {
  principle: [field('title', false), field('explanation', true)],
  definition: [field('term', false), field('definition', true), field('source', false, false)],
  callout: [field('body', true)],
  /** A role, the lead-in ("ansvarar för att … genom att") and the list of responsibilities. */
  role: [field('role', false), field('lead', false), field('responsibilities', true)],
} as const satisfies Record<string, readonly BlockFieldSpec[]>;

export type BlockType = keyof typeof BLOCK_SPECS;
export const BLOCK_TYPES = Object.keys(BLOCK_SPECS) as BlockType[];

export const CALLOUT_VARIANTS = ['note', 'important'] as const;
export type CalloutVariant = (typeof CALLOUT_VARIANTS)[number];

export function isBlockType(type: string): type is BlockType {
  return Object.hasOwn(BLOCK_SPECS, type);
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
export const blockSchemas = {
  principle: blockSchema('principle'),
  definition: blockSchema('definition'),
  callout: blockSchema('callout').extend({ variant: z.enum(CALLOUT_VARIANTS) }),
  role: blockSchema('role'),
} satisfies Record<BlockType, z.ZodType>;

export type SerializedBlock = SerializedElement & { type: BlockType; children: SerializedBlockField[]; variant?: CalloutVariant };

function hasText(node: SerializedNode): boolean {
  if (typeof node.text === 'string' && node.text.trim()) return true;
  return Array.isArray(node.children) && (node.children as SerializedNode[]).some(hasText);
}

export interface EmptyRequiredField {
  block: BlockType;
  field: string;
  /** 1-based position of the block among blocks of its type, so the user can find it. */
  ordinal: number;
}

/** Required fields left without text, block by block, in document order. */
export function emptyRequiredFields(children: readonly SerializedNode[]): EmptyRequiredField[] {
  const seen = new Map<BlockType, number>();
  const empty: EmptyRequiredField[] = [];
  const visit = (node: SerializedNode) => {
    if (isBlockType(node.type)) {
      const ordinal = (seen.get(node.type) ?? 0) + 1;
      seen.set(node.type, ordinal);
      const fields = (node.children as SerializedNode[] | undefined) ?? [];
      for (const spec of BLOCK_SPECS[node.type]) {
        const stored = fields.find((child) => child.field === spec.name);
        if (spec.required && (!stored || !hasText(stored))) empty.push({ block: node.type, field: spec.name, ordinal });
      }
      return;
    }
    if (Array.isArray(node.children)) (node.children as SerializedNode[]).forEach(visit);
  };
  children.forEach(visit);
  return empty;
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
