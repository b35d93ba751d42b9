import { BLOCK_FIELD_TYPE, BLOCK_SPECS, variantOf, variantsOf, type BlockFieldSpec, type BlockFill, type BlockType, type FieldFill } from './blocks';
import { element, inlines, paragraph, type Inline, type SerializedElement, type SerializedNode } from './content';

/**
 * Builders for structured blocks in stored form, for the sample library, the synthetic handbook and
 * tests. A field is filled with text (a line, or one paragraph of a rich field), with nodes (items,
 * a table, several paragraphs), with its items' fillings or with its table's rows (blocks.ts,
 * `FieldFill`); a field left out is created empty, as the editor creates it.
 */
export type { FieldFill };

const isNode = (value: unknown): value is SerializedNode => typeof value === 'object' && value !== null && 'type' in value;

/** The field's nodes from its filling: nodes as they are, item fillings as items, rows as a table. */
function filledChildren(spec: BlockFieldSpec, fill: Exclude<FieldFill, string>): SerializedNode[] {
  if (spec.content === 'table' && fill.every((row) => Array.isArray(row))) return [table(fill as string[][])];
  if (spec.content === 'items') return fill.map((entry) => (isNode(entry) ? entry : block(spec.item!, entry as BlockFill)));
  return fill as SerializedNode[];
}

function fieldNode(spec: BlockFieldSpec, fill: FieldFill | undefined): SerializedElement {
  let children: SerializedNode[];
  if (Array.isArray(fill)) children = filledChildren(spec, fill);
  else if (spec.content === 'line') children = fill ? inlines([fill]) : [];
  else if (spec.content === 'rich') children = [fill ? paragraph(fill) : paragraph()];
  else if (spec.content === 'table') children = [table([[fill ?? '', ''], ['', ''], ['', '']])];
  else children = [block(spec.item!, {})];
  return element(BLOCK_FIELD_TYPE, children, { field: spec.name, multiline: spec.multiline });
}

/** A block (or an item) with all its fields, in the order of its spec; a block with variants is its first unless told. */
export function block(type: BlockType, fill: Partial<Record<string, FieldFill>>, variant?: string): SerializedElement {
  const fields = BLOCK_SPECS[type].map((spec) => fieldNode(spec, fill[spec.name]));
  return element(type, fields, variantsOf(type).length ? { variant: variantOf(type, variant) } : {});
}

/** A table; with `headerRow` its first row is the header row, as in a comparison. */
export function table(rows: Inline[][], headerRow = true): SerializedElement {
  return element(
    'table',
    rows.map((cells, index) =>
      element(
        'tablerow',
        cells.map((cell) =>
          element('tablecell', [cell === '' ? paragraph() : paragraph(cell)], { backgroundColor: null, colSpan: 1, headerState: headerRow && index === 0 ? 1 : 0, rowSpan: 1 }),
        ),
      ),
    ),
  );
}
