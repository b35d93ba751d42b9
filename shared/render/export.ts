import { hasTableOfContents, type HandbokDocument } from '../model/document';
import { hasMemo, type Memo } from '../model/memo';
import { exportHouseStyle, type Organisation } from '../model/organisation';
import { renderDocx, type DocxOptions, type DocxResult } from './docx';
import { renderHtml, type HtmlOptions, type HtmlResult } from './html';
import { renderMemoDocx } from './memo/docx';
import { renderCaseFileHtml } from './memo/case-file';
import { renderMemoHtml } from './memo/html';
import { printPages, renderPdf, splitPdfOptions, wordContentsPages, type PdfOptions, type PdfResult, type PdfTools } from './pdf';

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
 */
export async function exportDocx(document: HandbokDocument, organisation: Organisation | null, { pdfTools, ...options }: WordExportOptions = {}): Promise<DocxResult> {
  if (hasMemo(document)) return renderMemoDocx(document, organisation, options);
  const pages = pdfTools && wordNeedsPrinting(document) ? await wordContentsPages(document, organisation, { ...options, ...pdfTools }) : undefined;
  return renderDocx(document, organisation, pages ? { ...options, pages } : options);
}

export function exportHtml(document: HandbokDocument, organisation: Organisation | null, options: HtmlOptions = {}): HtmlResult {
  return hasMemo(document) ? renderMemoHtml(document, organisation, options) : renderHtml(document, organisation, options);
}

export function exportPdf(document: HandbokDocument, organisation: Organisation | null, options: PdfOptions): Promise<PdfResult> {
  if (!hasMemo(document)) return renderPdf(document, organisation, options);
  const { tools, page } = splitPdfOptions(options);
  return printPages(({ fontCss }) => renderMemoHtml(document, organisation, { ...page, fontCss }), exportHouseStyle(organisation, page.houseStyle), tools);
}

/** The ärendepaket: the memo with its bilagor appended, as one tagged PDF with bookmarks for every part. */
export function exportCaseFilePdf(
  memo: HandbokDocument & { memo: Memo },
  attachments: readonly HandbokDocument[],
  organisation: Organisation | null,
  options: PdfOptions,
): Promise<PdfResult> {
  const { tools, page: htmlOptions } = splitPdfOptions(options);
  return printPages((page) => renderCaseFileHtml(memo, attachments, organisation, { ...htmlOptions, ...page }), exportHouseStyle(organisation, htmlOptions.houseStyle), tools);
}
