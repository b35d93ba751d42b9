import {
  AlignmentType,
  BorderStyle,
  DeletedTextRun,
  ExternalHyperlink,
  FootnoteReference,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { isTopLevelBlockType } from '../../model/blocks';
import type { SerializedNode } from '../../model/content';
import { childrenOf } from '../../model/tree';
import { WORDS } from '../document-words';
import type { BlockLayout, BlockPart, LineRole } from '../layout/blocks';
import { perContext, renderBody, renderInline, TEXT_FORMAT, type BodyRenderer, type InlineRenderer } from '../layout/body';
import { revisionOf, type Revision } from '../layout/revisions';
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

/*
 * A comparison export's changes (layout/changes.ts) as Word's tracked changes: a run the newer
 * version inserted in w:ins, one it deleted in w:del; a paragraph inserted or deleted as a whole has
 * its paragraph mark inserted or deleted too (w:pPr/w:rPr/w:ins|w:del), and a table row its row
 * (w:trPr/w:ins|w:del), so that accepting or rejecting the change in Word keeps or removes the whole
 * paragraph or row. Without a revision each is made exactly as it always was.
 */

/** A run of text, in w:ins or w:del when a comparison marked it. */
function run(options: string | IRunOptions, revision: Revision | undefined, context: DocxContext): ParagraphChild {
  if (!revision) return new TextRun(options);
  const revised = { ...(typeof options === 'string' ? { text: options } : options), ...context.revision() };
  return revision === 'inserted' ? new InsertedTextRun(revised) : new DeletedTextRun(revised);
}

/** A paragraph's options for a paragraph inserted or deleted as a whole: its mark inserted or deleted. */
function paragraphRevision(revision: Revision | undefined, context: DocxContext) {
  if (!revision) return {};
  return { run: revision === 'inserted' ? { insertion: context.revision() } : { deletion: context.revision() } };
}

/** A table row's (or a picture's) options for one inserted or deleted as a whole. */
function changeRevision(revision: Revision | undefined, context: DocxContext) {
  if (!revision) return {};
  return revision === 'inserted' ? { insertion: context.revision() } : { deletion: context.revision() };
}

function textRun(node: SerializedNode, format: number, context: DocxContext, style?: string): ParagraphChild {
  const options = {
    text: typeof node.text === 'string' ? node.text : '',
    bold: (format & TEXT_FORMAT.bold) !== 0 || undefined,
    italics: (format & TEXT_FORMAT.italic) !== 0 || undefined,
    strike: (format & TEXT_FORMAT.strikethrough) !== 0 || undefined,
    underline: (format & TEXT_FORMAT.underline) !== 0 ? {} : undefined,
    subScript: (format & TEXT_FORMAT.subscript) !== 0 || undefined,
    superScript: (format & TEXT_FORMAT.superscript) !== 0 || undefined,
    ...(style ? { style } : {}),
  };
  return run(options, revisionOf(node), context);
}

function inlineRenderer(context: DocxContext, runStyle?: string): InlineRenderer<ParagraphChild> {
  return {
    text: (node, format) => textRun(node, format, context, runStyle),
    lineBreak: (node) => run({ break: 1 }, revisionOf(node), context),
    tab: (node) => run({ text: '\t' }, revisionOf(node), context),
    // A link's text in the Hyperlink style, its footnote marks and line breaks kept.
    link: (url, content) => new ExternalHyperlink({ link: url, children: inlineRuns(content, context, 'Hyperlink') }),
    footnote(text, node) {
      const id = context.addFootnote([new Paragraph({ children: [new TextRun(text)] })]);
      const revision = revisionOf(node);
      // The footnote mark in a run of the same style, in w:ins or w:del.
      return revision ? run({ style: 'FootnoteReference', children: [new FootnoteReference(id)] }, revision, context) : new FootnoteReferenceRun(id);
    },
  };
}

function bodyRenderer(context: DocxContext): BodyRenderer<Body[]> {
  return {
    paragraph: (node, boldLine) => [
      new Paragraph({ keepNext: boldLine || undefined, children: inlineRuns(childrenOf(node), context), ...paragraphRevision(revisionOf(node), context) }),
    ],
    heading: (node, level, number) => [
      new Paragraph({
        heading: HEADINGS[level - 1],
        children: inlineRuns(childrenOf(node), context),
        // Word numbers the headings itself, so that its own outline and contents show the numbers.
        numbering: number ? { reference: 'headings', level: level - 1 } : undefined,
        ...paragraphRevision(revisionOf(node), context),
      }),
    ],
    quote: (node) => [new Paragraph({ style: 'Quote', children: inlineRuns(childrenOf(node), context), ...paragraphRevision(revisionOf(node), context) })],
    list: (node) => list(node, context),
    table: (node) => [table(node, context)],
    image(image, node) {
      const revision = revisionOf(node);
      const captionRun = () => run(image.caption, revision, context);
      const caption = image.caption
        ? [new Paragraph({ style: 'Caption', alignment: AlignmentType.CENTER, children: [captionRun()], ...paragraphRevision(revision, context) })]
        : [];
      if (!image.picture) return image.caption ? [new Paragraph({ style: 'Caption', children: [captionRun()], ...paragraphRevision(revision, context) })] : [];
      const { type, bytes, width, height } = image.picture;
      const picture = new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: caption.length > 0 || undefined,
        children: [
          new ImageRun({
            type,
            data: bytes,
            transformation: { width, height },
            altText: { name: image.name, title: image.caption || image.alt, description: image.alt },
            ...changeRevision(revision, context),
          }),
        ],
        ...paragraphRevision(revision, context),
      });
      return [picture, ...caption];
    },
    // An inserted or deleted page break: an empty paragraph that begins a page, inserted or deleted whole.
    pageBreak: (node) => {
      const revision = revisionOf(node);
      return [revision ? new Paragraph({ pageBreakBefore: true, ...paragraphRevision(revision, context) }) : new Paragraph({ children: [new PageBreak()] })];
    },
    reference: ({ title, details }, node) => {
      const revision = revisionOf(node);
      return [
        new Paragraph({
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: '7A8699', space: 8 } },
          children: [run(`${WORDS.reference} `, revision, context), run({ text: title ?? '', italics: true }, revision, context), run(details ? ` (${details})` : '', revision, context)],
          ...paragraphRevision(revision, context),
        }),
      ];
    },
    // A block in its own marks, which let Handbok read a file edited in Word back into the same blocks.
    // A block a comparison shows deleted has none: once the deletion is accepted, nothing is left to mark.
    block: (layout) =>
      layout.framed && isTopLevelBlockType(layout.type) && layout.revision !== 'deleted'
        ? markBlock(layout.type, context.nextBlockSequence(), blockBody(layout, context))
        : blockBody(layout, context),
    fallback: (text, node) => (text ? [new Paragraph({ children: [run(text, revisionOf(node), context)], ...paragraphRevision(revisionOf(node), context) })] : []),
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
      paragraphs.push(new Paragraph({ children: [...mark, ...inlineRuns(own, context)], numbering: { reference, level, instance }, ...paragraphRevision(revisionOf(item), context) }));
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
        ...changeRevision(revisionOf(row), context),
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
    isHeader && child.type === 'paragraph'
      ? [new Paragraph({ style: 'TableHeading', children: inlineRuns(childrenOf(child), context), ...paragraphRevision(revisionOf(child), context) })]
      : bodyOf(child, context),
  );
  return body.length ? body : [new Paragraph({})];
}

