import {
  AlignmentType,
  BorderStyle,
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
  type FileChild,
} from 'docx';
import { isBlockType } from '../../model/blocks';
import type { SerializedNode } from '../../model/content';
import { decodeImage, fitToPage } from '../image-data';
import { WORDS } from '../document-words';
import { structuredBlock } from './blocks';
import type { DocxContext } from './context';
import { childrenOf, headingLevel, isBoldLine, plainText } from '../content-tree';
import { inlineRuns } from './inline';

/** A Word file's body element: what the mappers below give back. */
export type Body = Paragraph | Table;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function heading(node: SerializedNode, context: DocxContext, numbered: boolean): Paragraph {
  const level = headingLevel(node);
  return new Paragraph({
    heading: HEADINGS[level - 1],
    children: inlineRuns(childrenOf(node), context),
    numbering: numbered ? { reference: 'headings', level: level - 1 } : undefined,
  });
}

/** A list, its nested lists one level deeper; each list gets its own numbering, so it starts at its own start. */
function list(node: SerializedNode, context: DocxContext, level = 0): Paragraph[] {
  const reference = node.listType === 'number' ? 'numbers' : 'bullets';
  const instance = context.newListInstance();
  return childrenOf(node).flatMap((item) => {
    const nested = childrenOf(item).filter((child) => child.type === 'list');
    const own = childrenOf(item).filter((child) => child.type !== 'list');
    const paragraphs = own.length ? [new Paragraph({ children: inlineRuns(own, context), numbering: { reference, level, instance } })] : [];
    return [...paragraphs, ...nested.flatMap((child) => list(child, context, Math.min(level + 1, 8)))];
  });
}

/** A table; a first row of header cells repeats on every page the table runs over. */
export function table(node: SerializedNode, context: DocxContext): Table {
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
              shading: isHeader ? { type: ShadingType.CLEAR, fill: 'E7ECF3', color: 'auto' } : undefined,
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
      ? [new Paragraph({ style: 'TableHeading', children: inlineRuns(childrenOf(child), context) })]
      : bodyOf(child, context),
  );
  return body.length ? body : [new Paragraph({})];
}

function image(node: SerializedNode, context: DocxContext): Paragraph[] {
  const number = context.nextImageNumber();
  const decoded = decodeImage(typeof node.src === 'string' ? node.src : '');
  const altText = typeof node.altText === 'string' ? node.altText : '';
  const caption = typeof node.caption === 'string' ? node.caption : '';
  if (!decoded) {
    context.warn('unreadable-image', `${WORDS.figure} ${number}`);
    return caption ? [new Paragraph({ style: 'Caption', children: [new TextRun(caption)] })] : [];
  }
  if (!altText && node.decorative !== true) context.warn('image-without-alt', `${WORDS.figure} ${number}`);
  const picture = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: Boolean(caption),
    children: [
      new ImageRun({
        type: decoded.type,
        data: decoded.bytes,
        transformation: fitToPage(decoded),
        altText: { name: `${WORDS.figure} ${number}`, title: caption || altText, description: altText },
      }),
    ],
  });
  return caption ? [picture, new Paragraph({ style: 'Caption', alignment: AlignmentType.CENTER, children: [new TextRun(caption)] })] : [picture];
}

function reference(node: SerializedNode, context: DocxContext): Paragraph {
  const target = typeof node.documentId === 'string' ? context.resolveReference(node.documentId) : undefined;
  const details = target
    ? [target.metadata.registryNumber, target.status === 'upphavd' ? WORDS.referenceRepealed : null].filter(Boolean).join(', ')
    : WORDS.referenceMissing;
  return new Paragraph({
    border: { left: { style: BorderStyle.SINGLE, size: 12, color: '7A8699', space: 8 } },
    children: [
      new TextRun(`${WORDS.reference} `),
      new TextRun({ text: target ? target.title : '', italics: true }),
      new TextRun(details ? ` (${details})` : ''),
    ],
  });
}

/** Every node that stands as a block (at the top level, in a block's rich field, in a table cell). */
export function bodyOf(node: SerializedNode, context: DocxContext, numberedHeadings = false): Body[] {
  switch (node.type) {
    case 'paragraph':
      return [new Paragraph({ keepNext: isBoldLine(node) || undefined, children: inlineRuns(childrenOf(node), context) })];
    case 'heading':
      return [heading(node, context, numberedHeadings)];
    case 'quote':
      return [new Paragraph({ style: 'Quote', children: inlineRuns(childrenOf(node), context) })];
    case 'list':
      return list(node, context);
    case 'table':
      return [table(node, context)];
    case 'image':
      return image(node, context);
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'reference':
      return [reference(node, context)];
    default: {
      if (isBlockType(node.type)) return structuredBlock(node, context);
      // Nothing is dropped silently: what Word cannot show as it is comes out as its text, with a warning.
      context.warn('unknown-node', node.type);
      const text = plainText(node);
      return text ? [new Paragraph({ children: [new TextRun(text)] })] : [];
    }
  }
}

export type { FileChild };
