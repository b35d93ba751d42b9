/**
 * Commands the application menu sends to the renderer; the renderer's own buttons run the same ones.
 * Kept apart from ipc.ts, without zod, because the sandboxed preload bundles what it imports.
 */
export const MENU_COMMANDS = [
  'new-document',
  'export-word',
  'export-pdf',
  'print-preview',
  'find-in-document',
  'export-library',
  'import-library',
  'import-word',
  'show-library',
  'show-trash',
  'show-backups',
  'show-settings',
  'open-sample-library',
  'show-about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The channel on which main sends menu commands to the renderer. */
export const MENU_COMMAND_EVENT = 'menu-command';

/** Main asks the renderer for a last backup before the app quits (answered with finish-quit-backup). */
export const BACKUP_REQUEST_EVENT = 'backup-request';
