import type { Browser, BrowserContext } from 'playwright-core';
import { chromiumPrinter } from '../../../electron/cli/pdf-tools';
import type { PdfPrinter, PrintJob } from '../../../shared/render/pdf/printer';

/**
 * A browser tab cannot print to PDF; Electron main does it for the desktop app. The tests lend the
 * page the same Chromium printing the command line uses, as the browser host allows.
 */
export async function lendPrinter(context: BrowserContext, browser: Browser, print: PdfPrinter['print'] = chromiumPrinter(browser).print) {
  await context.exposeBinding('handbokPdfPrinter', async (_source, job: PrintJob) => Buffer.from(await print(job)).toString('base64'));
}
