import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));
const security = await import('../../../electron/main/security');

describe('isAppUrl', () => {
  const origins = ['app://handbok', 'http://localhost:5173'];
  it.each(['app://handbok/index.html', 'app://handbok/#/dokument/1', 'APP://HANDBOK/index.html', 'http://localhost:5173/'])(
    'trusts %s',
    (url) => expect(security.isAppUrl(url, origins)).toBe(true),
  );
  it.each([
    'app://evil/index.html',
    'app://handbok.evil.example/',
    'app://handbok@evil/',
    'app://x@handbok/',
    'http://localhost:5174/',
    'http://localhost:5173@evil.example/',
    'https://localhost:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<h1>x</h1>',
    'about:blank',
    '',
  ])('does not trust %s', (url) => expect(security.isAppUrl(url, origins)).toBe(false));
});

describe('trustedOrigins', () => {
  it('trusts the dev server only outside a packaged app', () => {
    expect(security.trustedOrigins({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, false)).toEqual([
      'app://handbok',
      'http://localhost:5173',
    ]);
    expect(security.trustedOrigins({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, true)).toEqual(['app://handbok']);
    expect(security.trustedOrigins({}, false)).toEqual(['app://handbok']);
  });
});

describe('hardening of every web contents', () => {
  type Listener = (event: { preventDefault: () => void }, url: string) => void;
  function fakeContents() {
    const listeners = new Map<string, Listener>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    return {
      contents: {
        setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
        on: (name: string, listener: Listener) => listeners.set(name, listener),
      },
      open: (url: string) => openHandler!({ url }),
      emit: (name: string, url = '') => {
        const event = { preventDefault: vi.fn() };
        listeners.get(name)!(event, url);
        return event.preventDefault.mock.calls.length > 0;
      },
    };
  }

  beforeEach(() => electron.shell.openExternal.mockClear());

  it('denies every new window, sending only safe links to the system browser', () => {
    const fake = fakeContents();
    security.hardenWebContents(fake.contents as never);
    expect(fake.open('https://www.skr.se/')).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.skr.se/');
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(fake.open('ms-msdt:/id')).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('blocks navigation away from the app and every <webview>', () => {
    const fake = fakeContents();
    security.hardenWebContents(fake.contents as never);
    expect(fake.emit('will-navigate', 'app://handbok/index.html')).toBe(false);
    expect(fake.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fake.emit('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fake.emit('will-attach-webview')).toBe(true);
  });

  it('is installed for every web contents when the module loads', () => {
    expect(electron.app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
  });

  it('grants the app persistent storage, so the library is not cleared under disk pressure, and notifications, and refuses everything else', () => {
    security.handlePermissions();
    const requestHandler = electron.session.defaultSession.setPermissionRequestHandler.mock.calls.at(-1)![0] as (...args: unknown[]) => void;
    const checkHandler = electron.session.defaultSession.setPermissionCheckHandler.mock.calls.at(-1)![0] as (...args: unknown[]) => boolean;
    const request = (permission: string, requestingUrl: string) => {
      const callback = vi.fn();
      requestHandler({}, permission, callback, { requestingUrl });
      return callback.mock.calls[0]![0] as boolean;
    };
    expect(request('persistent-storage', 'app://handbok/index.html')).toBe(true);
    expect(checkHandler({}, 'persistent-storage', 'app://handbok', {})).toBe(true);
    // The reminder of documents due for review is a web notification of the app's own page.
    expect(request('notifications', 'app://handbok/index.html')).toBe(true);
    expect(checkHandler({}, 'notifications', 'app://handbok', {})).toBe(true);
    for (const permission of ['media', 'geolocation', 'openExternal', 'clipboard-read', 'storage-access']) {
      expect(request(permission, 'app://handbok/index.html')).toBe(false);
      expect(checkHandler({}, permission, 'app://handbok', {})).toBe(false);
    }
    // Another page (a print window, or anything that got loaded by mistake) gets nothing, not even storage.
    for (const url of ['file:///tmp/sida.html', 'https://example.com/', 'app://evil/']) {
      expect(request('persistent-storage', url)).toBe(false);
      expect(checkHandler({}, 'persistent-storage', url, {})).toBe(false);
      expect(request('notifications', url)).toBe(false);
      expect(checkHandler({}, 'notifications', url, {})).toBe(false);
    }
  });
});
