import { describe, expect, it, vi } from 'vitest';
import * as electron from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));
await import('../../../electron/preload/index');
const { ipcChannels, methodNameOf } = await import('../../../shared/ipc');

const [[worldKey, api]] = electron.contextBridge.exposeInMainWorld.mock.calls as unknown as [[string, Record<string, (...args: unknown[]) => unknown>]];

describe('the preload bridge', () => {
  it('exposes exactly one method per channel, plus the two subscriptions, as window.handbok', () => {
    expect(worldKey).toBe('handbok');
    const expected = [...Object.keys(ipcChannels).map((channel) => methodNameOf(channel as never)), 'onMenuCommand', 'onBackupRequest'];
    expect(Object.keys(api).sort()).toEqual(expected.sort());
    for (const method of Object.values(api)) expect(typeof method).toBe('function');
  });

  it('invokes the channel of each method with its argument', async () => {
    await api.setLocale!('en');
    await api.openLink!('https://example.org/');
    await api.getAppInfo!();
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['set-locale', 'en'],
      ['open-link', 'https://example.org/'],
      ['get-app-info'],
    ]);
  });

  it('passes on known menu commands only, without the event, and unsubscribes', () => {
    const [[channel, forward]] = electron.ipcRenderer.on.mock.calls as unknown as [[string, (...args: unknown[]) => void]];
    expect(channel).toBe('menu-command');
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand!(listener) as () => void;
    const event = { sender: 'ipcRenderer itself' };
    forward(event, 'new-document');
    forward(event, 'format-disk');
    forward(event, { command: 'new-document' });
    expect(listener.mock.calls).toEqual([['new-document']]);
    unsubscribe();
    forward(event, 'show-trash');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps a command that came before the app listened (a window the menu opened) for its first listener', () => {
    const [[, forward]] = electron.ipcRenderer.on.mock.calls as unknown as [[string, (...args: unknown[]) => void]];
    forward({}, 'new-document');
    const listener = vi.fn();
    api.onMenuCommand!(listener);
    // The one sent while nobody listened, after the previous test unsubscribed, comes first.
    expect(listener.mock.calls).toEqual([['show-trash'], ['new-document']]);
  });
});
