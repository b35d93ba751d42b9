import { BLOCK_SPECS, type BlockType, type CalloutVariant } from '@shared/model/blocks';
import { $createParagraphNode, createCommand, type Klass, type LexicalCommand } from 'lexical';
import { $createBlockFieldNode, type BlockFieldNode } from './nodes/BlockFieldNode';
import { CalloutNode } from './nodes/CalloutNode';
import { DefinitionNode } from './nodes/DefinitionNode';
import { PrincipleNode } from './nodes/PrincipleNode';
import { RoleNode } from './nodes/RoleNode';
import type { StructuredBlockNode } from './nodes/StructuredBlockNode';

/** The node class of each block type; adding a block type without one fails to compile. */
export const BLOCK_NODE_CLASSES: Record<BlockType, Klass<StructuredBlockNode>> = {
  principle: PrincipleNode,
  definition: DefinitionNode,
  callout: CalloutNode,
  role: RoleNode,
};

export interface InsertBlockPayload {
  type: BlockType;
  variant?: CalloutVariant;
}

/** Inserts a block at the cursor; toolbar, slash menu and shortcuts all dispatch it. */
export const INSERT_BLOCK_COMMAND: LexicalCommand<InsertBlockPayload> = createCommand('INSERT_BLOCK_COMMAND');

/** An empty field of the kind the spec names: a multi-line one starts with an empty paragraph. */
export function $createField(type: BlockType, name: string): BlockFieldNode {
  const spec = BLOCK_SPECS[type].find((field) => field.name === name);
  const field = $createBlockFieldNode(name, spec?.multiline ?? false);
  if (spec?.multiline) field.append($createParagraphNode());
  return field;
}

/** A new, empty block with all its fields. */
export function $createBlock({ type, variant }: InsertBlockPayload): StructuredBlockNode {
  const block: StructuredBlockNode = type === 'callout' ? new CalloutNode(variant ?? 'note') : new BLOCK_NODE_CLASSES[type]();
  for (const spec of BLOCK_SPECS[type]) block.append($createField(type, spec.name));
  return block;
}

