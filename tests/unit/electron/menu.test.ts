import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import * as electron from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));
const { buildMenuTemplate, installMenu } = await import('../../../electron/main/menu');

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const labels = (items: MenuItemConstructorOptions[]) => items.filter((item) => item.label).map((item) => item.label);

describe('the application menu', () => {
  it('has Arkiv, Redigera, Visa and Hjälp in Swedish', () => {
    const template = buildMenuTemplate('sv', { isMac: false, isPackaged: true, send: vi.fn() });
    expect(labels(template)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp']);
    expect(labels(submenu(template[0]))).toEqual(['Nytt dokument…', 'Importera bibliotek (.handbok)…', 'Importera Word-dokument…', 'Exportera', 'Förhandsgranska utskrift', 'Bibliotek', 'Papperskorg', 'Säkerhetskopior', 'Inställningar…', 'Avsluta Handbok']);
    const exportMenu = submenu(template[0]).find((entry) => entry.label === 'Exportera');
    expect(labels(submenu(exportMenu))).toEqual(['Word…', 'PDF…', 'Bibliotek (.handbok)…']);
    expect(labels(submenu(template[3]))).toEqual(['Öppna exempelbiblioteket', 'Om Handbok']);
  });

  it('speaks English when the user chose English', () => {
    const template = buildMenuTemplate('en', { isMac: false, isPackaged: true, send: vi.fn() });
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('sends app commands to the renderer', () => {
    const send = vi.fn();
    const template = buildMenuTemplate('sv', { isMac: false, isPackaged: true, send });
    const click = (menu: number, label: string) => {
      const item = submenu(template[menu]).find((entry) => entry.label === label);
      (item?.click as () => void)();
    };
    click(0, 'Nytt dokument…');
    click(0, 'Papperskorg');
    click(0, 'Säkerhetskopior');
    click(3, 'Öppna exempelbiblioteket');
    click(3, 'Om Handbok');
    expect(send.mock.calls.map(([command]) => command)).toEqual(['new-document', 'show-trash', 'show-backups', 'open-sample-library', 'show-about']);
  });

  it('gives editing to the system, with shortcuts that work in text fields', () => {
    const edit = submenu(buildMenuTemplate('sv', { isMac: false, isPackaged: true, send: vi.fn() })[1]);
    expect(edit.map((item) => item.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers developer tools only outside a packaged app', () => {
    const roles = (isPackaged: boolean) =>
      submenu(buildMenuTemplate('sv', { isMac: false, isPackaged, send: vi.fn() })[2]).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('puts the app menu first on macOS, with Hide, and a Window menu with Minimize and Zoom', () => {
    const template = buildMenuTemplate('sv', { isMac: true, isPackaged: true, send: vi.fn() });
    expect(labels(template)).toEqual(['Handbok', 'Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
    expect(submenu(template[0]).map((item) => item.role).filter(Boolean)).toEqual(['hide', 'hideOthers', 'unhide', 'quit']);
    expect(template[4]!.role).toBe('windowMenu');
    expect(submenu(template[4]).map((item) => item.role).filter(Boolean)).toEqual(['minimize', 'zoom', 'close', 'front']);
  });

  it('installs itself as the application menu, and keeps delivering commands after a change of language', () => {
    const deliver = vi.fn();
    installMenu('sv', deliver);
    installMenu('en');
    const built = electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as MenuItemConstructorOptions[];
    expect(built.map((item) => item.label)).toContain('File');
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    const trash = submenu(built.find((item) => item.label === 'File')).find((item) => item.label === 'Trash');
    (trash?.click as () => void)();
    expect(deliver).toHaveBeenCalledWith('show-trash');
  });
});
