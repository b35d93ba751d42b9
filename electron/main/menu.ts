import { Menu, app, type MenuItemConstructorOptions } from 'electron';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locales';
import { menuStrings } from '../../shared/i18n/menu';
import type { MenuCommand } from '../../shared/ipc';

export interface MenuOptions {
  /** macOS puts the app's own menu first and quits from there. */
  isMac: boolean;
  /** Developer tools are offered only outside a packaged build. */
  isPackaged: boolean;
  send: (command: MenuCommand) => void;
}

/**
 * The application menu: Arkiv, Redigera, Visa, Hjälp. App commands are sent to the renderer, which
 * runs the same code as its own buttons; editing and view items use Electron's built-in roles.
 */
export function buildMenuTemplate(locale: Locale, { isMac, isPackaged, send }: MenuOptions): MenuItemConstructorOptions[] {
  const words = menuStrings[locale];
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(name),
  });

  const file: MenuItemConstructorOptions = {
    label: words.file,
    submenu: [
      command(words.newDocument, 'new-document', 'CmdOrCtrl+N'),
      { type: 'separator' },
      command(words.importLibrary, 'import-library', 'CmdOrCtrl+O'),
      command(words.importWord, 'import-word', 'CmdOrCtrl+Shift+O'),
      {
        label: words.export,
        submenu: [
          command(words.exportWord, 'export-word', 'CmdOrCtrl+Shift+E'),
          command(words.exportPdf, 'export-pdf', 'CmdOrCtrl+Shift+P'),
          command(words.exportLibrary, 'export-library'),
        ],
      },
      command(words.printPreview, 'print-preview', 'CmdOrCtrl+P'),
      { type: 'separator' },
      command(words.library, 'show-library', 'CmdOrCtrl+1'),
      command(words.trash, 'show-trash', 'CmdOrCtrl+2'),
      command(words.backups, 'show-backups', 'CmdOrCtrl+3'),
      ...(isMac ? [] : [{ type: 'separator' } as const, command(words.settings, 'show-settings', 'CmdOrCtrl+,')]),
      ...(isMac ? [] : [{ type: 'separator' } as const, { label: words.quit, role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: words.edit,
    submenu: [
      { label: words.undo, role: 'undo' },
      { label: words.redo, role: 'redo' },
      { type: 'separator' },
      { label: words.cut, role: 'cut' },
      { label: words.copy, role: 'copy' },
      { label: words.paste, role: 'paste' },
      { label: words.selectAll, role: 'selectAll' },
      { type: 'separator' },
      // Find in the open document's text (the renderer's find bar), not Chromium's find in the window.
      command(words.findInDocument, 'find-in-document', 'CmdOrCtrl+F'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: words.view,
    submenu: [
      { label: words.zoomIn, role: 'zoomIn' },
      { label: words.zoomOut, role: 'zoomOut' },
      { label: words.resetZoom, role: 'resetZoom' },
      { type: 'separator' },
      { label: words.fullscreen, role: 'togglefullscreen' },
      ...(isPackaged ? [] : [{ type: 'separator' } as const, { label: words.devTools, role: 'toggleDevTools' } as const]),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: words.help,
    role: 'help',
    submenu: [command(words.sampleLibrary, 'open-sample-library'), ...(isMac ? [] : [command(words.about, 'show-about')])],
  };
  const appMenu: MenuItemConstructorOptions = {
    label: 'Handbok',
    submenu: [
      command(words.about, 'show-about'),
      { type: 'separator' },
      command(words.settings, 'show-settings', 'Cmd+,'),
      { type: 'separator' },
      { label: words.hide, role: 'hide' },
      { label: words.hideOthers, role: 'hideOthers' },
      { label: words.showAll, role: 'unhide' },
      { type: 'separator' },
      { label: words.quit, role: 'quit' },
    ],
  };
  // macOS lists the open windows here and expects Minimize (Cmd+M) and Zoom.
  const window: MenuItemConstructorOptions = {
    label: words.window,
    role: 'windowMenu',
    submenu: [
      { label: words.minimize, role: 'minimize' },
      { label: words.zoom, role: 'zoom' },
      { label: words.close, role: 'close' },
      { type: 'separator' },
      { label: words.front, role: 'front' },
    ],
  };
  return isMac ? [appMenu, file, edit, view, window, help] : [file, edit, view, help];
}

/** Where menu commands go; index.ts gives it once, at start. */
let deliver: (command: MenuCommand) => void = () => undefined;
let menuLocale: Locale = DEFAULT_LOCALE;

/** The language the menus speak now (the right-click menu follows the application menu). */
export const currentMenuLocale = (): Locale => menuLocale;

/**
 * Builds and installs the menu in the given language; called at start (with the function that
 * delivers commands to a window) and when the user switches language.
 */
export function installMenu(locale: Locale, send: (command: MenuCommand) => void = deliver): void {
  deliver = send;
  menuLocale = locale;
  const template = buildMenuTemplate(locale, {
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    send,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
