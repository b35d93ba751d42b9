import { z } from 'zod';
import { LOCALES } from './i18n/locales';
import { MENU_COMMANDS, type MenuCommand } from './menu-commands';
import type { PrintJob } from './render/pdf/printer';

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
export const SAVE_FILE_KINDS = ['docx', 'pdf', 'html', 'handbok'] as const;
export type SaveFileKind = (typeof SAVE_FILE_KINDS)[number];

export const saveFileRequestSchema = z.object({
  kind: z.enum(SAVE_FILE_KINDS),
  /** The suggested file name, without folders; the user picks the place. */
  suggestedName: z.string().min(1).max(200),
  /** At most 200 MB: far above any document, and a bound on what a renderer can ask main to write. */
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= 200 * 1024 * 1024),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

/** The most a print job may hold: a page with many images is large, but never near this. */
const MAX_PRINT_HTML = 256 * 1024 * 1024;

/** A page to print to PDF (see shared/render/pdf/printer.ts). */
export const printJobSchema = z.object({
  html: z.string().max(MAX_PRINT_HTML),
  mode: z.enum(['layout', 'final']),
}) satisfies z.ZodType<PrintJob>;

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
   * Asks which file to open in the system's open dialog and returns its name and text; null when the
   * user cancelled. Main reads only the file the user chose, and at most 200 MB of it.
   */
  'open-file': channel<z.ZodEnum<{ handbok: 'handbok' }>, OpenedFile | null>(z.enum(['handbok'])),
  /**
   * Prints a page of the app's own making to PDF in a hidden window that runs no scripts and reaches
   * no network, and returns the PDF. Nothing is written to disk but the page itself, briefly, in the
   * app's temporary folder.
   */
  'print-pdf': channel<typeof printJobSchema, Uint8Array<ArrayBuffer>>(printJobSchema),
  /**
   * Writes the library, as the text of a .handbok archive, as a backup in the app's data folder
   * (`backups/`), atomically, keeping the newest ten and one a day for thirty days. Main refuses text
   * that is not a valid archive, so a broken export never replaces a good backup.
   */
  'write-backup': channel<z.ZodString, BackupSummary>(z.string().max(200 * 1024 * 1024)),
} as const;

/** A backup main has written. */
export interface BackupSummary {
  name: string;
  createdAt: string;
  bytes: number;
}

/** A file the user chose to open. */
export interface OpenedFile {
  name: string;
  text: string;
}

export type IpcChannel = keyof typeof ipcChannels;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcChannels)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = (typeof ipcChannels)[C]['response'];

export { MENU_COMMAND_EVENT, MENU_COMMANDS, type MenuCommand } from './menu-commands';
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
};

/** The method name preload uses for a channel: `get-app-info` → `getAppInfo`. */
export function methodNameOf<C extends IpcChannel>(channelName: C): CamelCase<C> {
  return channelName.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<C>;
}
