import type { BrowserWindow } from 'electron';

/**
 * The app's own windows, in the order they were opened: never the hidden windows that print PDFs,
 * which BrowserWindow.getAllWindows() would also give.
 */
const windows: BrowserWindow[] = [];

export function trackMainWindow(window: BrowserWindow): void {
  windows.push(window);
  // A closing window only finishes its backup (up to 8 s): commands and a new launch go elsewhere.
  window.once('close', () => {
    const index = windows.indexOf(window);
    if (index >= 0) windows.splice(index, 1);
  });
}

/** The window the user works in: the focused one, else the one opened last; null when none is open. */
export function currentMainWindow(): BrowserWindow | null {
  return windows.find((window) => window.isFocused()) ?? windows.at(-1) ?? null;
}
