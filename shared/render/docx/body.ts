import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { isTopLevelBlockType } from '../../model/blocks';
import type { SerializedNode } from '../../model/content';
import { childrenOf } from '../../model/tree';
import { WORDS } from '../document-words';
import type { BlockLayout, BlockPart, LineRole } from '../layout/blocks';
import { perContext, renderBody, renderInline, TEXT_FORMAT, type BodyRenderer, type InlineRenderer } from '../layout/body';
import { listStartMark, markBlock } from './block-marks';
import type { DocxContext } from './context';

/**
 * The body of the Word file: the Word interpreter of the shared layout (layout/body.ts,
 * layout/blocks.ts), in Word's own styles, lists and tables, plain shapes that stay pleasant to edit
 * in Word. Its recursion (a table cell holds body nodes, a block's field holds a table) stays inside
 * this module.
 */

/** A Word file's body element: what the mappers below give back. */
type Body = Paragraph | Table;

/** Each line role once as a paragraph style (the styles keep titles with what follows them: styles.ts). */
const LINE_STYLES: Record<LineRole, { style?: string }> = {
  'block-title': { style: 'BlockTitle' },
  'step-title': { style: 'StepTitle' },
  'goal-detail': { style: 'GoalDetail' },
  source: { style: 'Source' },
  lead: { style: 'Lead' },
  month: {},
  plain: {},
};

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** The colours of a block set apart (a callout), by its tone: fill and left border; a tone not named here takes the first. */
const TONES: Record<string, { fill: string; border: string }> = {
  note: { fill: 'EAF1F8', border: '2F5D8C' },
  important: { fill: 'FDF3E1', border: 'C77C02' },
};

const HEADER_FILL = 'E7ECF3';

/** A node that stands as a block, as Word body elements; a top-level heading numbered when it has an outline number. */
export function bodyOf(node: SerializedNode, context: DocxContext, headingNumber = ''): Body[] {
  return renderBody(node, renderersOf(context).body, context, headingNumber);
}

/**
 * The runs of a line of text: text, line breaks, links and footnote marks. `runStyle` sets a character
 * style on its text (a role's name at the start of its lead-in).
 */
function inlineRuns(nodes: readonly SerializedNode[], context: DocxContext, runStyle?: string): ParagraphChild[] {
  const inline = runStyle ? inlineRenderer(context, runStyle) : renderersOf(context).inline;
  return renderInline(nodes, inline, context);
}

const renderersOf = perContext((context: DocxContext) => ({ body: bodyRenderer(context), inline: inlineRenderer(context) }));

function textRun(node: SerializedNode, format: number, style?: string): TextRun {
  return new TextRun({
    text: typeof node.text === 'string' ? node.text : '',
    bold: (format & TEXT_FORMAT.bold) !== 0 || undefined,
    italics: (format & TEXT_FORMAT.italic) !== 0 || undefined,
    strike: (format & TEXT_FORMAT.strikethrough) !== 0 || undefined,
    underline: (format & TEXT_FORMAT.underline) !== 0 ? {} : undefined,
    subScript: (format & TEXT_FORMAT.subscript) !== 0 || undefined,
    superScript: (format & TEXT_FORMAT.superscript) !== 0 || undefined,
    ...(style ? { style } : {}),
  });
}

function inlineRenderer(context: DocxContext, runStyle?: string): InlineRenderer<ParagraphChild> {
  return {
    text: (node, format) => textRun(node, format, runStyle),
    lineBreak: () => new TextRun({ break: 1 }),
    tab: () => new TextRun({ text: '\t' }),
    // A link's text in the Hyperlink style, its footnote marks and line breaks kept.
    link: (url, content) => new ExternalHyperlink({ link: url, children: inlineRuns(content, context, 'Hyperlink') }),
    footnote: (text) => new FootnoteReferenceRun(context.addFootnote([new Paragraph({ children: [new TextRun(text)] })])),
  };
}

function bodyRenderer(context: DocxContext): BodyRenderer<Body[]> {
  return {
    paragraph: (node, boldLine) => [new Paragraph({ keepNext: boldLine || undefined, children: inlineRuns(childrenOf(node), context) })],
    heading: (node, level, number) => [
      new Paragraph({
        heading: HEADINGS[level - 1],
        children: inlineRuns(childrenOf(node), context),
        // Word numbers the headings itself, so that its own outline and contents show the numbers.
        numbering: number ? { reference: 'headings', level: level - 1 } : undefined,
      }),
    ],
    quote: (node) => [new Paragraph({ style: 'Quote', children: inlineRuns(childrenOf(node), context) })],
    list: (node) => list(node, context),
    table: (node) => [table(node, context)],
    image(image) {
      const caption = image.caption ? [new Paragraph({ style: 'Caption', alignment: AlignmentType.CENTER, children: [new TextRun(image.caption)] })] : [];
      if (!image.picture) return image.caption ? [new Paragraph({ style: 'Caption', children: [new TextRun(image.caption)] })] : [];
      const { type, bytes, width, height } = image.picture;
      const picture = new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: caption.length > 0 || undefined,
        children: [new ImageRun({ type, data: bytes, transformation: { width, height }, altText: { name: image.name, title: image.caption || image.alt, description: image.alt } })],
      });
      return [picture, ...caption];
    },
    pageBreak: () => [new Paragraph({ children: [new PageBreak()] })],
    reference: ({ title, details }) => [
      new Paragraph({
        border: { left: { style: BorderStyle.SINGLE, size: 12, color: '7A8699', space: 8 } },
        children: [new TextRun(`${WORDS.reference} `), new TextRun({ text: title ?? '', italics: true }), new TextRun(details ? ` (${details})` : '')],
      }),
    ],
    // A block in its own marks, which let Handbok read a file edited in Word back into the same blocks.
    block: (layout) => (layout.framed && isTopLevelBlockType(layout.type) ? markBlock(layout.type, context.nextBlockSequence(), blockBody(layout, context)) : blockBody(layout, context)),
    fallback: (text) => (text ? [new Paragraph({ children: [new TextRun(text)] })] : []),
  };
}

