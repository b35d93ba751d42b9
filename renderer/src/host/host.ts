import type { BackupStore } from '@shared/backup-store';
import type { AppInfo, ChosenWordFile, MenuCommand, OpenedFile, SaveFileRequest } from '@shared/ipc';
import type { Locale } from '@shared/i18n/locales';
import type { PdfPrinter } from '@shared/render/pdf/printer';

/**
 * Everything the renderer needs from the world outside the page. Two implementations: Electron
 * (IPC through preload's `window.handbok`) and the browser build (what a plain web page can do).
 * Components reach the host only through `useHost()`.
 */
export interface Host {
  readonly kind: 'electron' | 'browser';
  appInfo(): Promise<AppInfo>;
  /** Tells the host the interface language, so native parts (the menu) follow it. */
  setLocale(locale: Locale): Promise<void>;
  /** Opens a web or mail link outside the app; false when the link is refused. */
  openLink(url: string): Promise<boolean>;
  /**
   * Saves a file the app made (an export): the desktop app asks where in the save dialog, the browser
   * downloads it. False when the user cancelled.
   */
  saveFile(request: SaveFileRequest): Promise<boolean>;
  /**
   * Lets the user choose a .handbok file and reads its bytes, for readArchiveFile; null when they
   * cancelled. A file over the archive limit is refused unread (a FileProblemError 'too-large').
   */
  openFile(kind: 'handbok'): Promise<OpenedFile | null>;
  /**
   * Lets the user choose Word files (.docx) to import, several at once, and reads them; an empty list
   * when they cancelled. A file over the import's size limit comes back named but unread.
   */
  openWordFiles(): Promise<ChosenWordFile[]>;
  /**
   * Prints a page to PDF with Chromium (shared/render/pdf/printer.ts); null where the host cannot,
   * which is an ordinary browser tab.
   */
  readonly pdfPrinter: PdfPrinter | null;
  /** Where backups of the library are kept, outside the library's own store. */
  readonly backups: BackupStore;
  /**
   * Runs the listener when the host wants a last backup (the desktop app, before its window closes)
   * and tells the host when it is done; returns the function that unsubscribes.
   */
  onBackupRequest(listener: () => Promise<void>): () => void;
  /** Commands from the native application menu. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Lets the page reach a shared library's server (its address; null for none). The desktop app's page
   * may connect to that one server only, and is loaded again when it changes: then the result is true,
   * and what the page was doing goes on after the reload. The browser build's page may already reach any
   * server over TLS, and the result is false.
   */
  allowSharedLibrary(address: string | null): Promise<boolean>;
}
