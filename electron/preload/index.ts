import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { HandbokApi } from '../../shared/ipc';
import { BACKUP_REQUEST_EVENT, MENU_COMMAND_EVENT, MENU_COMMANDS, type MenuCommand } from '../../shared/menu-commands';

/*
 * The narrow bridge: one method per channel of shared/ipc.ts and nothing else. No ipcRenderer, no
 * process, no generic send. `satisfies HandbokApi` makes a missing or extra method a compile error.
 */

const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

const menuListeners = new Set<(command: MenuCommand) => void>();
const waitingCommands: MenuCommand[] = [];
// The listener gets the command only, never the event, which would expose ipcRenderer.
ipcRenderer.on(MENU_COMMAND_EVENT, (_event: IpcRendererEvent, command: unknown) => {
  if (!isMenuCommand(command)) return;
  if (menuListeners.size === 0) waitingCommands.push(command);
  for (const listener of menuListeners) listener(command);
});

/** How many listeners the page has for backup requests; main asks only a page that has one. */
let backupListeners = 0;

export const api = {
  getAppInfo: () => ipcRenderer.invoke('get-app-info'),
  setLocale: (locale) => ipcRenderer.invoke('set-locale', locale),
  openLink: (url) => ipcRenderer.invoke('open-link', url),
  saveFile: (request) => ipcRenderer.invoke('save-file', request),
  openFile: (kind) => ipcRenderer.invoke('open-file', kind),
  openWordFiles: () => ipcRenderer.invoke('open-word-files'),
  printPdf: (job) => ipcRenderer.invoke('print-pdf', job),
  writeBackup: (request) => ipcRenderer.invoke('write-backup', request),
  listBackups: () => ipcRenderer.invoke('list-backups'),
  readBackup: (id) => ipcRenderer.invoke('read-backup', id),
  finishQuitBackup: () => ipcRenderer.invoke('finish-quit-backup'),
  listenForBackupRequests: (listens) => ipcRenderer.invoke('listen-for-backup-requests', listens),
  getBackupFolder: () => ipcRenderer.invoke('get-backup-folder'),
  chooseBackupFolder: (action) => ipcRenderer.invoke('choose-backup-folder', action),
  allowSharedLibrary: (address) => ipcRenderer.invoke('allow-shared-library', address),
  onMenuCommand: (listener) => {
    menuListeners.add(listener);
    // A window opened by the menu itself (none was open) gets its command before the app listens.
    for (const command of waitingCommands.splice(0)) listener(command);
    return () => {
      menuListeners.delete(listener);
    };
  },
  onBackupRequest: (listener) => {
    const forward = () => listener();
    ipcRenderer.on(BACKUP_REQUEST_EVENT, forward);
    if ((backupListeners += 1) === 1) void api.listenForBackupRequests(true);
    return () => {
      ipcRenderer.removeListener(BACKUP_REQUEST_EVENT, forward);
      if ((backupListeners -= 1) === 0) void api.listenForBackupRequests(false);
    };
  },
} satisfies HandbokApi;

contextBridge.exposeInMainWorld('handbok', api);
