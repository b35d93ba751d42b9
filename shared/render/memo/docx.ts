import { AlignmentType, BorderStyle, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TabStopType, TextRun, WidthType } from 'docx';
import { memoLayout, type MemoLayoutPart } from '../../memo/layout';
import type { HandbokDocument } from '../../model/document';
import type { Memo } from '../../model/memo';
import { exportHouseStyle, type HouseStyle, type Organisation } from '../../model/organisation';
import { WORDS } from '../document-words';
import { bodyOf } from '../docx/body';
import { DocxContext } from '../docx/context';
import { documentNumbering, documentStyles } from '../docx/styles';
import type { ReferenceTarget, RenderWarning } from '../warnings';
import { XmlTextCleaner } from '../xml-text';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const MARGIN = 1418;

const cell = (children: Paragraph[], width: number) => new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: children.length ? children : [new Paragraph({})] });

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) => new Paragraph({ heading: level, children: [new TextRun(text)] });
const plain = (lines: string[]) => lines.map((line) => new Paragraph({ children: [new TextRun(line)] }));

/** One part of the memo below its title. */
function partDocx(part: MemoLayoutPart, context: DocxContext): (Paragraph | Table)[] {
  switch (part.part) {
    case 'section':
      // The handbook's own body mappers: Word's numbering for lists, Heading 3 for a sub-heading, real footnotes.
      return [heading(part.heading), ...part.content.flatMap((node) => bodyOf(node, context))];
    case 'remiss':
      return part.lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: true })] }));
    case 'proposal':
      return [
        heading(part.heading),
        ...part.groups.flatMap((group) => [
          ...(group.heading ? [heading(group.heading, HeadingLevel.HEADING_3)] : []),
          // The numbers are written out, so that they survive any editing in Word.
          ...group.points.map((point, index) =>
            part.numbered ? new Paragraph({ indent: { left: 357, hanging: 357 }, children: [new TextRun(`${index + 1}.\t${point}`)] }) : new Paragraph({ children: [new TextRun(point)] }),
          ),
        ]),
      ];
    case 'sendTo':
      return [heading(part.heading), ...plain(part.recipients)];
    case 'signatures':
      return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: signatureRows(part.signatures) })];
    case 'attachments':
      return [heading(part.heading), ...plain(part.items)];
  }
}

/** The signatures two by two, each pair kept on one page. */
function signatureRows(signatures: readonly { name: string; title: string }[]): TableRow[] {
  const rows: TableRow[] = [];
  for (let index = 0; index < signatures.length; index += 2) {
    const pair = signatures.slice(index, index + 2);
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [0, 1].map((offset) => {
          const signatory = pair[offset];
          return cell(
            signatory ? [new Paragraph({ spacing: { before: 720 }, children: [new TextRun(signatory.name)] }), new Paragraph({ children: [new TextRun({ text: signatory.title, italics: true })] })] : [],
            50,
          );
        }),
      }),
    );
  }
  return rows;
}

/**
 * A tjänsteskrivelse as a Word file in the memo's formal layout (not the handbook's): the
 * organisation and the header facts at the top, the title, the parts under Word's own headings, the
 * numbered decision points, who gets the decision, the signatures side by side and the attachments.
 * The registry number and "Sida X av Y" stand in the footer. Characters that XML forbids are replaced
 * by U+FFFD with a warning, as in the handbook's Word file.
 */
export async function renderMemoDocx(
  hostileDocument: HandbokDocument & { memo: Memo },
  hostileOrganisation: Organisation | null,
  options: { houseStyle?: Partial<HouseStyle>; resolveReference?: (id: string) => ReferenceTarget | undefined } = {},
): Promise<{ bytes: Uint8Array<ArrayBuffer>; warnings: RenderWarning[] }> {
  const xml = new XmlTextCleaner();
  const document = xml.clean(hostileDocument);
  const organisation = xml.clean(hostileOrganisation);
  const resolve = options.resolveReference ?? (() => undefined);
  const style = exportHouseStyle(organisation, xml.clean(options.houseStyle));
  const resolveClean = (id: string) => xml.clean(resolve(id));
  const layout = memoLayout(document, organisation, resolveClean);
  const context = new DocxContext(document, organisation, style, resolveClean, new Map());
  const top = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              new Paragraph({ children: [new TextRun({ text: layout.organisation, bold: true, size: 24 })] }),
              new Paragraph({ children: [new TextRun({ text: layout.unit, size: 20 })] }),
            ],
            50,
          ),
          cell(
            [
              new Paragraph({ children: [new TextRun({ text: layout.kindWord, bold: true, size: 20 })] }),
              ...layout.header.map(
                ([label, value]) =>
                  new Paragraph({
                    spacing: { after: 0 },
                    // A value of several lines (the handläggare's title, phone, e-mail) breaks inside its paragraph.
                    children: [new TextRun({ text: `${label}: `, bold: true, size: 18 }), ...value.split('\n').map((line, index) => new TextRun({ text: line, size: 18, ...(index > 0 ? { break: 1 } : {}) }))],
                  }),
              ),
            ],
            50,
          ),
        ],
      }),
    ],
  });
  const children = [
    top,
    // Word's Title style, at the size a memo's title has (the handbook's front page sets it larger).
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 480, after: 240 }, children: [new TextRun({ text: layout.title, size: 36 })] }),
    ...layout.parts.flatMap((part) => partDocx(part, context)),
  ];

  const [before, current, between, total] = WORDS.page(PageNumber.CURRENT, PageNumber.TOTAL_PAGES);
  const file = new Document({
    creator: layout.organisation || 'Handbok',
    title: layout.title,
    subject: 'Tjänsteskrivelse',
    styles: documentStyles(style),
    numbering: documentNumbering(),
    footnotes: context.footnotes,
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: 9070 }],
                alignment: AlignmentType.LEFT,
                children: [new TextRun({ size: 16, color: '555555', children: [`${layout.registryNumber}\t${before}`, current, between, total] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return { bytes: new Uint8Array(await Packer.toArrayBuffer(file)), warnings: [...context.warnings, ...xml.warnings()] };
}
