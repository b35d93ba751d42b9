import { useEffect } from 'react';

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Ctrl+K (⌘K on macOS) opens search from anywhere in the window, the editor included. One exception:
 * with text selected (or the caret in a link) the editor takes the key to make a link, as Word does,
 * and says so by preventing its default; the window then leaves it alone.
 */
export function useSearchShortcut(open: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const modifier = isMac() ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
      if (!modifier || event.altKey || event.shiftKey || event.code !== 'KeyK' || event.defaultPrevented) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}
