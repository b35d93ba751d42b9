import { z } from 'zod';
import { LOCALES } from './i18n/locales';
import { MENU_COMMANDS, type MenuCommand } from './menu-commands';
import type { PrintJob } from './render/pdf/printer';
import { backupReasonSchema, type BackupEntry } from './backup';

/**
 * The whole contract between the renderer and Electron main, in one place.
 *
 * Each invoke channel names a zod schema for its one argument (main validates every call with it
 * before acting) and the type of its result. Preload exposes one method per channel and ends with
 * `satisfies HandbokApi`, so a channel without a method, or a method without a channel, fails to
 * compile. The renderer never writes a channel name: it calls `window.handbok` through its host.
 */
const channel = <Request extends z.ZodType, Response>(request: Request) => ({
  request,
  response: undefined as unknown as Response,
});

/** Facts about the running app, for the About box. */
export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  electron: string;
  chrome: string;
}

/** Kinds of file the app saves, each with its extension and the name of its filter in the save dialog. */
export const SAVE_FILE_KINDS = ['docx', 'pdf', 'html', 'handbok', 'ics'] as const;
export type SaveFileKind = (typeof SAVE_FILE_KINDS)[number];

/** The most the app writes through its save dialog: far above any document, and a bound on what a renderer can ask main to write. */
export const SAVE_FILE_MAX_BYTES = 200 * 1024 * 1024;

