import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $getSelection, $isElementNode, $isRangeSelection, $isTextNode, type LexicalEditor } from 'lexical';
import { useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { INSERT_OPTIONS } from '../insert-options';
import { setSlashMenuOpen } from '../slash-menu-state';

class SlashOption extends MenuOption {
  constructor(
    key: string,
    readonly label: string,
    /** Words the user may type after the slash, in both languages: "/princip", "/roll", "/note". */
    readonly keywords: readonly string[],
    readonly run: (editor: LexicalEditor) => void,
  ) {
    super(key);
  }
}

/**
 * Removes what is left of "/command" before the cursor. The typeahead removes the text it matched, but
 * when someone types fast its match can be a few keystrokes old, and part of the command would stay.
 */
function $removeSlashCommandText() {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return;
  const anchor = selection.anchor.getNode();
  // After the typeahead removed its text, the cursor may rest on the paragraph rather than in a text node.
  const node = $isElementNode(anchor) ? anchor.getChildAtIndex(selection.anchor.offset - 1) : anchor;
  if (!$isTextNode(node)) return;
  const offset = node === anchor ? selection.anchor.offset : node.getTextContentSize();
  const command = /(?:^|\s|\()(\/[^\s/]*)$/u.exec(node.getTextContent().slice(0, offset))?.[1];
  if (command) node.spliceText(offset - command.length, command.length, '', true);
}

/**
 * The options, in Lexical's menu container, which is the listbox. Lexical names it in English, again
 * each time it places the menu: the name in the user's language is put back whenever that happens.
 */
function SlashMenuList({ container, label, children }: { container: HTMLElement; label: string; children: ReactNode }) {
  useLayoutEffect(() => {
    const name = () => {
      if (container.getAttribute('aria-label') !== label) container.setAttribute('aria-label', label);
    };
    name();
    const observer = new MutationObserver(name);
    observer.observe(container, { attributes: true, attributeFilter: ['aria-label'] });
    return () => observer.disconnect();
  }, [container, label]);
  return (
    <ul className="slash-menu" role="presentation">
      {children}
    </ul>
  );
}

/** Type "/" and a word to insert a block or turn the line into a heading, list or quotation. */
export function SlashMenuPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [query, setQuery] = useState<string | null>(null);
  const trigger = useBasicTypeaheadTriggerMatch('/', { minLength: 0 });

  const allOptions = useMemo(
    () => INSERT_OPTIONS.map((option) => new SlashOption(option.key, t(option.label), option.keywords, option.run)),
    [t],
  );

  // Best match first: a word typed in full ("/tabell" is Tabell before Jämförelsetabell), then the
  // start of a word, then a name that contains what was typed.
  const options = useMemo(() => {
    const needle = (query ?? '').toLocaleLowerCase('sv');
    if (!needle) return allOptions;
    const rank = (option: SlashOption) => {
      if (option.keywords.includes(needle) || option.label.toLocaleLowerCase('sv') === needle) return 0;
      if (option.keywords.some((keyword) => keyword.startsWith(needle))) return 1;
      return option.label.toLocaleLowerCase('sv').includes(needle) ? 2 : null;
    };
    return allOptions
      .map((option) => ({ option, rank: rank(option) }))
      .filter((entry): entry is { option: SlashOption; rank: number } => entry.rank !== null)
      .sort((a, b) => a.rank - b.rank)
      .map((entry) => entry.option);
  }, [allOptions, query]);

  return (
    <LexicalTypeaheadMenuPlugin<SlashOption>
      onQueryChange={setQuery}
      onOpen={() => setSlashMenuOpen(editor, true)}
      onClose={() => setSlashMenuOpen(editor, false)}
      triggerFn={trigger}
      options={options}
      // Called inside the typeahead's own update: removing the command text and inserting must happen
      // right here, in that update and in this order (a nested editor.update would run afterwards).
      onSelectOption={(option, textNode, closeMenu) => {
        textNode?.remove();
        $removeSlashCommandText();
        option.run(editor);
        closeMenu();
      }}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) => {
        if (!anchor.current || options.length === 0) return null;
        return createPortal(
          <SlashMenuList container={anchor.current} label={t('editor.slashMenu')}>
            {options.map((option, index) => (
              <li
                key={option.key}
                ref={(element) => option.setRefElement(element)}
                role="option"
                aria-selected={selectedIndex === index}
                className="slash-menu__item"
                // Only a pointer that moves picks an option: the menu may open under a resting pointer, and the
                // browser's hover events for content that moved under it would take the choice from the keyboard.
                onMouseMove={(event) => {
                  if (event.movementX !== 0 || event.movementY !== 0) setHighlightedIndex(index);
                }}
                onMouseDown={(event) => {
                  event.preventDefault();
                  selectOptionAndCleanUp(option);
                }}
              >
                {option.label}
              </li>
            ))}
          </SlashMenuList>,
          anchor.current,
        );
      }}
    />
  );
}
