import { $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { $isLinkNode } from '@lexical/link';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { INSERT_PAGE_BREAK_COMMAND } from './plugins/EmbedsPlugin';
import { REQUEST_LINK_COMMAND } from './plugins/EditorDialogsPlugin';
import { setHeading, setParagraph } from './insert-options';

/**
 * The editor's keyboard shortcuts, declared once for the key handler and the list shown to the user.
 * Keys are matched by `event.code` (the physical key), so Ctrl+Alt+1 works on Swedish and English
 * keyboards alike. "Mod" is Ctrl, or ⌘ on a Mac.
 */
export interface Shortcut {
  /** Translation key of what it does. */
  label: string;
  mod: boolean;
  alt?: boolean;
  shift?: boolean;
  code: string;
  /** How the key is written for the user. */
  key: string;
  /** Lexical handles it itself; it is listed so that the user knows it. */
  builtIn?: boolean;
  run?: (editor: LexicalEditor) => void;
  /**
   * When the editor takes the key (read inside the key's update). Otherwise the key goes on to the
   * window: Ctrl+K without text to link opens the library's search.
   */
  when?: () => boolean;
  /** Translation key of a note on when it applies, shown in the list of shortcuts. */
  note?: string;
}

/** Whether there is something to link: selected text, or the caret in a link (to change it). */
function $hasTextToLink(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if (!selection.isCollapsed()) return true;
  const node = selection.anchor.getNode();
  return $isLinkNode(node) || node.getParents().some($isLinkNode);
}

export const SHORTCUTS: readonly Shortcut[] = [
  { label: 'editor.bold', mod: true, code: 'KeyB', key: 'B', builtIn: true, run: (e) => e.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold') },
  { label: 'editor.italic', mod: true, code: 'KeyI', key: 'I', builtIn: true, run: (e) => e.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic') },
  { label: 'editor.underline', mod: true, code: 'KeyU', key: 'U', builtIn: true, run: (e) => e.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline') },
  { label: 'editor.undo', mod: true, code: 'KeyZ', key: 'Z', builtIn: true, run: (e) => e.dispatchCommand(UNDO_COMMAND, undefined) },
  { label: 'editor.redo', mod: true, shift: true, code: 'KeyZ', key: 'Z', builtIn: true, run: (e) => e.dispatchCommand(REDO_COMMAND, undefined) },
  { label: 'editor.link', mod: true, code: 'KeyK', key: 'K', run: (e) => e.dispatchCommand(REQUEST_LINK_COMMAND, undefined), when: $hasTextToLink, note: 'editor.linkShortcutNote' },
  { label: 'editor.paragraph', mod: true, alt: true, code: 'Digit0', key: '0', run: setParagraph },
  { label: 'editor.heading1', mod: true, alt: true, code: 'Digit1', key: '1', run: (e) => setHeading(e, 'h1') },
  { label: 'editor.heading2', mod: true, alt: true, code: 'Digit2', key: '2', run: (e) => setHeading(e, 'h2') },
  { label: 'editor.heading3', mod: true, alt: true, code: 'Digit3', key: '3', run: (e) => setHeading(e, 'h3') },
  { label: 'editor.numberedList', mod: true, shift: true, code: 'Digit7', key: '7', run: (e) => e.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined) },
  { label: 'editor.bulletList', mod: true, shift: true, code: 'Digit8', key: '8', run: (e) => e.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined) },
  { label: 'editor.pageBreak', mod: true, code: 'Enter', key: 'Enter', run: (e) => e.dispatchCommand(INSERT_PAGE_BREAK_COMMAND, undefined) },
  { label: 'editor.moveUp', mod: false, alt: true, shift: true, code: 'ArrowUp', key: '↑', builtIn: true },
  { label: 'editor.moveDown', mod: false, alt: true, shift: true, code: 'ArrowDown', key: '↓', builtIn: true },
  { label: 'editor.slashHint', mod: false, code: 'Slash', key: '/', builtIn: true },
];

/**
 * What typed at the start of a line, followed by a space, turns the line into something else
 * (MarkdownShortcutsPlugin); listed with the keyboard shortcuts so that nobody has to guess them.
 */
export const TYPED_SHORTCUTS: readonly { label: string; typed: readonly string[] }[] = [
  { label: 'editor.bulletList', typed: ['-', '*'] },
  { label: 'editor.numberedList', typed: ['1.'] },
  { label: 'editor.heading1', typed: ['#'] },
  { label: 'editor.heading2', typed: ['##'] },
  { label: 'editor.heading3', typed: ['###'] },
];

export const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** "Ctrl+Alt+1", or "⌘⌥1" on a Mac. */
export function describeShortcut(shortcut: Shortcut): string {
  const mac = isMac();
  const parts = [
    shortcut.mod ? (mac ? '⌘' : 'Ctrl') : null,
    shortcut.alt ? (mac ? '⌥' : 'Alt') : null,
    shortcut.shift ? (mac ? '⇧' : 'Shift') : null,
    shortcut.key,
  ].filter(Boolean);
  return parts.join(mac ? '' : '+');
}

/** The shortcut this key press means, among those Handbok handles itself. */
export function shortcutFor(event: KeyboardEvent): Shortcut | undefined {
  const mod = isMac() ? event.metaKey : event.ctrlKey;
  return SHORTCUTS.find(
    (shortcut) =>
      !shortcut.builtIn &&
      shortcut.code === event.code &&
      shortcut.mod === mod &&
      (shortcut.alt ?? false) === event.altKey &&
      (shortcut.shift ?? false) === event.shiftKey,
  );
}
