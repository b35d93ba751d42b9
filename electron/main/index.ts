// Security first: the hardening must be in force before any window exists.
import './security';
import { join } from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { DEFAULT_LOCALE } from '../../shared/i18n/locales';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './app-protocol';
import { registerIpcHandlers } from './handlers';
import { MENU_COMMAND_EVENT, type MenuCommand } from '../../shared/menu-commands';
import { currentMainWindow, trackMainWindow } from './main-windows';
import { currentMenuLocale, installMenu } from './menu';
import { applySpellcheck, offerContextMenu } from './context-menu';
import { APP_ORIGIN } from './security';
import { dataFolderFor } from './data-folder';
import { backUpBeforeClosing, watchForQuit } from './quit-backup';
import { createMainWindow } from './window';

const here = import.meta.dirname;
const rendererDir = join(here, '../renderer');
const preload = join(here, '../preload/index.cjs');
const icon = join(here, '../../resources/icons/icon.png');

/** In development electron-vite serves the renderer; a packaged app loads its own files. */
function rendererUrl(): string {
  const devServer = process.env.ELECTRON_RENDERER_URL;
  return devServer && !app.isPackaged ? devServer : `${APP_ORIGIN}/index.html`;
}

/** Set once the app is ready, before the first window (see applySpellcheck). */
let spellchecking = false;

function openWindow(): BrowserWindow {
  const window = createMainWindow({ preload, url: rendererUrl(), icon, spellcheck: spellchecking });
  trackMainWindow(window);
  offerContextMenu(window, currentMenuLocale);
  backUpBeforeClosing(window);
  return window;
}

/** The main window, shown and in front; one is opened when none is (macOS keeps the app running without). */
function showMainWindow(): BrowserWindow {
  const window = currentMainWindow();
  if (!window) return openWindow();
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
  return window;
}

/** A menu command goes to the window the user works in; preload keeps it until a new window's page listens. */
function sendMenuCommand(command: MenuCommand): void {
  const { webContents } = currentMainWindow() ?? openWindow();
  // Before its preload has run a page receives nothing: a command for a window still loading waits for it.
  if (webContents.isLoading()) webContents.once('did-finish-load', () => webContents.send(MENU_COMMAND_EVENT, command));
  else webContents.send(MENU_COMMAND_EVENT, command);
}

registerAppSchemeAsPrivileged();

// Before anything touches the data folder: the library and its backups live where dataFolderFor says.
const dataFolder = dataFolderFor({ platform: process.platform, env: process.env, appData: app.getPath('appData'), name: app.getName(), packaged: app.isPackaged });
if (dataFolder) app.setPath('userData', dataFolder);
// Windows groups the taskbar and start menu entry by this id; the installer gives its shortcut the same (appId).
if (process.platform === 'win32') app.setAppUserModelId('se.handbok.app');

// One Handbok at a time: two processes writing the same IndexedDB would fight over it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => void showMainWindow());

  void app.whenReady().then(() => {
    registerAppProtocol(rendererDir);
    spellchecking = applySpellcheck(session.defaultSession, { platform: process.platform, dictionaries: process.env.HANDBOK_SPELLCHECK_DICTIONARIES });
    registerIpcHandlers();
    watchForQuit();
    // Swedish until the renderer reports the user's chosen language through set-locale.
    installMenu(DEFAULT_LOCALE, sendMenuCommand);
    openWindow();
    app.on('activate', () => {
      if (!currentMainWindow()) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
