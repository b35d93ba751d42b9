import type { LexicalEditor } from 'lexical';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONVERSION_TARGETS, type ConversionTarget } from './convert/recognise-blocks';
import { CONVERT_TO_BLOCKS_COMMAND } from './plugins/ConvertBlocksPlugin';

/**
 * "Gör om till…": a menu button that turns the selected text into principles, a role, a method
 * guide or definitions. Every kind is listed, so that writers learn what exists; those the text does
 * not hold are disabled. Keyboard: Enter, Space or ↓ opens it on the first choice, ↑/↓ move, Enter
 * chooses, Escape goes back to the button.
 */
export function ConvertMenu({ editor, available }: { editor: LexicalEditor; available: readonly ConversionTarget[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();
  const enabled = available.length > 0;
  // The caret can move while the menu is open (a click in the text); with nothing to convert it closes.
  const shown = open && enabled;

  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];
  useEffect(() => {
    if (shown) items()[0]?.focus();
  }, [shown]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const choose = (target: ConversionTarget) => {
    setOpen(false);
    editor.focus();
    editor.dispatchCommand(CONVERT_TO_BLOCKS_COMMAND, target);
  };
  const moveFocus = (event: KeyboardEvent) => {
    const all = items();
    const current = all.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: all.length - 1 }[event.key];
    if (event.key === 'Escape') close();
    else if (event.key === 'Tab') setOpen(false);
    else if (next !== undefined) all[(next + all.length) % all.length]?.focus();
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <div className="convert-menu">
      <button
        ref={button}
        type="button"
        className="toolbar__button convert-menu__button"
        aria-haspopup="menu"
        aria-expanded={shown}
        aria-controls={shown ? id : undefined}
        disabled={!enabled}
        title={enabled ? undefined : t('editor.convert.unavailable')}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && enabled) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t('editor.convert.button')}
      </button>
      {shown && (
        <div
          ref={menu}
          id={id}
          role="menu"
          aria-label={t('editor.convert.button')}
          className="convert-menu__list"
          onKeyDown={moveFocus}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget) && event.relatedTarget !== button.current) setOpen(false);
          }}
        >
          {CONVERSION_TARGETS.map((target) => (
            <button
              key={target}
              type="button"
              role="menuitem"
              className="convert-menu__item"
              aria-label={t(`editor.convert.${target}`)}
              aria-describedby={`${id}-${target}`}
              disabled={!available.includes(target)}
              onClick={() => choose(target)}
            >
              <span className="convert-menu__label">{t(`editor.convert.${target}`)}</span>
              <span className="convert-menu__hint" id={`${id}-${target}`}>
                {t(`editor.convert.${target}Hint`)}
              </span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
