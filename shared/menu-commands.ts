/**
 * Commands the application menu sends to the renderer; the renderer's own buttons run the same ones.
 * Kept apart from ipc.ts, without zod, because the sandboxed preload bundles what it imports.
 */
export const MENU_COMMANDS = [
  'new-document',
  'export-word',
  'export-pdf',
  'print-preview',
  'export-library',
  'import-library',
  'show-library',
  'show-trash',
  'show-settings',
  'open-sample-library',
  'show-about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The one channel on which main sends to the renderer. */
export const MENU_COMMAND_EVENT = 'menu-command';
