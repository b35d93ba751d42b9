import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { serverOrigin } from '../../../shared/url';

const userData = mkdtempSync(join(tmpdir(), 'handbok-userdata-'));
vi.mock('electron', async () => {
  const mock = await import('./electron-mock');
  return { ...mock, app: { ...mock.app, getPath: (name: string) => (name === 'userData' ? userData : tmpdir()) } };
});
const { allowSharedLibrary, allowedSharedLibraryOrigin, withSharedLibraryOrigin } = await import('../../../electron/main/shared-library-access');

const page = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
const connectSource = (html: string) => /connect-src ([^;"]*)/.exec(html)?.[1];
const sender = () => ({ reload: vi.fn() });
async function ask(address: string | null, from = sender()) {
  return { reloads: await allowSharedLibrary(address, { sender: from } as never), from };
}

describe('the shared library server the desktop page may reach', () => {
  it('adds exactly that origin, over http(s) and WebSocket, to the page policy; nothing without one', () => {
    expect(connectSource(page)).toBe("'self'");
    expect(withSharedLibraryOrigin(page, null)).toBe(page);
    expect(connectSource(withSharedLibraryOrigin(page, 'https://handbok.sjovik.se'))).toBe("'self' https://handbok.sjovik.se wss://handbok.sjovik.se");
    expect(connectSource(withSharedLibraryOrigin(page, 'http://127.0.0.1:8470'))).toBe("'self' http://127.0.0.1:8470 ws://127.0.0.1:8470");
  });

  it.each([
    ['handbok.sjovik.se', 'https://handbok.sjovik.se'],
    ['  https://Handbok.Sjovik.se/  ', 'https://handbok.sjovik.se'],
    ['http://127.0.0.1:8470', 'http://127.0.0.1:8470'],
    ['http://[::1]:8470', 'http://[::1]:8470'],
    ['https://handbok.sjövik.se', 'https://handbok.xn--sjvik-kua.se'],
  ])('reads %s as the origin %s', (address, origin) => {
    expect(serverOrigin(address)).toBe(origin);
  });

  it.each([
    "https://a.se; script-src 'unsafe-inline'",
    'https://a.se/ https://b.se',
    "https://a.se' *",
    'https://a.se/vag',
    'https://a.se?x=1',
    'https://anna:hemligt@a.se',
    'ftp://a.se',
    'javascript:alert(1)',
    'file:///etc/passwd',
    '*',
    'https://*',
    'https://*.se',
    '',
  ])('refuses %j, so nothing but one origin ever reaches the policy', async (address) => {
    expect(serverOrigin(address)).toBeNull();
    await expect(ask(address)).rejects.toThrow('not the address of a server');
    expect(await allowedSharedLibraryOrigin()).toBeNull();
  });

  it('keeps the origin in main, loads the page again when it changes, and not when it does not', async () => {
    const first = await ask('handbok.sjovik.se');
    expect(first.reloads).toBe(true);
    expect(first.from.reload).toHaveBeenCalledOnce();
    expect(JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8'))).toEqual({ sharedLibraryOrigin: 'https://handbok.sjovik.se' });

    const same = await ask('https://handbok.sjovik.se');
    expect(same.reloads).toBe(false);
    expect(same.from.reload).not.toHaveBeenCalled();

    const none = await ask(null);
    expect(none.reloads).toBe(true);
    expect(await allowedSharedLibraryOrigin()).toBeNull();
    expect(JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8'))).toEqual({});
  });
});