/**
 * A list, its nested lists one level deeper; each list gets its own numbering, so it starts at its own
 * start. A list's first line carries the mark that keeps it apart from a list just before it.
 */
function list(node: SerializedNode, context: DocxContext, level = 0): Paragraph[] {
  const reference = node.listType === 'number' ? 'numbers' : 'bullets';
  const instance = context.newListInstance();
  let unmarked = level === 0;
  return childrenOf(node).flatMap((item) => {
    const nested = childrenOf(item).filter((child) => child.type === 'list');
    const own = childrenOf(item).filter((child) => child.type !== 'list');
    const paragraphs: Paragraph[] = [];
    if (own.length) {
      const mark = unmarked ? [listStartMark(instance)] : [];
      unmarked = false;
      paragraphs.push(new Paragraph({ children: [...mark, ...inlineRuns(own, context)], numbering: { reference, level, instance } }));
    }
    return [...paragraphs, ...nested.flatMap((child) => list(child, context, Math.min(level + 1, 8)))];
  });
}

/** A table; a first row of header cells repeats on every page the table runs over. */
function table(node: SerializedNode, context: DocxContext): Table {
  const rows = childrenOf(node);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((row, index) => {
      const cells = childrenOf(row);
      const isHeader = index === 0 && cells.length > 0 && cells.every((cell) => (Number(cell.headerState) & 1) === 1);
      return new TableRow({
        // Only a header row is marked: readers of the file (mammoth among them) take any tblHeader, even "off", as one.
        tableHeader: isHeader || undefined,
        cantSplit: true,
        children: cells.map(
          (cell) =>
            new TableCell({
              shading: isHeader ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
              children: cellBody(cell, context, isHeader),
            }),
        ),
      });
    }),
  });
}

/** What a cell holds; a header cell's lines take the table heading style. Word requires a paragraph in every cell. */
function cellBody(cell: SerializedNode, context: DocxContext, isHeader: boolean): Body[] {
  const body = childrenOf(cell).flatMap((child) =>
    isHeader && child.type === 'paragraph' ? [new Paragraph({ style: 'TableHeading', children: inlineRuns(childrenOf(child), context) })] : bodyOf(child, context),
  );
  return body.length ? body : [new Paragraph({})];
}

/** A block's parts; a block set apart (a callout) in a shaded cell, followed by a line so that text after it does not touch it. */
function blockBody(layout: BlockLayout, context: DocxContext): Body[] {
  const parts = partsBody(layout.parts, context);
  const tone = layout.tone ? (TONES[layout.tone] ?? TONES.note!) : undefined;
  return tone ? [shadedBox(parts, tone), new Paragraph({})] : parts;
}

function partsBody(parts: readonly BlockPart[], context: DocxContext): Body[] {
  return parts.flatMap((part) => partBody(part, context));
}

function partBody(part: BlockPart, context: DocxContext): Body[] {
  switch (part.kind) {
    case 'line': {
      const { style } = LINE_STYLES[part.role];
      const prefix = part.prefix ? [new TextRun({ text: part.prefix, bold: true })] : [];
      return [new Paragraph({ style, children: [...prefix, ...inlineRuns(part.content, context)] })];
    }
    case 'sentence':
      return [
        new Paragraph({
          style: 'RoleLead',
          children: [...inlineRuns(part.subject, context, 'RoleName'), new TextRun(' '), ...inlineRuns(part.rest, context)],
        }),
      ];
    case 'label':
      return [new Paragraph({ style: 'FieldLabel', children: [new TextRun(part.text)] })];
    case 'rich':
      return part.content.flatMap((node) => bodyOf(node, context));
    case 'items':
      return part.items.flatMap((item) => partsBody(item, context));
    case 'table':
      return [table(part.table, context)];
    case 'two-columns':
      return [twoColumnTable(part, context)];
  }
}

/** Text in a single shaded cell: how a callout stands apart in Word, whatever it holds. */
function shadedBox(children: Body[], { fill, border }: { fill: string; border: string }): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            shading: { type: ShadingType.CLEAR, fill, color: 'auto' },
            borders: { left: { style: BorderStyle.SINGLE, size: 24, color: border }, top: none, bottom: none, right: none },
            children: children.length ? children : [new Paragraph({})],
          }),
        ],
      }),
    ],
  });
}

function twoColumnTable(part: Extract<BlockPart, { kind: 'two-columns' }>, context: DocxContext): Table {
  const cell = (children: Body[], fill?: string) =>
    new TableCell({ shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined, children: children.length ? children : [new Paragraph({})] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [2400, 6600],
    rows: [
      new TableRow({
        tableHeader: true,
        children: part.header.map((text) => cell([new Paragraph({ style: 'TableHeading', children: [new TextRun(text)] })], HEADER_FILL)),
      }),
      ...part.rows.map(([left, right]) => new TableRow({ cantSplit: true, children: [cell(partsBody(left, context)), cell(partsBody(right, context))] })),
    ],
  });
}
