import { BrowserWindow } from 'electron';

/** The main window, with every web preference of the security baseline set explicitly. */
export function createMainWindow({ preload, url, icon, spellcheck }: { preload: string; url: string; icon?: string; spellcheck: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Handbok',
    show: false,
    icon,
    backgroundColor: '#f4f6f9',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
