import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFolderFor } from '../../../electron/main/data-folder';

const windows = { platform: 'win32' as const, env: { LOCALAPPDATA: 'C:\\Users\\anna\\AppData\\Local', APPDATA: 'C:\\Users\\anna\\AppData\\Roaming' }, appData: 'C:\\Users\\anna\\AppData\\Roaming', name: 'Handbok' };

describe('where the library and its backups live', () => {
  it('is the local, not the roaming, profile on Windows', () => {
    expect(dataFolderFor({ ...windows, packaged: true })).toBe(join('C:\\Users\\anna\\AppData\\Local', 'Handbok'));
  });

  it("is Electron's default on macOS and Linux", () => {
    expect(dataFolderFor({ platform: 'linux', env: {}, appData: '/home/anna/.config', name: 'Handbok', packaged: true })).toBeNull();
    expect(dataFolderFor({ platform: 'darwin', env: {}, appData: '/Users/anna/Library/Application Support', name: 'Handbok', packaged: true })).toBeNull();
  });

  it("is a folder of its own for a development build, never the installed app's", () => {
    expect(dataFolderFor({ platform: 'linux', env: {}, appData: '/home/anna/.config', name: 'Handbok', packaged: false })).toBe(join('/home/anna/.config', 'Handbok-utveckling'));
    expect(dataFolderFor({ ...windows, packaged: false })).toBe(join('C:\\Users\\anna\\AppData\\Local', 'Handbok-utveckling'));
  });
});
