// Security first: the hardening must be in force before any window exists.
import './security';
import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { DEFAULT_LOCALE } from '../../shared/i18n/locales';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './app-protocol';
import { registerIpcHandlers } from './handlers';
import { installMenu } from './menu';
import { APP_ORIGIN } from './security';
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

function openWindow(): BrowserWindow {
  const window = createMainWindow({ preload, url: rendererUrl(), icon });
  backUpBeforeClosing(window);
  return window;
}

registerAppSchemeAsPrivileged();

// One Handbok at a time: two processes writing the same IndexedDB would fight over it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0];
    if (!window) return void openWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  void app.whenReady().then(() => {
    registerAppProtocol(rendererDir);
    registerIpcHandlers();
    watchForQuit();
    // Swedish until the renderer reports the user's chosen language through set-locale.
    installMenu(DEFAULT_LOCALE);
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