/** A block's parts; a block set apart (a callout) in a shaded cell, followed by a line so that text after it does not touch it. */
function blockBody(layout: BlockLayout, context: DocxContext): Body[] {
  const parts = partsBody(layout.parts, context);
  const tone = layout.tone ? (TONES[layout.tone] ?? TONES.note!) : undefined;
  if (!tone) return parts;
  return layout.revision
    ? [shadedBox(parts, tone, changeRevision(layout.revision, context)), new Paragraph({ ...paragraphRevision(layout.revision, context) })]
    : [shadedBox(parts, tone), new Paragraph({})];
}

function partsBody(parts: readonly BlockPart[], context: DocxContext): Body[] {
  return parts.flatMap((part) => partBody(part, context));
}

function partBody(part: BlockPart, context: DocxContext): Body[] {
  switch (part.kind) {
    case 'line': {
      const { style } = LINE_STYLES[part.role];
      // A number that changed: the older one deleted, the newer inserted.
      const prefix = part.prefix
        ? part.formerPrefix
          ? [run({ text: part.formerPrefix, bold: true }, 'deleted', context), run({ text: part.prefix, bold: true }, 'inserted', context)]
          : [run({ text: part.prefix, bold: true }, part.revision, context)]
        : [];
      return [new Paragraph({ style, children: [...prefix, ...inlineRuns(part.content, context)], ...paragraphRevision(part.revision, context) })];
    }
    case 'sentence':
      return [
        new Paragraph({
          style: 'RoleLead',
          children: [...inlineRuns(part.subject, context, 'RoleName'), run(' ', part.revision, context), ...inlineRuns(part.rest, context)],
          ...paragraphRevision(part.revision, context),
        }),
      ];
    case 'label':
      return [new Paragraph({ style: 'FieldLabel', children: [run(part.text, part.revision, context)], ...paragraphRevision(part.revision, context) })];
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

/** Text in a single shaded cell: how a callout stands apart in Word, whatever it holds. `revision`: the row's, in a comparison. */
function shadedBox(children: Body[], { fill, border }: { fill: string; border: string }, revision: ReturnType<typeof changeRevision> = {}): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        cantSplit: true,
        ...revision,
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
        ...changeRevision(part.revision, context),
        children: part.header.map((text) =>
          cell([new Paragraph({ style: 'TableHeading', children: [run(text, part.revision, context)], ...paragraphRevision(part.revision, context) })], HEADER_FILL),
        ),
      }),
      ...part.rows.map(
        ([left, right, revision]) =>
          new TableRow({ cantSplit: true, ...changeRevision(revision, context), children: [cell(partsBody(left, context)), cell(partsBody(right, context))] }),
      ),
    ],
  });
}
