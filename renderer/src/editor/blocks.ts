import { $createTableNodeWithDimensions } from '@lexical/table';
import { BLOCK_SPECS, type BlockType, type CalloutVariant, type ItemBlockType, type TopLevelBlockType } from '@shared/model/blocks';
import i18next from 'i18next';
import { $createParagraphNode, $createTextNode, createCommand, type Klass, type LexicalCommand } from 'lexical';
import { $createBlockFieldNode, type BlockFieldNode } from './nodes/BlockFieldNode';
import { AnnualCycleNode } from './nodes/AnnualCycleNode';
import { CalloutNode } from './nodes/CalloutNode';
import { ComparisonNode } from './nodes/ComparisonNode';
import { CycleMonthNode } from './nodes/CycleMonthNode';
import { DefinitionNode } from './nodes/DefinitionNode';
import { GoalNode } from './nodes/GoalNode';
import { GoalsNode } from './nodes/GoalsNode';
import { MethodGuideNode } from './nodes/MethodGuideNode';
import { MethodStepNode } from './nodes/MethodStepNode';
import { PrincipleNode } from './nodes/PrincipleNode';
import { RoleNode } from './nodes/RoleNode';
import { StageNode } from './nodes/StageNode';
import { StagedModelNode } from './nodes/StagedModelNode';
import type { StructuredBlockNode } from './nodes/StructuredBlockNode';

/** The node class of each block type; adding a block type without one fails to compile. */
export const BLOCK_NODE_CLASSES: Record<BlockType, Klass<StructuredBlockNode>> = {
  principle: PrincipleNode,
  role: RoleNode,
  'method-guide': MethodGuideNode,
  'method-step': MethodStepNode,
  goals: GoalsNode,
  goal: GoalNode,
  definition: DefinitionNode,
  comparison: ComparisonNode,
  'annual-cycle': AnnualCycleNode,
  'cycle-month': CycleMonthNode,
  'staged-model': StagedModelNode,
  stage: StageNode,
  callout: CalloutNode,
};

export interface InsertBlockPayload {
  type: TopLevelBlockType;
  variant?: CalloutVariant;
}

/** Inserts a block at the cursor; toolbar, slash menu and shortcuts all dispatch it. */
export const INSERT_BLOCK_COMMAND: LexicalCommand<InsertBlockPayload> = createCommand('INSERT_BLOCK_COMMAND');

/** The months of the year in the interface language, capitalised as a heading: "Januari". */
function monthNames(): string[] {
  const format = new Intl.DateTimeFormat(i18next.language || 'sv', { month: 'long' });
  return Array.from({ length: 12 }, (_, month) => {
    const name = format.format(new Date(2026, month, 1));
    return name.charAt(0).toLocaleUpperCase() + name.slice(1);
  });
}

/**
 * An empty field of the kind the spec names: a rich field starts with an empty paragraph, an items
 * field with one empty item (an annual cycle with its twelve months), a table field with a small table
 * whose first row is the header.
 */
export function $createField(type: BlockType, name: string): BlockFieldNode {
  const spec = BLOCK_SPECS[type].find((field) => field.name === name);
  const field = $createBlockFieldNode(name, spec?.multiline ?? false);
  if (spec?.content === 'rich') field.append($createParagraphNode());
  if (spec?.content === 'table') field.append($createComparisonTable());
  if (spec?.item === 'cycle-month') {
    for (const month of monthNames()) {
      const item = $createItem('cycle-month');
      item.getFirstChildOrThrow<BlockFieldNode>().append($createTextNode(month));
      field.append(item);
    }
  } else if (spec?.item) {
    field.append($createItem(spec.item));
  }
  return field;
}

/** The table a new comparison starts with: a header row naming two columns, and two rows. */
export function $createComparisonTable() {
  return $createTableNodeWithDimensions(3, 2, { rows: true, columns: false });
}

function $createEmptyBlock(type: BlockType, variant?: CalloutVariant): StructuredBlockNode {
  const block: StructuredBlockNode = type === 'callout' ? new CalloutNode(variant ?? 'note') : new BLOCK_NODE_CLASSES[type]();
  for (const spec of BLOCK_SPECS[type]) block.append($createField(type, spec.name));
  return block;
}

/** A new, empty block with all its fields. */
export function $createBlock({ type, variant }: InsertBlockPayload): StructuredBlockNode {
  return $createEmptyBlock(type, variant);
}

/** A new, empty item (a step, a goal, a level) with all its fields. */
export function $createItem(type: ItemBlockType): StructuredBlockNode {
  return $createEmptyBlock(type);
}
