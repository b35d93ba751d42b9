import type { HandbokDocument } from '../../model/document';
import { exportHouseStyle, type HouseStyle, type Organisation } from '../../model/organisation';
import { embeddedFontCss, type FontSource } from '../fonts';
import { PAGE_MARGIN_MM, renderHtml, type HtmlOptions, type HtmlResult } from '../html';
import { finishPdf } from './finish';
import type { FlateCodec } from './raw/file';
import { pageText } from './page-text';
import type { RenderWarning } from '../warnings';
import type { KnownPages } from '../docx/known-pages';
import { headingPages, type PdfDestinations } from './heading-pages';
import type { PdfPrinter, PrintJob } from './printer';

export type { PdfDestinations, PdfPrinter, PrintJob };
export { headingPages };

/** The steps of an export, for a progress display. */
export type PdfStage = 'layout' | 'final' | 'correction';

/** The printer and the PDF reader of the place the export runs in (Electron, the command line, a test). */
export interface PdfTools {
  printer: PdfPrinter;
  /** Opens a printed PDF with pdf.js (set up differently in Node and in the browser); closed after use. */
  openPdf: (bytes: Uint8Array) => Promise<PdfDestinations & { destroy(): Promise<void> | void }>;
  /** The bundled fonts' files: every PDF is set in them alone, the same on any machine. */
  fonts: FontSource;
  /** The runtime's fastest zlib for finishing the PDF; the web's CompressionStream without it. */
  flate?: FlateCodec;
  onStage?: (stage: PdfStage) => void;
}

export type PdfOptions = Omit<HtmlOptions, 'pageNumbers' | 'layoutOnly' | 'fontCss'> & PdfTools;

/** A page to print, given the heading pages of a first printing (or a request for the layout printing) and the fonts' rules. */
export type PageRender = (options: Pick<HtmlOptions, 'pageNumbers' | 'layoutOnly' | 'fontCss'>) => HtmlResult;


export interface PdfResult {
  bytes: Uint8Array<ArrayBuffer>;
  /** The page on which each heading stands, by heading id; the table of contents shows the same numbers. */
  headingPages: Map<string, number>;
  warnings: RenderWarning[];
}

/** An export's options apart: the tools it prints with, and the options of the page it prints. */
export function splitPdfOptions({ printer, openPdf, fonts, flate, onStage, ...page }: PdfOptions): { tools: PdfTools; page: Omit<PdfOptions, keyof PdfTools> } {
  return { tools: { printer, openPdf, fonts, ...(flate ? { flate } : {}), ...(onStage ? { onStage } : {}) }, page };
}

/** Chromium's printing of a page, finished as PDF/UA-1 with what the page says of itself (see finishPdf). */
export function finishPrintedPage(bytes: Uint8Array, html: string, flate?: FlateCodec): Promise<Uint8Array<ArrayBuffer>> {
  return finishPdf(bytes, { ...pageText(html), marginPt: (PAGE_MARGIN_MM / 25.4) * 72, ...(flate ? { flate } : {}) });
}

const samePages = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  a.size === b.size && [...a].every(([id, page]) => b.get(id) === page);

/**
 * A governing document as a tagged PDF whose table of contents names the right pages (see printPages).
 */
export function renderPdf(document: HandbokDocument, organisation: Organisation | null, options: PdfOptions): Promise<PdfResult> {
  const { tools, page: htmlOptions } = splitPdfOptions(options);
  return printPages((page) => renderHtml(document, organisation, { ...htmlOptions, ...page }), exportHouseStyle(organisation, htmlOptions.houseStyle), tools);
}

/** Where the headings of a printed PDF stand, and how many pages it has. */
async function readPages(bytes: Uint8Array, ids: readonly string[], openPdf: PdfTools['openPdf']): Promise<{ pages: Map<string, number>; count: number }> {
  const pdf = await openPdf(bytes);
  try {
    return { pages: await headingPages(pdf, ids), count: pdf.numPages };
  } finally {
    await pdf.destroy();
  }
}

/**
 * The layout printing: the page with only its headings drawn (hiding the rest moves nothing), which
 * finds where each heading the contents list lands. A page without contents lists none and is not printed.
 */
async function layoutPrinting(render: PageRender, fontCss: string, { printer, openPdf, onStage }: PdfTools) {
  const layout = render({ layoutOnly: true, fontCss });
  const ids = layout.headings.map((heading) => heading.id);
  if (!ids.length) return { headings: layout.headings, pages: new Map<string, number>(), count: 0 };
  onStage?.('layout');
  return { headings: layout.headings, ...(await readPages(await printer.print({ html: layout.html, mode: 'layout' }), ids, openPdf)) };
}

/**
 * A page as a tagged PDF, set in the bundled fonts of the house style, whose table of contents, if
 * it has one, names the right pages. Chromium cannot count pages in CSS, so the page is first
 * printed quickly to find where each heading lands (layoutPrinting),
 * then printed for real with those numbers in the contents. The result is read back and printed once
 * more should a heading have moved (the contents keep a fixed width for their numbers, so in practice
 * none does). A page without contents is printed once. Chromium's tagged PDF is then finished as
 * PDF/UA-1 (finishPdf), with bookmarks and link descriptions taken from the page's own text.
 */
export async function printPages(render: PageRender, style: HouseStyle, tools: PdfTools): Promise<PdfResult> {
  const { printer, openPdf, fonts, flate, onStage } = tools;
  const fontCss = await embeddedFontCss(style, fonts);
  const print = async (pageNumbers: ReadonlyMap<string, number> | undefined) => {
    const page = render({ pageNumbers, fontCss });
    return { page, bytes: await printer.print({ html: page.html, mode: 'final' }) };
  };

  const layout = await layoutPrinting(render, fontCss, tools);
  const ids = layout.headings.map((heading) => heading.id);
  let pages = layout.pages;
  onStage?.('final');
  let { page, bytes } = await print(pages);
  const landed = ids.length ? (await readPages(bytes, ids, openPdf)).pages : pages;
  if (!samePages(landed, pages)) {
    onStage?.('correction');
    pages = landed;
    ({ page, bytes } = await print(pages));
  }
  return { bytes: await finishPrintedPage(bytes, page.html, flate), headingPages: pages, warnings: page.warnings };
}

/**
 * Where the headings of a governing document's Word file land, taken from the PDF's layout printing:
 * the same first page, contents and body, set in fonts drawn to the Word fonts' widths, so the pages
 * agree closely. Word leaves an empty heading out of its contents, so it is left out here too.
 * Undefined when the document has no contents or a heading could not be found.
 */
export async function wordContentsPages(document: HandbokDocument, organisation: Organisation | null, options: PdfOptions): Promise<KnownPages | undefined> {
  const { tools, page } = splitPdfOptions(options);
  const fontCss = await embeddedFontCss(exportHouseStyle(organisation, page.houseStyle), tools.fonts);
  const { headings, pages, count } = await layoutPrinting((parts) => renderHtml(document, organisation, { ...page, ...parts }), fontCss, tools);
  const listed = headings.filter((heading) => heading.text);
  const numbers = listed.map((heading) => pages.get(heading.id));
  if (!listed.length || numbers.some((number) => number === undefined)) return undefined;
  return { headings: numbers as number[], count };
}
