import type { LexicalEditor } from 'lexical';

/**
 * Whether the slash menu is open in an editor. While it is, Enter belongs to the menu (it picks the
 * highlighted entry); the block plugin's own Enter handling, which runs first, steps aside.
 */
const open = new WeakSet<LexicalEditor>();

export function setSlashMenuOpen(editor: LexicalEditor, isOpen: boolean) {
  if (isOpen) open.add(editor);
  else open.delete(editor);
}

export function isSlashMenuOpen(editor: LexicalEditor): boolean {
  return open.has(editor);
}
