import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_REQUEST_EVENT } from '../../../shared/menu-commands';

vi.mock('electron', async () => import('./electron-mock'));
const { app } = await import('./electron-mock');
const { backUpBeforeClosing, finishQuitBackup, listenForBackupRequests, watchForQuit } = await import('../../../electron/main/quit-backup');

/**
 * A window whose page answers a backup request the way the renderer does, or not at all. A page
 * that `listens` has told main so, as preload does when the app subscribes.
 */
function fakeWindow(id: number, answers: boolean, listens = true) {
  if (listens) void listenForBackupRequests(true, { sender: { id } } as never);
  const window = Object.assign(new EventEmitter(), {
    destroyed: false,
    isDestroyed: () => window.destroyed,
    close: vi.fn(() => {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      window.emit('close', event);
      if (!event.defaultPrevented) window.destroyed = true;
    }),
    webContents: Object.assign(new EventEmitter(), {
      id,
      isDestroyed: () => false,
      isCrashed: () => false,
      send: vi.fn((channel: string) => {
        if (channel === BACKUP_REQUEST_EVENT && answers) setTimeout(() => void finishQuitBackup(undefined, { sender: { id } } as never), 20);
      }),
    }),
  });
  return window;
}

describe('a last backup before a window closes', () => {
  beforeEach(() => vi.clearAllMocks());

  it('keeps the window open until its page has backed up, then closes it', async () => {
    const window = fakeWindow(1, true);
    backUpBeforeClosing(window as never, 5000);
    window.close();
    expect(window.webContents.send).toHaveBeenCalledWith(BACKUP_REQUEST_EVENT);
    expect(window.destroyed).toBe(false);
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('closes anyway when the page does not answer in time', async () => {
    const window = fakeWindow(2, false);
    backUpBeforeClosing(window as never, 50);
    window.close();
    expect(window.destroyed).toBe(false);
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
  });

  it('closes at once a window whose page never listens for backup requests (a fatal-error screen)', async () => {
    const window = fakeWindow(4, false, false);
    backUpBeforeClosing(window as never, 5000);
    window.close();
    await vi.waitFor(() => expect(window.destroyed).toBe(true), { timeout: 200 });
    expect(window.webContents.send).not.toHaveBeenCalled();
  });

  it('does not ask a reloaded page until it listens again', async () => {
    const window = fakeWindow(5, false);
    backUpBeforeClosing(window as never, 5000);
    window.webContents.emit('did-navigate');
    window.close();
    await vi.waitFor(() => expect(window.destroyed).toBe(true), { timeout: 200 });
    expect(window.webContents.send).not.toHaveBeenCalled();
  });

  it('holds a Windows log-off or shutdown until the page has backed up, then closes the window', async () => {
    const window = fakeWindow(6, true);
    backUpBeforeClosing(window as never, 5000);
    const sessionEnd = { defaultPrevented: false, preventDefault: () => (sessionEnd.defaultPrevented = true) };
    window.emit('query-session-end', sessionEnd);
    expect(sessionEnd.defaultPrevented).toBe(true);
    expect(window.webContents.send).toHaveBeenCalledWith(BACKUP_REQUEST_EVENT);
    expect(window.destroyed).toBe(false);
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
  });

  it('quits the app again once backed up when the close came from quitting', async () => {
    watchForQuit();
    const onBeforeQuit = app.on.mock.calls.find(([name]) => name === 'before-quit')?.[1] as () => void;
    onBeforeQuit();
    const window = fakeWindow(3, true);
    backUpBeforeClosing(window as never, 5000);
    window.close();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
  });
});
