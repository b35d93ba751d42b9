/**
 * What goes around every page: Chromium draws these in the page margins, filling the elements of
 * class `pageNumber` and `totalPages`. They are small HTML documents of their own, with no access to
 * the page's styles.
 */
export interface PageTemplates {
  headerTemplate: string;
  footerTemplate: string;
}

/**
 * Prints a standalone HTML page to PDF with Chromium: A4, the page's own @page size and margins,
 * tagged (headings, lists, tables, figures with their alt text), with bookmarks built from the
 * headings, and the header and footer templates. Electron main implements it with
 * `webContents.printToPDF`, the command line and the tests with playwright-core's `page.pdf`: the
 * same HTML in gives the same PDF out.
 */
export interface PdfPrinter {
  print(html: string, templates: PageTemplates): Promise<Uint8Array>;
}
