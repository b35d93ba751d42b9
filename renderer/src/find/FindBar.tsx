import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { onDocumentCommand } from '../ui/document-commands';
import type { FindController } from './use-find-in-element';

/**
 * The find bar over a document (the editor or the reading view). Mounted for as long as the document
 * is shown, it opens with Ctrl+F (⌘F), F3 or the menu's "Sök i dokumentet", and shows nothing until then.
 */
export function FindBar({ find }: { find: FindController }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useFindShortcuts(find);

  useEffect(() => {
    if (find.openings === 0) return;
    input.current?.focus();
    input.current?.select();
  }, [find.openings]);

  if (!find.isOpen) return null;
  const status =
    find.query.trim() === '' ? '' : find.count === 0 ? t('find.none') : t('find.position', { current: find.current + 1, count: find.count });
  return (
    <div className="find-bar-anchor">
      <div className="find-bar" role="search" aria-label={t('find.label')} data-find-bar="">
        <input
          ref={input}
          className="find-bar__input"
          type="search"
          aria-label={t('find.query')}
          placeholder={t('find.placeholder')}
          value={find.query}
          onChange={(event) => find.setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              if (event.shiftKey) find.previous();
              else find.next();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              find.close();
            }
          }}
        />
        <span className="find-bar__count" aria-live="polite" aria-atomic="true">
          {status}
        </span>
        <button type="button" className="toolbar__button" onClick={find.previous} disabled={find.count === 0} aria-label={t('find.previous')} title={t('find.previousHint')}>
          <span aria-hidden="true">↑</span>
        </button>
        <button type="button" className="toolbar__button" onClick={find.next} disabled={find.count === 0} aria-label={t('find.next')} title={t('find.nextHint')}>
          <span aria-hidden="true">↓</span>
        </button>
        <button type="button" className="toolbar__button" onClick={find.close} aria-label={t('find.close')} title={t('find.closeHint')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </div>
  );
}

/**
 * Ctrl+F (⌘F) opens find instead of the browser's own, which would search the whole window's text
 * and not know the editor; the desktop app's menu sends the same as a command. F3 and Shift+F3 step
 * through the matches wherever the focus is, as in Word. Listened to only while a document is shown,
 * so the browser's own find works everywhere else.
 */
function useFindShortcuts(find: FindController) {
  const latest = useRef(find);
  useEffect(() => {
    latest.current = find;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const current = latest.current;
      const commandKey = event.ctrlKey || event.metaKey;
      if (commandKey && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        current.open();
      } else if (event.key === 'F3' && !commandKey && !event.altKey) {
        event.preventDefault();
        if (!current.isOpen) current.open();
        else if (event.shiftKey) current.previous();
        else current.next();
      }
    };
    // Capture: the editor must not take the keys first (Lexical handles keys on its own element).
    window.addEventListener('keydown', onKey, true);
    const stopCommands = onDocumentCommand((command) => {
      if (command === 'find-in-document') latest.current.open();
    });
    return () => {
      window.removeEventListener('keydown', onKey, true);
      stopCommands();
    };
  }, []);
}
