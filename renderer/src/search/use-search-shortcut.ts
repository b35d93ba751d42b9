import { useEffect } from 'react';

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** Whether the key went to text being edited, where Ctrl+K already means "insert a link" (as in Word). */
const inEditableText = (target: EventTarget | null) => target instanceof HTMLElement && target.closest('[contenteditable="true"]') !== null;

/**
 * Ctrl+K (⌘K on macOS) opens search from anywhere in the window, except inside the editor's text,
 * where the writer's link shortcut keeps it: taking a key a writer has in their fingers would insert
 * nothing and open a dialog instead. A reader, who does not edit, never meets the exception.
 */
export function useSearchShortcut(open: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const modifier = isMac() ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
      if (!modifier || event.altKey || event.shiftKey || event.code !== 'KeyK' || inEditableText(event.target)) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}
