import { hasTableOfContents, type HandbokDocument } from '../model/document';
import { hasMemo, type Memo } from '../model/memo';
import { documentAsExported } from '../model/versions';
import { exportHouseStyle, type Organisation } from '../model/organisation';
import { renderDocx, type ChangesAgainst, type DocxOptions, type DocxResult } from './docx';
import { renderHtml, type HtmlOptions, type HtmlResult } from './html';
import { renderMemoDocx } from './memo/docx';
import { renderCaseFileHtml } from './memo/case-file';
import type { ResolvedBilagor } from './memo/case-file-bilagor';
import { placeForeignPages } from './pdf/foreign-pages';
import { renderMemoHtml } from './memo/html';
import { printPages, renderPdf, splitPdfOptions, wordContentsPages, type PdfOptions, type PdfResult, type PdfTools } from './pdf';

export type { ChangesAgainst };

export interface WordExportOptions extends DocxOptions {
  /**
   * What prints the PDF: given it, the layout printing finds the pages of the headings, and the Word
   * file's table of contents is written with them. Without it, Word fills them in when it opens the file.
   */
  pdfTools?: PdfTools;
}

/** Whether a document's Word file wants a printer: only a table of contents needs the pages of its headings. */
export const wordNeedsPrinting = (document: HandbokDocument): boolean => !hasMemo(document) && hasTableOfContents(document);

/**
 * Each export format for any document: a tjänsteskrivelse in the memo's formal layout, every other
 * document in the handbook layout. The app and the command line export through these.
 *
 * A draft of the next version is exported as the draft it is (`documentAsExported`), not as the version in
 * force whose status it still carries.
 *
 * With `changesAgainst` (an older version's content), a governing document is exported "with changes
 * against" that version: the Word file with every difference as a tracked change, the PDF as a
 * jämförelseversion that marks them. A memo has no versions and is exported as it is.
 */
export async function exportDocx(shown: HandbokDocument, organisation: Organisation | null, { pdfTools, ...options }: WordExportOptions = {}): Promise<DocxResult> {
  const document = documentAsExported(shown);
  const { changesAgainst: _changes, ...plain } = options;
  if (hasMemo(document)) return renderMemoDocx(document, organisation, plain);
  // The contents list the newer version's headings (a deleted one has no text in Word's eyes), on the pages where they stand once the changes are accepted.
  const pages = pdfTools && wordNeedsPrinting(document) ? await wordContentsPages(document, organisation, { ...plain, ...pdfTools }) : undefined;
  return renderDocx(document, organisation, pages ? { ...options, pages } : options);
}

export function exportHtml(shown: HandbokDocument, organisation: Organisation | null, options: HtmlOptions = {}): HtmlResult {
  const document = documentAsExported(shown);
  if (!hasMemo(document)) return renderHtml(document, organisation, options);
  const { changesAgainst: _memosHaveNoVersions, ...page } = options;
  return renderMemoHtml(document, organisation, page);
}

export function exportPdf(shown: HandbokDocument, organisation: Organisation | null, options: PdfOptions): Promise<PdfResult> {
  const document = documentAsExported(shown);
  if (!hasMemo(document)) return renderPdf(document, organisation, options);
  const { changesAgainst: _memosHaveNoVersions, ...memoOptions } = options;
  const { tools, page } = splitPdfOptions(memoOptions);
  return printPages(({ fontCss }) => renderMemoHtml(document, organisation, { ...page, fontCss }), exportHouseStyle(organisation, page.houseStyle), tools);
}

/**
 * The ärendepaket: the memo with its bilagor appended (resolved by resolveCaseFileBilagor), as one
 * tagged PDF with bookmarks for every part; the pages of attached PDF files are placed last, where
 * their placeholders were printed.
 */
export async function exportCaseFilePdf(
  memo: HandbokDocument & { memo: Memo },
  { bilagor, foreignPages }: ResolvedBilagor,
  organisation: Organisation | null,
  options: PdfOptions,
): Promise<PdfResult> {
  // Its documents are each exported as they are, without a comparison.
  const { changesAgainst: _changes, ...plain } = options;
  const { tools, page: htmlOptions } = splitPdfOptions(plain);
  const printed = await printPages((page) => renderCaseFileHtml(memo, bilagor, organisation, { ...htmlOptions, ...page }), exportHouseStyle(organisation, htmlOptions.houseStyle), tools);
  return { ...printed, bytes: await placeForeignPages(printed.bytes, foreignPages, tools.flate) };
}

/** The ärendepaket as one HTML page (the browser build's, which cannot print): the memo and every bilaga. */
export function exportCaseFileHtml(memo: HandbokDocument & { memo: Memo }, { bilagor }: ResolvedBilagor, organisation: Organisation | null, options: HtmlOptions = {}): HtmlResult {
  const { changesAgainst: _changes, ...plain } = options;
  return renderCaseFileHtml(memo, bilagor, organisation, plain);
}
