import { $createTableNodeWithDimensions } from '@lexical/table';
import { BLOCK_SPECS, type BlockType, type ItemBlockType, type TopLevelBlockType } from '@shared/model/blocks';
import i18next from 'i18next';
import { $createParagraphNode, $createTextNode, createCommand, type LexicalCommand } from 'lexical';
import { $createBlockFieldNode, type BlockFieldNode } from './nodes/BlockFieldNode';
import { $createBlockNode } from './nodes/block-node-classes';
import type { StructuredBlockNode } from './nodes/StructuredBlockNode';

export { BLOCK_NODE_CLASSES } from './nodes/block-node-classes';

export interface InsertBlockPayload {
  type: TopLevelBlockType;
  /** For a block with variants: which one (a callout's note or important); its first when left out. */
  variant?: string;
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
  if (spec?.item && spec.itemPerMonth) {
    for (const month of monthNames()) {
      const item = $createItem(spec.item);
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

function $createEmptyBlock(type: BlockType, variant?: string): StructuredBlockNode {
  const block = $createBlockNode(type, variant);
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
