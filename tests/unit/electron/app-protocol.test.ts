import { resolve, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electron-mock'));
const { resolveAppFile } = await import('../../../electron/main/app-protocol');

const root = resolve('/opt/handbok/out/renderer');

describe('resolveAppFile', () => {
  it.each([
    ['app://handbok/', 'index.html'],
    ['app://handbok/index.html', 'index.html'],
    ['app://handbok/assets/index-abc.js', `assets${sep}index-abc.js`],
    ['app://handbok/assets/a%20b.css', `assets${sep}a b.css`],
    ['app://handbok/index.html?x=1#/dokument/1', 'index.html'],
  ])('serves %s from the renderer folder', (url, file) => {
    expect(resolveAppFile(root, url)).toBe(resolve(root, file));
  });

  it.each([
    'app://evil/index.html',
    'app://handbok.evil.example/index.html',
    'app://user@handbok/index.html',
    'file:///etc/passwd',
    'https://handbok/index.html',
    'app://handbok/..%2f..%2fetc/passwd',
    'app://handbok/%2e%2e/%2e%2e/etc/passwd%00',
    'app://handbok/assets/..%5c..%5cwindows%5cwin.ini',
    'app://handbok/%00index.html',
    'app://handbok/%E0%A4%A',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it('never leaves the renderer folder, whatever the dots', () => {
    for (const url of ['app://handbok/../../../etc/passwd', 'app://handbok/a/../../..//etc/passwd', 'app://handbok/%2e%2e/x']) {
      const file = resolveAppFile(root, url);
      if (file !== null) expect(file.startsWith(root + sep)).toBe(true);
    }
  });
});

describe('the app scheme', () => {
  it('is standard and secure, and keeps V8 code cache between starts', async () => {
    const { registerAppSchemeAsPrivileged } = await import('../../../electron/main/app-protocol');
    const electron = await import('./electron-mock');
    registerAppSchemeAsPrivileged();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });
});
