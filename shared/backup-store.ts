import type { BackupEntry, BackupReason } from './backup';
import type { BackupFolder } from './ipc';

// Not in backup.ts: ipc.ts imports that module, and the store names ipc.ts's BackupFolder. The
// renderer's host holds a store and its storage makes the browser's, so the contract lies below both.

/**
 * Backups of the library: in the desktop app files in its data folder (main writes them), in the
 * browser build a database of their own, apart from the library's. Both refuse text that is not a
 * valid archive and keep backups by the retention of shared/backup.ts.
 */
export interface BackupStore {
  readonly place: 'folder' | 'browser';
  write(archiveText: string, reason: BackupReason): Promise<BackupEntry>;
  /** Newest first. */
  list(): Promise<BackupEntry[]>;
  /** A backup's bytes, to be read with readArchiveFile like any archive. */
  read(id: string): Promise<Uint8Array<ArrayBuffer>>;
  /** The folder of a `folder` store, which the user may change; absent in the browser. */
  readonly folder?: {
    get(): Promise<BackupFolder>;
    /** `choose` asks the user for a folder (null when they cancel); `default` goes back to the app's own. */
    change(action: 'choose' | 'default'): Promise<BackupFolder | null>;
  };
}
