import type { ReactNode } from 'react';
import { describeShortcut, SHORTCUTS } from '../shortcuts';

/** "Ctrl+B" for the shortcut listed under a translation key, or undefined when it has none. */
export const shortcutOf = (label: string): string | undefined => {
  const shortcut = SHORTCUTS.find((candidate) => candidate.label === label);
  return shortcut ? describeShortcut(shortcut) : undefined;
};

/**
 * A button of the document's or a field's toolbar: its shortcut, if it has one, is announced and shown
 * on hover. A click leaves the focus and the selection in the text, so that the command acts where the
 * writer is and typing goes on there; the keyboard still reaches the buttons with Tab.
 */
export function ToolbarButton({ label, shortcut, pressed, onClick, children }: { label: string; shortcut: string | undefined; pressed?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      className="toolbar__button"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${label} (${shortcut})` : label}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
