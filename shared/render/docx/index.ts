import { Document, Footer, Header, Packer, PageNumber, Paragraph, TableOfContents, TextRun, AlignmentType, TabStopType } from 'docx';
import { hasTableOfContents, type HandbokDocument } from '../../model/document';
import { originProperties } from '../../model/file-origin';
import { exportHouseStyle, exportLayout, type HouseStyle, type Organisation } from '../../model/organisation';
import { statusMark } from '../layout/front-page';
import { blockNumbering, headingNumbering } from '../layout/body';
import { comparisonBody } from '../layout/changes';
import type { ChangesAgainst } from '../layout/revisions';
import { KIND_NAMES, WORDS } from '../document-words';
import { bodyOf } from './body';
import { DocxContext, type DocxWarning, type ReferenceTarget } from './context';
import { frontPage } from './front-page';
import { knownPageNumbers, type KnownPages } from './known-pages';
import { documentNumbering, documentStyles } from './styles';
import { XmlTextCleaner } from '../xml-text';

export type { ChangesAgainst, DocxWarning, HouseStyle, KnownPages, ReferenceTarget };

export interface DocxOptions {
  houseStyle?: Partial<HouseStyle>;
  /** Other documents of the library, for the titles and status of references. */
  resolveReference?: (id: string) => ReferenceTarget | undefined;
  /**
   * Where the headings land (from the PDF export's layout printing): the table of contents is then
   * written with its page numbers, and Word need not update it on opening. Without them Word is asked to.
   */
  pages?: KnownPages;
  /**
   * The Word file "with changes against" an older version: every difference from its content is a
   * tracked change (w:ins, w:del), by the given author at the given time, which Word lets the reader
   * accept or reject. The first page is the newer version's, without changes.
   */
  changesAgainst?: ChangesAgainst;
}

export interface DocxResult {
  bytes: Uint8Array<ArrayBuffer>;
  /** What the Word file could not hold as it is; shown to the user after the export. */
  warnings: DocxWarning[];
}

/** 2.5 cm margins on A4, in twentieths of a point. */
const MARGIN = 1418;

/**
 * A governing document as a Word file that looks as if the municipality made it itself: a first page
 * laid out by the organisation's template, a table of contents (unless the document has none) that
 * shows its entries and, given `pages`, their page numbers at once, the body in Word's own styles,
 * lists and tables, and a header and footer with the registry number, version and "Sida X av Y"; a
 * document not in force says so on every page. Characters that XML forbids, wherever they stand, are
 * replaced by U+FFFD with a warning, so that Word opens the file. A pure function: the same document,
 * profile and options give the same file.
 */
export async function renderDocx(hostileDocument: HandbokDocument, hostileOrganisation: Organisation | null, options: DocxOptions = {}): Promise<DocxResult> {
  const xml = new XmlTextCleaner();
  const document = xml.clean(hostileDocument);
  const organisation = xml.clean(hostileOrganisation);
  const resolve = options.resolveReference ?? (() => undefined);
  // The organisation's house style, which an option can override (the command line, tests).
  const style = exportHouseStyle(organisation, xml.clean(options.houseStyle));
  const changes = options.changesAgainst && xml.clean(options.changesAgainst);
  const comparison = changes ? comparisonBody(changes.content, document.content) : null;
  const nodes = comparison?.nodes ?? document.content.root.children;
  const context = new DocxContext(document, organisation, style, (id) => xml.clean(resolve(id)), comparison?.blockNumbers ?? blockNumbering(nodes), comparison?.formerBlockNumbers);
  if (changes) context.changes = { author: changes.author.trim() || 'Handbok', date: wordDateTime(changes.date) };
  const numberOf = comparison?.headingNumbers ?? headingNumbering(document.content);
  const body = nodes.flatMap((node) => bodyOf(node, context, numberOf.get(node)));

  const contents = hasTableOfContents(document);
  const pages = contents ? options.pages : undefined;
  const mark = statusMark(document);
  // A paragraph belongs to one header, so each header gets its own.
  const markLine = () => (mark ? [new Paragraph({ style: 'StatusMark', children: [new TextRun(mark)] })] : []);

  const footerLine = [document.metadata.registryNumber, document.metadata.version ? `${WORDS.version} ${document.metadata.version}` : null]
    .filter(Boolean)
    .join('   ');
  const file = new Document({
    creator: organisation?.name || 'Handbok',
    title: document.title,
    subject: KIND_NAMES[document.kind],
    keywords: [KIND_NAMES[document.kind], organisation?.name, document.metadata.registryNumber].filter(Boolean).join(', '),
    description: document.metadata.appliesTo ?? '',
    // Which document and version the file shows, so that the file can come back as a draft of it.
    customProperties: originProperties(document),
    styles: documentStyles(style),
    numbering: documentNumbering(),
    // Word asks to update the fields on every opening: only when the user wants that, or when the contents have no page numbers.
    features: { updateFields: exportLayout(organisation).updateFieldsInWord || (contents && !pages) },
    ...(pages ? { pageNumbers: knownPageNumbers(pages) } : {}),
    footnotes: context.footnotes,
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } },
          titlePage: true,
        },
        headers: {
          default: new Header({
            children: [
              ...markLine(),
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: 9070 }],
                children: [new TextRun({ text: `${organisation?.name ?? ''}\t${document.title}`, size: 16, color: '555555' })],
              }),
            ],
          }),
          first: new Header({ children: mark ? markLine() : [new Paragraph({})] }),
        },
        footers: {
          default: pageFooter(footerLine),
          first: pageFooter(footerLine),
        },
        children: [
          ...frontPage(document, organisation),
          ...(contents
            ? [
                // Not a heading style, so the table of contents does not list itself.
                new Paragraph({ style: 'ContentsHeading', children: [new TextRun(WORDS.contents)] }),
                new TableOfContents(WORDS.contents, { hyperlink: true, headingStyleRange: '1-3' }),
                new Paragraph({ pageBreakBefore: true, children: [] }),
              ]
            : []),
          ...body,
        ],
      },
    ],
  });
  const buffer = await Packer.toArrayBuffer(file);
  return { bytes: new Uint8Array(buffer), warnings: [...context.warnings, ...xml.warnings()] };
}

/**
 * A time as Word writes a tracked change's (xsd:dateTime, to the second, in UTC); a time that cannot
 * be read is left out, which the attribute allows.
 */
function wordDateTime(time: string): string | undefined {
  const parsed = new Date(time);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().replace(/\.\d+Z$/, 'Z');
}

function pageFooter(line: string): Footer {
  const [before, current, between, total] = WORDS.page(PageNumber.CURRENT, PageNumber.TOTAL_PAGES);
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: 9070 }],
        alignment: AlignmentType.LEFT,
        children: [new TextRun({ size: 16, color: '555555', children: [`${line}\t${before}`, current, between, total] })],
      }),
    ],
  });
}
