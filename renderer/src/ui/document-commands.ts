import type { MenuCommand } from '@shared/ipc';

/**
 * Menu commands that act on the open document (Arkiv → Exportera → Word, Redigera → Sök i dokumentet): the app passes them on, and
 * the document screen, when one is open, runs them. `dispatch` says whether anyone did.
 */
export type DocumentCommand = Extract<MenuCommand, 'export-word' | 'export-pdf' | 'print-preview' | 'find-in-document'>;

const listeners = new Set<(command: DocumentCommand) => void>();

export function onDocumentCommand(listener: (command: DocumentCommand) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function dispatchDocumentCommand(command: DocumentCommand): boolean {
  for (const listener of listeners) listener(command);
  return listeners.size > 0;
}
