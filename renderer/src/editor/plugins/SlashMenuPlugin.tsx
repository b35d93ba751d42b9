import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getSelection, $isElementNode, $isRangeSelection, $isTextNode, type ElementNode, type LexicalEditor } from 'lexical';
import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { INSERT_BLOCK_COMMAND } from '../blocks';

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

function setBlocks(editor: LexicalEditor, create: () => ElementNode) {
  editor.update(() => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $setBlocksType(selection, create);
  });
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

/** Type "/" and a word to insert a block or turn the line into a heading, list or quotation. */
export function SlashMenuPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [query, setQuery] = useState<string | null>(null);
  const trigger = useBasicTypeaheadTriggerMatch('/', { minLength: 0 });

  const allOptions = useMemo(
    () => [
      new SlashOption('principle', t('blocks.principle.name'), ['princip', 'principle', 'förhållningssätt'], (e) =>
        e.dispatchCommand(INSERT_BLOCK_COMMAND, { type: 'principle' }),
      ),
      new SlashOption('role', t('blocks.role.name'), ['roll', 'ansvar', 'role', 'responsibility'], (e) =>
        e.dispatchCommand(INSERT_BLOCK_COMMAND, { type: 'role' }),
      ),
      new SlashOption('definition', t('blocks.definition.name'), ['definition', 'begrepp', 'term'], (e) =>
        e.dispatchCommand(INSERT_BLOCK_COMMAND, { type: 'definition' }),
      ),
      new SlashOption('note', t('blocks.callout.note'), ['notis', 'obs', 'note', 'callout'], (e) =>
        e.dispatchCommand(INSERT_BLOCK_COMMAND, { type: 'callout', variant: 'note' }),
      ),
      new SlashOption('important', t('blocks.callout.important'), ['viktigt', 'important', 'varning'], (e) =>
        e.dispatchCommand(INSERT_BLOCK_COMMAND, { type: 'callout', variant: 'important' }),
      ),
      new SlashOption('h1', t('editor.heading1'), ['rubrik1', 'h1', 'heading1'], (e) => setBlocks(e, () => $createHeadingNode('h1'))),
      new SlashOption('h2', t('editor.heading2'), ['rubrik2', 'h2', 'heading2'], (e) => setBlocks(e, () => $createHeadingNode('h2'))),
      new SlashOption('h3', t('editor.heading3'), ['rubrik3', 'h3', 'heading3'], (e) => setBlocks(e, () => $createHeadingNode('h3'))),
      new SlashOption('bullets', t('editor.bulletList'), ['punktlista', 'lista', 'bullet', 'list'], (e) =>
        e.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined),
      ),
      new SlashOption('numbers', t('editor.numberedList'), ['numrerad', 'nummer', 'numbered'], (e) =>
        e.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined),
      ),
      new SlashOption('quote', t('editor.quote'), ['citat', 'quote'], (e) => setBlocks(e, () => $createQuoteNode())),
    ],
    [t],
  );

  const options = useMemo(() => {
    const needle = (query ?? '').toLocaleLowerCase('sv');
    if (!needle) return allOptions;
    return allOptions.filter(
      (option) =>
        option.label.toLocaleLowerCase('sv').includes(needle) || option.keywords.some((keyword) => keyword.startsWith(needle)),
    );
  }, [allOptions, query]);

  return (
    <LexicalTypeaheadMenuPlugin<SlashOption>
      onQueryChange={setQuery}
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
        // Lexical's container is the listbox; it arrives labelled in English, so name it in the user's language.
        anchor.current.setAttribute('aria-label', t('editor.slashMenu'));
        return createPortal(
          <ul className="slash-menu" role="presentation">
            {options.map((option, index) => (
              <li
                key={option.key}
                ref={(element) => option.setRefElement(element)}
                role="option"
                aria-selected={selectedIndex === index}
                className="slash-menu__item"
                onMouseEnter={() => setHighlightedIndex(index)}
                onMouseDown={(event) => {
                  event.preventDefault();
                  selectOptionAndCleanUp(option);
                }}
              >
                {option.label}
              </li>
            ))}
          </ul>,
          anchor.current,
        );
      }}
    />
  );
}
