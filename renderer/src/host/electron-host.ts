import type { HandbokApi } from '@shared/ipc';
import type { Host } from './host';

/** The desktop host: every call crosses to main through the typed preload API. */
export function createElectronHost(api: HandbokApi): Host {
  return {
    kind: 'electron',
    appInfo: () => api.getAppInfo(),
    setLocale: (locale) => api.setLocale(locale),
    openLink: (url) => api.openLink(url),
    allowSharedLibrary: (address) => api.allowSharedLibrary(address),
    saveFile: (request) => api.saveFile(request),
    openFile: (kind) => api.openFile(kind),
    openWordFiles: () => api.openWordFiles(),
    pdfPrinter: { print: (job) => api.printPdf(job) },
    backups: {
      place: 'folder',
      write: (archiveText, reason) => api.writeBackup({ archiveText, reason }),
      list: () => api.listBackups(),
      read: (id) => api.readBackup(id),
      folder: { get: () => api.getBackupFolder(), change: (action) => api.chooseBackupFolder(action) },
    },
    onBackupRequest: (listener) =>
      api.onBackupRequest(() => {
        // Main waits for the answer before it closes the window; a failed backup must not keep it open.
        void listener()
          .catch(() => undefined)
          .finally(() => void api.finishQuitBackup());
      }),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
