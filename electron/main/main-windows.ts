import type { BrowserWindow } from 'electron';

/**
 * The app's own windows, in the order they were opened: never the hidden windows that print PDFs,
 * which BrowserWindow.getAllWindows() would also give.
 */
const windows: BrowserWindow[] = [];

export function trackMainWindow(window: BrowserWindow): void {
  windows.push(window);
  window.once('closed', () => windows.splice(windows.indexOf(window), 1));
}

/** The window the user works in: the focused one, else the one opened last; null when none is open. */
export function currentMainWindow(): BrowserWindow | null {
  return windows.find((window) => window.isFocused()) ?? windows.at(-1) ?? null;
}
