import type { IpcChannel } from '../../../shared/ipc';
import { handle, type IpcHandler } from '../ipc';
import { getAppInfo } from './app-info';
import { setLocale } from './locale';
import { openFile } from './open-file';
import { openLink } from './open-link';
import { openWordFiles } from './open-word-files';
import { printPdf } from './print-pdf';
import { saveFile } from './save-file';
import { listBackups, readBackup, writeBackup } from './backups';
import { chooseBackupFolder, getBackupFolder } from '../backup-folder';
import { finishQuitBackup, listenForBackupRequests } from '../quit-backup';
import { allowSharedLibrary } from '../shared-library-access';

/** One handler per channel of shared/ipc.ts; a channel without a handler fails to compile. */
export const ipcHandlers: { [C in IpcChannel]: IpcHandler<C> } = {
  'get-app-info': getAppInfo,
  'set-locale': setLocale,
  'open-link': openLink,
  'save-file': saveFile,
  'open-file': openFile,
  'open-word-files': openWordFiles,
  'print-pdf': printPdf,
  'write-backup': writeBackup,
  'list-backups': listBackups,
  'read-backup': readBackup,
  'finish-quit-backup': finishQuitBackup,
  'listen-for-backup-requests': listenForBackupRequests,
  'get-backup-folder': getBackupFolder,
  'choose-backup-folder': chooseBackupFolder,
  'allow-shared-library': allowSharedLibrary,
};

export function registerIpcHandlers(): void {
  for (const channel of Object.keys(ipcHandlers) as IpcChannel[]) {
    handle(channel, ipcHandlers[channel] as IpcHandler<typeof channel>);
  }
}