export const saveFileRequestSchema = z.object({
  kind: z.enum(SAVE_FILE_KINDS),
  /** The suggested file name, without folders; the user picks the place. */
  suggestedName: z.string().min(1).max(200),
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= SAVE_FILE_MAX_BYTES),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

/** The most a print job may hold: a page with many images is large, but never near this. */
const MAX_PRINT_HTML = 256 * 1024 * 1024;

/** A page to print to PDF (see shared/render/pdf/printer.ts). */
export const printJobSchema = z.object({
  html: z.string().max(MAX_PRINT_HTML),
  mode: z.enum(['layout', 'final']),
}) satisfies z.ZodType<PrintJob>;

/** A backup to write: the library as archive text, and why it is taken. */
const backupRequestSchema = z.object({
  archiveText: z.string().max(200 * 1024 * 1024),
  reason: backupReasonSchema,
});

export const backupFolderActionSchema = z.enum(['choose', 'default']);

export const ipcChannels = {
  /** Name and versions of the running app. */
  'get-app-info': channel<z.ZodUndefined, AppInfo>(z.undefined()),
  /** The renderer's language changed: main rebuilds the application menu in that language. */
  'set-locale': channel<z.ZodEnum<{ sv: 'sv'; en: 'en' }>, void>(z.enum(LOCALES)),
  /**
   * Opens an http(s) or mailto link in the system browser or mail program. Anything else is refused
   * and the result is false.
   */
  'open-link': channel<z.ZodString, boolean>(z.string().max(2048)),
  /**
   * Asks where to save a file the renderer made (an export), in the system's save dialog, and writes it
   * there. The renderer never names a path: main writes only where the user chose. The result is false
   * when the user cancelled.
   */
  'save-file': channel<typeof saveFileRequestSchema, boolean>(saveFileRequestSchema),
  /**
   * Asks which file to open in the system's open dialog and returns its name and bytes; null when the
   * user cancelled. Main reads only the file the user chose, and refuses one larger than an archive
   * may be (ARCHIVE_MAX_BYTES) before reading it. The renderer checks the bytes with readArchiveFile.
   */
  'open-file': channel<z.ZodEnum<{ handbok: 'handbok' }>, OpenedFile | null>(z.enum(['handbok'])),
  /**
   * Asks which Word files (.docx) to import, several at once, and returns each one's name and bytes;
   * an empty list when the user cancelled. A file over the import's size limit (DOCX_LIMITS) is named
   * but not read. The renderer reads the bytes with readDocx in a Worker.
   */
  'open-word-files': channel<z.ZodUndefined, ChosenWordFile[]>(z.undefined()),
  /**
   * Prints a page of the app's own making to PDF in a hidden window that runs no scripts and reaches
   * no network, and returns the PDF. Nothing is written to disk but the page itself, briefly, in the
   * app's temporary folder.
   */
  'print-pdf': channel<typeof printJobSchema, Uint8Array<ArrayBuffer>>(printJobSchema),
  /**
   * Writes the library, as the text of a .handbok archive, as a backup in the app's data folder
   * (`backups/`), atomically, with the retention of shared/backup.ts. Main refuses text that is not a
   * valid archive, so a broken export never replaces a good backup.
   */
  'write-backup': channel<typeof backupRequestSchema, BackupEntry>(backupRequestSchema),
  /** The backups in the data folder, newest first, with what each holds. */
  'list-backups': channel<z.ZodUndefined, BackupEntry[]>(z.undefined()),
  /**
   * The bytes of one backup, named as list-backups names it; no other file can be read this way. The
   * renderer reads them with readArchiveFile, as every archive.
   */
  'read-backup': channel<z.ZodString, Uint8Array<ArrayBuffer>>(z.string().max(100)),
  /**
   * The renderer has done what main asked with BACKUP_REQUEST_EVENT (backed the library up, or found
   * nothing new to back up); main quits once every window has said so.
   */
  'finish-quit-backup': channel<z.ZodUndefined, void>(z.undefined()),
  /**
   * The page starts (true) or stops (false) answering BACKUP_REQUEST_EVENT. A page that does not (the
   * fatal-error screens) is not asked, and its window closes at once.
   */
  'listen-for-backup-requests': channel<z.ZodBoolean, void>(z.boolean()),
  /** The folder backups are written to: the app's own (`backups/` in its data folder) or one the user chose. */
  'get-backup-folder': channel<z.ZodUndefined, BackupFolder>(z.undefined()),
  /**
   * `choose`: the user picks another backup folder in the system's dialog (null when cancelled); main
   * accepts it only once it has written a file there. `default`: back to the app's own folder.
   */
  'choose-backup-folder': channel<typeof backupFolderActionSchema, BackupFolder | null>(backupFolderActionSchema),
  /**
   * The shared library server the page may connect to (its address; null for none). The page's policy
   * allows its own origin only; main adds exactly this server's origin as it serves the page. When that
   * changes the policy, main loads the page again and the result is true.
   */
  'allow-shared-library': channel<z.ZodNullable<z.ZodString>, boolean>(z.string().max(2048).nullable()),
} as const;

/** Where backups go, and whether that is the app's own folder. */
export interface BackupFolder {
  path: string;
  isDefault: boolean;
}

/** A file the user chose to open: its bytes as they are on disk, to be read by readArchiveFile. */
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/** A Word file chosen for import: its bytes, or only its name when it is too large to be read. */
export type ChosenWordFile = { name: string; bytes: Uint8Array } | { name: string; tooLarge: true };

export type IpcChannel = keyof typeof ipcChannels;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcChannels)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = (typeof ipcChannels)[C]['response'];

export { BACKUP_REQUEST_EVENT, MENU_COMMAND_EVENT, MENU_COMMANDS, type MenuCommand } from './menu-commands';
export const menuCommandSchema = z.enum(MENU_COMMANDS);

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

type InvokeMethods = {
  [C in IpcChannel as CamelCase<C>]: IpcRequest<C> extends undefined
    ? () => Promise<IpcResponse<C>>
    : (request: IpcRequest<C>) => Promise<IpcResponse<C>>;
};

/** What preload puts on `window.handbok`, and nothing more. */
export type HandbokApi = InvokeMethods & {
  /** Subscribes to menu commands; returns the function that unsubscribes. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to main's request for a backup before it quits; returns the function that unsubscribes. */
  onBackupRequest(listener: () => void): () => void;
};

/** The method name preload uses for a channel: `get-app-info` → `getAppInfo`. */
export function methodNameOf<C extends IpcChannel>(channelName: C): CamelCase<C> {
  return channelName.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<C>;
}
