import { isSafeExternalUrl } from '@shared/url';
import { archiveTooLarge } from '@shared/archive/archive-file';
import { FileProblemError } from '@shared/file-problem';
import type { SaveFileKind } from '@shared/ipc';
import type { BackupStore } from '@shared/backup-store';
import type { PdfPrinter, PrintJob } from '@shared/render/pdf/printer';
import type { Host } from './host';
import { readWordFiles } from './read-word-files';

const MIME_TYPES: Record<SaveFileKind, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html',
  handbok: 'application/json',
  ics: 'text/calendar',
};

/**
 * A web page cannot print itself to PDF. A program that drives the browser can (Playwright can, and the
 * end-to-end tests do): it may lend its printer as `window.handbokPdfPrinter`, which takes a print job
 * and gives the PDF back in base64.
 */
type LentPrinter = (job: PrintJob) => Promise<string>;

function lentPdfPrinter(): PdfPrinter | null {
  const lent = (window as { handbokPdfPrinter?: LentPrinter }).handbokPdfPrinter;
  if (typeof lent !== 'function') return null;
  return { print: async (job) => Uint8Array.from(atob(await lent(job)), (char) => char.charCodeAt(0)) };
}

/**
 * The browser build's host: no native menu, links open in a new tab, files become downloads. Its
 * backups are a database, which only storage may open: the app hands that store in.
 */
export function createBrowserHost(backups: BackupStore): Host {
  return {
    kind: 'browser',
    appInfo: async () => ({
      name: 'Handbok',
      version: __APP_VERSION__,
      platform: 'web',
      electron: '',
      chrome: navigator.userAgent.match(/Chrom(?:e|ium)\/([\d.]+)/)?.[1] ?? '',
    }),
    // A web page has no application menu to translate.
    setLocale: async () => undefined,
    allowSharedLibrary: async () => false,
    openLink: async (url) => {
      if (!isSafeExternalUrl(url)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    saveFile: async ({ kind, suggestedName, bytes }) => {
      const url = URL.createObjectURL(new Blob([bytes], { type: MIME_TYPES[kind] }));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName.toLowerCase().endsWith(`.${kind}`) ? suggestedName : `${suggestedName}.${kind}`;
      link.click();
      // The download has started from the URL; it can go once the click has been handled.
      window.setTimeout(() => URL.revokeObjectURL(url), 0);
      return true;
    },
    openFile: (kind) =>
      new Promise((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = `.${kind},application/json`;
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve(null);
          // Refused by its size before a byte is read, as the desktop app's main process does.
          if (archiveTooLarge(file.size)) return reject(new FileProblemError('too-large'));
          file.arrayBuffer().then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }), reject);
        });
        input.addEventListener('cancel', () => resolve(null));
        input.click();
      }),
    openWordFiles: () =>
      new Promise((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.multiple = true;
        input.accept = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
        input.addEventListener('change', () => {
          readWordFiles([...(input.files ?? [])]).then(resolve, reject);
        });
        input.addEventListener('cancel', () => resolve([]));
        input.click();
      }),
    backups,
    // A tab closes without asking; the library is backed up when the tab is hidden instead.
    onBackupRequest: () => () => undefined,
    get pdfPrinter() {
      return lentPdfPrinter();
    },
    onMenuCommand: () => () => undefined,
  };
}
