import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { leadContinuesRole } from '../../model/blocks';
import type { SerializedNode } from '../../model/content';
import { WORDS } from '../document-words';
import { bodyOf, table, type Body } from './content';
import type { DocxContext } from './context';
import { childrenOf, fieldOf as field, itemsOf as items, plainText } from '../content-tree';
import { inlineRuns } from './inline';

/**
 * The Word form of each structured block. Each has a designed, plain shape that reads well printed and
 * stays pleasant to edit in Word: titles in the block title style, field captions in the field label
 * style, numbers written out (so they survive any editing), tables for what is tabular.
 */

/** A one-line field as a paragraph, or nothing when it is empty. */
function line(block: SerializedNode, name: string, context: DocxContext, options: { style?: string; prefix?: string } = {}): Paragraph[] {
  const value = field(block, name);
  if (!value || !plainText(value).trim()) return [];
  const prefix = options.prefix ? [new TextRun({ text: options.prefix, bold: true })] : [];
  return [new Paragraph({ style: options.style, keepNext: options.style === 'BlockTitle', children: [...prefix, ...inlineRuns(childrenOf(value), context)] })];
}

/** A rich field's paragraphs, lists and tables, under a caption when one is given and it has text. */
function rich(block: SerializedNode, name: string, context: DocxContext, caption?: string): Body[] {
  const value = field(block, name);
  if (!value || !plainText(value).trim()) return [];
  const body = childrenOf(value).flatMap((child) => bodyOf(child, context));
  return caption ? [new Paragraph({ style: 'FieldLabel', keepNext: true, children: [new TextRun(caption)] }), ...body] : body;
}

/** A titled block; its number, when it has one, is written before the title. */
function titled(block: SerializedNode, name: string, context: DocxContext, number?: number): Paragraph[] {
  return line(block, name, context, { style: 'BlockTitle', prefix: number === undefined ? undefined : `${number}. ` });
}

/** An items field's items under a caption, or nothing when no item has text yet. */
function captionedItems(block: SerializedNode, name: string, caption: string, render: (item: SerializedNode, index: number) => Body[]): Body[] {
  const written = items(block, name).filter((item) => plainText(item).trim());
  if (!written.length) return [];
  return [new Paragraph({ style: 'FieldLabel', keepNext: true, children: [new TextRun(caption)] }), ...written.flatMap(render)];
}

/**
 * A role's name and lead-in: one sentence ("Medarbetare ansvarar för att"), the name in the role name
 * style, when the lead-in continues the name; otherwise the name as the block's title and the lead-in
 * on its own line.
 */
function roleOpening(block: SerializedNode, context: DocxContext): Paragraph[] {
  const role = field(block, 'role');
  const lead = field(block, 'lead');
  if (!role || !lead || !leadContinuesRole(plainText(role), plainText(lead))) return [...titled(block, 'role', context), ...line(block, 'lead', context, { style: 'Lead' })];
  return [
    new Paragraph({
      style: 'RoleLead',
      keepNext: true,
      children: [...inlineRuns(childrenOf(role), context, 'RoleName'), new TextRun(' '), ...inlineRuns(childrenOf(lead), context)],
    }),
  ];
}

/** Text in a single shaded cell: how a callout stands apart in Word, whatever it holds. */
function shadedBox(children: Body[], fill: string, border: string): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            shading: { type: ShadingType.CLEAR, fill, color: 'auto' },
            borders: {
              left: { style: BorderStyle.SINGLE, size: 24, color: border },
              top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
              bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' },
              right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
            },
            children: children.length ? children : [new Paragraph({})],
          }),
        ],
      }),
    ],
  });
}

function twoColumnTable(header: [string, string], rows: { left: Paragraph[]; right: Body[] }[]): Table {
  const cell = (children: Body[], fill?: string) =>
    new TableCell({ shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined, children: children.length ? children : [new Paragraph({})] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [2400, 6600],
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((text) => cell([new Paragraph({ style: 'TableHeading', children: [new TextRun(text)] })], 'E7ECF3')),
      }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: [cell(row.left), cell(row.right)] })),
    ],
  });
}

export function structuredBlock(block: SerializedNode, context: DocxContext): Body[] {
  switch (block.type) {
    case 'principle':
      return [...titled(block, 'title', context, context.principleNumber(block)), ...rich(block, 'explanation', context)];
    case 'role':
      return [...roleOpening(block, context), ...rich(block, 'responsibilities', context)];
    case 'method-guide':
      return [
        ...titled(block, 'name', context),
        ...rich(block, 'purpose', context, WORDS.fields.purpose),
        ...rich(block, 'when', context, WORDS.fields.when),
        ...captionedItems(block, 'steps', WORDS.fields.steps, (step, index) => [
          ...line(step, 'title', context, { style: 'StepTitle', prefix: `${index + 1}. ` }),
          ...rich(step, 'guidance', context),
        ]),
        ...rich(block, 'tools', context, WORDS.fields.tools),
      ];
    case 'goals':
      return [
        ...titled(block, 'title', context),
        ...items(block, 'goals').flatMap((goal, index) => [
          ...line(goal, 'goal', context, { style: 'StepTitle', prefix: `${index + 1}. ` }),
          ...line(goal, 'indicator', context, { style: 'GoalDetail', prefix: `${WORDS.fields.indicator}: ` }),
          ...line(goal, 'target', context, { style: 'GoalDetail', prefix: `${WORDS.fields.target}: ` }),
        ]),
      ];
    case 'definition':
      return [
        ...line(block, 'term', context, { style: 'BlockTitle' }),
        ...rich(block, 'definition', context),
        ...line(block, 'source', context, { style: 'Source', prefix: `${WORDS.fields.source}: ` }),
      ];
    case 'comparison': {
      const tableNode = childrenOf(field(block, 'table') ?? block).find((child) => child.type === 'table');
      return [...titled(block, 'title', context), ...(tableNode ? [table(tableNode, context)] : [])];
    }
    case 'annual-cycle':
      return [
        ...titled(block, 'title', context),
        twoColumnTable(
          [WORDS.fields.month, WORDS.fields.activities],
          items(block, 'months').map((month) => ({ left: line(month, 'month', context), right: rich(month, 'activities', context) })),
        ),
      ];
    case 'staged-model':
      return [
        ...titled(block, 'title', context),
        ...items(block, 'stages').flatMap((stage, index) => [
          ...line(stage, 'name', context, { style: 'StepTitle', prefix: `${index + 1}. ` }),
          ...rich(stage, 'description', context),
        ]),
      ];
    case 'callout': {
      const important = block.variant === 'important';
      const label = new Paragraph({ style: 'FieldLabel', children: [new TextRun(important ? WORDS.callout.important : WORDS.callout.note)] });
      return [shadedBox([label, ...rich(block, 'body', context)], important ? 'FDF3E1' : 'EAF1F8', important ? 'C77C02' : '2F5D8C'), new Paragraph({})];
    }
    default:
      // An item (a step, a goal) outside its block: its fields' text, in order.
      return childrenOf(block).flatMap((child) =>
        child.multiline ? childrenOf(child).flatMap((node) => bodyOf(node, context)) : [new Paragraph({ children: inlineRuns(childrenOf(child), context) })],
      );
  }
}
