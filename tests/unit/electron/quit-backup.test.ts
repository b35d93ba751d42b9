import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_REQUEST_EVENT } from '../../../shared/menu-commands';

vi.mock('electron', async () => import('./electron-mock'));
const { app } = await import('./electron-mock');
const { backUpBeforeClosing, finishQuitBackup, watchForQuit } = await import('../../../electron/main/quit-backup');

/** A window whose page answers a backup request the way the renderer does, or not at all. */
function fakeWindow(id: number, answers: boolean) {
  const window = Object.assign(new EventEmitter(), {
    destroyed: false,
    isDestroyed: () => window.destroyed,
    close: vi.fn(() => {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      window.emit('close', event);
      if (!event.defaultPrevented) window.destroyed = true;
    }),
    webContents: {
      id,
      isDestroyed: () => false,
      isCrashed: () => false,
      send: vi.fn((channel: string) => {
        if (channel === BACKUP_REQUEST_EVENT && answers) setTimeout(() => void finishQuitBackup(undefined, { sender: { id } } as never), 20);
      }),
    },
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
