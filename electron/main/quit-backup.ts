import { app, type BrowserWindow } from 'electron';
import { BACKUP_REQUEST_EVENT } from '../../shared/menu-commands';
import type { IpcHandler } from './ipc';

/** How long a closing window may take over its last backup before it closes regardless. */
export const CLOSE_BACKUP_TIMEOUT_MS = 8000;

/** The windows main is waiting on, by their page's id. */
const waiting = new Map<number, () => void>();
/** The pages that answer backup requests, by id: the app's screens do, the fatal-error screens do not. */
const listening = new Set<number>();

/** The page has backed the library up (or found nothing new since its last backup). */
export const finishQuitBackup: IpcHandler<'finish-quit-backup'> = (_request, event) => {
  waiting.get(event.sender.id)?.();
  waiting.delete(event.sender.id);
};

export const listenForBackupRequests: IpcHandler<'listen-for-backup-requests'> = (listens, event) => {
  if (listens) listening.add(event.sender.id);
  else listening.delete(event.sender.id);
};

/** Asks a window's page for a backup; resolves when it has answered, or after the timeout. */
function askForBackup(window: BrowserWindow, timeoutMs: number): Promise<void> {
  const { webContents } = window;
  if (webContents.isDestroyed() || webContents.isCrashed() || !listening.has(webContents.id)) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(finish, timeoutMs);
    function finish() {
      clearTimeout(timer);
      waiting.delete(webContents.id);
      resolve();
    }
    waiting.set(webContents.id, finish);
    webContents.send(BACKUP_REQUEST_EVENT);
  });
}

let quitting = false;

/**
 * A window does not close (and so the app does not quit) before its page has saved every pending
 * edit and written a last backup of the library: the page holds the library, and main cannot read
 * IndexedDB itself. A page that does not answer within the timeout, has crashed, or never listens
 * for backup requests does not keep the window open.
 */
export function backUpBeforeClosing(window: BrowserWindow, timeoutMs = CLOSE_BACKUP_TIMEOUT_MS): void {
  let backedUp = false;
  let asking = false;
  const { webContents } = window;
  const pageId = webContents.id;
  // A reloaded page listens again once it has started; until then it is not asked.
  webContents.on('did-navigate', () => listening.delete(pageId));
  webContents.once('destroyed', () => listening.delete(pageId));
  window.on('close', (event) => {
    if (backedUp) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void askForBackup(window, timeoutMs).then(() => {
      backedUp = true;
      // Closing a window from app.quit() cancelled the quit; quit again now that this one may close.
      if (quitting) app.quit();
      else if (!window.isDestroyed()) window.close();
    });
  });
  // Windows is logging off or shutting down: hold it until the edits are saved and backed up, then close.
  window.on('query-session-end', (event) => {
    if (backedUp) return;
    event.preventDefault();
    window.close();
  });
}

/** Notes that the app is quitting, so that windows closing for it quit the app once backed up. */
export function watchForQuit(): void {
  app.on('before-quit', () => {
    quitting = true;
  });
}
