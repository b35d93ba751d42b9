import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuCommandSchema } from '../../../../shared/ipc';

vi.mock('electron', () => import('../../electron/electron-mock'));
const { buildMenuTemplate } = await import('../../../../electron/main/menu');

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];

describe('find in the desktop app', () => {
  it('is in Redigera as "Sök i dokumentet…" on Ctrl+F (⌘F), and sends the find command to the renderer', () => {
    const send = vi.fn();
    const edit = submenu(buildMenuTemplate('sv', { isMac: false, isPackaged: true, send })[1]);
    const item = edit.find((entry) => entry.label === 'Sök i dokumentet…');
    expect(item?.accelerator).toBe('CmdOrCtrl+F');
    (item?.click as () => void)();
    expect(send).toHaveBeenCalledWith('find-in-document');
    // Preload and main pass on only the commands the schema knows.
    expect(menuCommandSchema.parse('find-in-document')).toBe('find-in-document');
  });

  it('speaks English when the user chose English', () => {
    const edit = submenu(buildMenuTemplate('en', { isMac: true, isPackaged: true, send: vi.fn() })[2]);
    expect(edit.find((entry) => entry.accelerator === 'CmdOrCtrl+F')?.label).toBe('Find in document…');
  });
});
