import type { z } from 'zod';
import { BLOCK_FIELD_TYPE, BLOCK_TYPES, blockFieldSchema, blockSchemas, REFERENCE_TYPE, referenceSchema, type BlockType, type SerializedBlock, type SerializedBlockField, type SerializedReference } from './blocks';
import type { SerializedNode } from './content';
import { FOOTNOTE_TYPE, footnoteSchema, IMAGE_TYPE, imageSchema, PAGE_BREAK_TYPE, pageBreakSchema, type SerializedFootnote, type SerializedImage, type SerializedPageBreak } from './rich-nodes';

/**
 * Handbok's own node types, each with the version it writes, the schema of that version and the
 * upgrades from older ones. The content gate (normalize-content.ts) checks every such node against
 * its schema, so code after the gate can tell a node by its type alone (`isNodeOf`) and read its
 * fields without checking them again. Lexical's own types (paragraph, text, list …) are Lexical's to
 * define; they are at version 1.
 */
interface NodeTypeDeclaration {
  /** The version this Handbok writes; a newer one is carried untouched as a node it does not know. */
  version: number;
  schema: z.ZodType;
  /** From version n to n + 1, in order; a change of shape adds one here and a fixture test, and never removes one. */
  upgrades?: Record<number, (node: SerializedNode) => SerializedNode>;
}

/** The node JSON of each of Handbok's own types, as the gate lets it through. */
export interface HandbokNodes {
  [IMAGE_TYPE]: SerializedImage;
  [FOOTNOTE_TYPE]: SerializedFootnote;
  [PAGE_BREAK_TYPE]: SerializedPageBreak;
  [REFERENCE_TYPE]: SerializedReference;
  [BLOCK_FIELD_TYPE]: SerializedBlockField;
}
export type HandbokNodeType = keyof HandbokNodes | BlockType;

export const NODE_TYPES: Record<HandbokNodeType, NodeTypeDeclaration> = {
  [IMAGE_TYPE]: { version: 1, schema: imageSchema },
  [FOOTNOTE_TYPE]: { version: 1, schema: footnoteSchema },
  [PAGE_BREAK_TYPE]: { version: 1, schema: pageBreakSchema },
  [REFERENCE_TYPE]: { version: 1, schema: referenceSchema },
  [BLOCK_FIELD_TYPE]: { version: 1, schema: blockFieldSchema },
  ...(Object.fromEntries(BLOCK_TYPES.map((type) => [type, { version: 1, schema: blockSchemas[type] }])) as Record<BlockType, NodeTypeDeclaration>),
};

/** The version of Lexical's own node types that this Handbok reads. */
const LEXICAL_NODE_VERSION = 1;

export const isHandbokNodeType = (type: string): type is HandbokNodeType => Object.hasOwn(NODE_TYPES, type);

/** The newest version of a node type this Handbok reads. */
export const newestVersionOf = (type: string): number => (isHandbokNodeType(type) ? NODE_TYPES[type].version : LEXICAL_NODE_VERSION);

/**
 * Whether a node that has passed the gate is of the given type; it is then of that type's shape. A
 * node of a newer version than this Handbok writes is none of its types (it is carried as unknown).
 */
export function isNodeOf<T extends HandbokNodeType>(node: SerializedNode, type: T): node is T extends keyof HandbokNodes ? HandbokNodes[T] : SerializedBlock {
  return node.type === type && node.version <= NODE_TYPES[type].version;
}
