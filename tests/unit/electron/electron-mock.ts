import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module: the binary cannot be downloaded on the build machine, and
 * main-process code is tested as plain functions. Each fake records what the code asked of it.
 */
export const app = {
  on: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  isPackaged: false,
  getName: vi.fn(() => 'Handbok'),
  getVersion: vi.fn(() => '0.1.0'),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
};
export const session = {
  defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
};
export const shell = { openExternal: vi.fn(() => Promise.resolve()) };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const net = { fetch: vi.fn() };
export const ipcMain = { handle: vi.fn() };
export const Menu = { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() };
export const BrowserWindow = { getFocusedWindow: vi.fn(() => null), getAllWindows: vi.fn(() => []), fromWebContents: vi.fn(() => null) };
export const dialog = {
  showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true, filePath: '' })),
  showOpenDialog: vi.fn(() => Promise.resolve({ canceled: true, filePaths: [] as string[] })),
};
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() };
export default { app, session, shell, protocol, net, ipcMain, Menu, BrowserWindow, dialog, contextBridge, ipcRenderer };
