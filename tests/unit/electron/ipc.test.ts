import { describe, expect, it, vi } from 'vitest';
import * as electron from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));
const { checkedHandler } = await import('../../../electron/main/ipc');
const { ipcHandlers, registerIpcHandlers } = await import('../../../electron/main/handlers');
const { ipcChannels } = await import('../../../shared/ipc');

const eventFrom = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url } }) as never;

describe('checkedHandler', () => {
  const handler = vi.fn((locale: string) => `ok:${locale}`);
  const checked = checkedHandler('set-locale', handler as never);

  it('passes a valid argument from the app on to the handler', async () => {
    await expect(checked(eventFrom('app://handbok/index.html'), 'en')).resolves.toBe('ok:en');
  });

  it.each([
    ['https://evil.example/', 'a web page'],
    ['app://evil/index.html', 'another app:// host'],
    ['file:///tmp/x.html', 'a local file'],
    [undefined, 'a frame that is gone'],
  ])('refuses a call from %s (%s)', async (url, _what) => {
    handler.mockClear();
    await expect(checked(eventFrom(url), 'en')).rejects.toThrow(/not a page of Handbok/);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([['de'], [42], [{ locale: 'en' }], [undefined]])('refuses the argument %j', async (argument) => {
    handler.mockClear();
    await expect(checked(eventFrom('app://handbok/'), argument)).rejects.toThrow(/invalid argument/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses extra arguments', async () => {
    await expect(checked(eventFrom('app://handbok/'), 'en', 'extra')).rejects.toThrow(/at most one argument/);
  });
});

describe('the handlers', () => {
  it('cover every channel of the contract, and register each once', () => {
    expect(Object.keys(ipcHandlers).sort()).toEqual(Object.keys(ipcChannels).sort());
    electron.ipcMain.handle.mockClear();
    registerIpcHandlers();
    expect(electron.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(Object.keys(ipcChannels).sort());
  });

  it('tell the app name and versions', async () => {
    const info = await ipcHandlers['get-app-info'](undefined, {} as never);
    expect(info).toMatchObject({ name: 'Handbok', version: '0.1.0', platform: process.platform });
  });

  it('open only safe links outside the app', async () => {
    electron.shell.openExternal.mockClear();
    expect(await ipcHandlers['open-link']('https://www.skr.se/', {} as never)).toBe(true);
    expect(await ipcHandlers['open-link']('file:///etc/passwd', {} as never)).toBe(false);
    expect(await ipcHandlers['open-link']('javascript:alert(1)', {} as never)).toBe(false);
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://www.skr.se/']]);
  });

  it('rebuild the menu in the language the user chose', async () => {
    await ipcHandlers['set-locale']('en', {} as never);
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as { label?: string }[];
    expect(template.map((item) => item.label)).toContain('Help');
    await ipcHandlers['set-locale']('sv', {} as never);
    const swedish = electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as { label?: string }[];
    expect(swedish.map((item) => item.label)).toContain('Hjälp');
  });
});
