import type { HandbokApi } from '@shared/ipc';
import type { Host } from './host';

/** The desktop host: every call crosses to main through the typed preload API. */
export function createElectronHost(api: HandbokApi): Host {
  return {
    kind: 'electron',
    appInfo: () => api.getAppInfo(),
    setLocale: (locale) => api.setLocale(locale),
    openLink: (url) => api.openLink(url),
    saveFile: (request) => api.saveFile(request),
    openFile: (kind) => api.openFile(kind),
    pdfPrinter: { print: (job) => api.printPdf(job) },
    writeBackup: (archiveText) => api.writeBackup(archiveText),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
