import { $isLinkNode } from '@lexical/link';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createQuoteNode } from '@lexical/rich-text';
import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $findTableNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableCellNode,
  $setTableRowIsHeader,
  TableCellHeaderStates,
} from '@lexical/table';
import {
  $getRoot,
  $getSelection,
  $setSelection,
  $getState,
  $isRangeSelection,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConvertMenu } from '../ConvertMenu';
import { $convertibleTargets } from '../convert/convert-selection';
import type { ConversionTarget } from '../convert/recognise-blocks';
import { INSERT_OPTIONS, setBlocksType, setHeading, setParagraph } from '../insert-options';
import { $isStructuredBlockNode } from '../nodes/StructuredBlockNode';
import { ToolbarButton, shortcutOf } from './ToolbarButton';
import { REQUEST_LINK_COMMAND } from './EditorDialogsPlugin';
import { MOVE_BLOCK_COMMAND, REMOVE_ITEM_COMMAND } from './MoveBlocksPlugin';
import { numberedHeadingsState, TOGGLE_HEADING_NUMBERING_COMMAND } from './NumberingPlugin';
import { ShortcutsDialog } from '../dialogs/ShortcutsDialog';

/** Where the cursor is, as far as the toolbar cares: which contextual buttons to show. */
interface Context {
  inTable: boolean;
  headerRow: boolean;
  /** The type of the item the cursor is in (a step, a goal), if any. */
  item: string | null;
  inLink: boolean;
  numberedHeadings: boolean;
  /** The block types the selected text can be turned into, space-separated (a string, to compare cheaply). */
  convertible: string;
}

const NO_CONTEXT: Context = { inTable: false, headerRow: false, item: null, inLink: false, numberedHeadings: false, convertible: '' };

function $readContext(): Context {
  const numberedHeadings = $getState($getRoot(), numberedHeadingsState);
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { ...NO_CONTEXT, numberedHeadings };
  const node = selection.anchor.getNode();
  const ancestors = [node, ...node.getParents()];
  const cell = ancestors.find($isTableCellNode);
  const table = cell ? $findTableNode(cell) : null;
  const firstCell = table?.getFirstDescendant()?.getParents().find($isTableCellNode);
  const item = ancestors.find((ancestor) => $isStructuredBlockNode(ancestor) && ancestor.isItem());
  return {
    inTable: Boolean(cell),
    headerRow: firstCell ? (firstCell.getHeaderStyles() & TableCellHeaderStates.ROW) !== 0 : false,
    item: item ? item.getType() : null,
    inLink: ancestors.some($isLinkNode),
    numberedHeadings,
    convertible: $convertibleTargets().join(' '),
  };
}

const sameContext = (a: Context, b: Context) => (Object.keys(a) as (keyof Context)[]).every((key) => a[key] === b[key]);

/** Follows the cursor, re-rendering the toolbar only when what it shows changes (not on every keystroke). */
function useToolbarContext(editor: LexicalEditor): Context {
  const [context, setContext] = useState<Context>(NO_CONTEXT);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read($readContext);
        setContext((current) => (sameContext(current, next) ? current : next));
      }),
    [editor],
  );
  return context;
}

/** A chain link, drawn rather than an emoji, which not every system's fonts have. */
export const LINK_ICON = (
  <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
    <path
      d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    />
  </svg>
);

/** Inserts a structured block, an image, a table …; a native select, so keyboard and screen readers just work. */
function InsertMenu({ editor }: { editor: LexicalEditor }) {
  const { t } = useTranslation();
  const options = INSERT_OPTIONS.filter((option) => option.inInsertMenu);
  return (
    <select
      className="toolbar__insert"
      aria-label={t('editor.insertBlock')}
      value=""
      onChange={(event) => {
        const choice = options.find((option) => option.key === event.target.value);
        editor.focus();
        choice?.run(editor);
      }}
    >
      <option value="" disabled>
        {t('editor.insertBlock')}
      </option>
      {options.map((option) => (
        <option key={option.key} value={option.key}>
          {t(option.label)}
        </option>
      ))}
    </select>
  );
}

/**
 * A table command from the toolbar. Lexical moves the caret into a row or column it inserts; the
 * caret stays where the user left it instead, so that typing on fills the same cell. Where the
 * command removed the caret's cell, Lexical's choice stands.
 */
function tableAction(editor: LexicalEditor, action: () => void) {
  editor.update(() => {
    const selection = $getSelection();
    const before = $isRangeSelection(selection) ? selection.clone() : null;
    action();
    if (before && before.anchor.getNode().isAttached() && before.focus.getNode().isAttached()) $setSelection(before);
  });
  editor.focus();
}

/** The formatting toolbar. It only dispatches editor commands; the behaviour lives in the plugins. */
export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const context = useToolbarContext(editor);
  const [showShortcuts, setShowShortcuts] = useState(false);
  /** A button named by a translation key; its shortcut, if it has one, is announced and shown on hover. */
  const button = (labelKey: string, text: ReactNode, run: () => void, extra: { pressed?: boolean; label?: string } = {}) => (
    <ToolbarButton label={extra.label ?? t(labelKey)} shortcut={shortcutOf(labelKey)} pressed={extra.pressed} onClick={run}>
      {text}
    </ToolbarButton>
  );
  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {button('editor.undo', '↶', () => editor.dispatchCommand(UNDO_COMMAND, undefined))}
      {button('editor.redo', '↷', () => editor.dispatchCommand(REDO_COMMAND, undefined))}
      <span className="toolbar__divider" />
      {button('editor.paragraph', '¶', () => setParagraph(editor))}
      {button('editor.heading1', 'H1', () => setHeading(editor, 'h1'))}
      {button('editor.heading2', 'H2', () => setHeading(editor, 'h2'))}
      {button('editor.heading3', 'H3', () => setHeading(editor, 'h3'))}
      {button('editor.numberedHeadings', '1.2', () => editor.dispatchCommand(TOGGLE_HEADING_NUMBERING_COMMAND, undefined), {
        pressed: context.numberedHeadings,
      })}
      <span className="toolbar__divider" />
      {button('editor.bold', 'B', () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'))}
      {button('editor.italic', 'I', () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'))}
      {button('editor.underline', 'U', () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline'))}
      {button('editor.link', LINK_ICON, () => editor.dispatchCommand(REQUEST_LINK_COMMAND, undefined), { pressed: context.inLink })}
      <span className="toolbar__divider" />
      {button('editor.bulletList', '•', () => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined))}
      {button('editor.numberedList', '1.', () => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined))}
      {button('editor.quote', '”', () => setBlocksType(editor, () => $createQuoteNode()))}
      <span className="toolbar__divider" />
      <InsertMenu editor={editor} />
      <ConvertMenu editor={editor} available={context.convertible ? (context.convertible.split(' ') as ConversionTarget[]) : []} />
      {button('editor.moveUp', '⤒', () => editor.dispatchCommand(MOVE_BLOCK_COMMAND, 'up'))}
      {button('editor.moveDown', '⤓', () => editor.dispatchCommand(MOVE_BLOCK_COMMAND, 'down'))}
      {context.item &&
        button('editor.removeItem', '✕', () => editor.dispatchCommand(REMOVE_ITEM_COMMAND, undefined), {
          label: t('editor.removeItem', { item: t(`blocks.${context.item}.name`) }),
        })}
      {button('editor.shortcuts', '⌨', () => setShowShortcuts(true))}
      {context.inTable && (
        <div className="toolbar__group" role="group" aria-label={t('editor.table')}>
          {button('editor.tableRowAbove', '+↑', () => tableAction(editor, () => $insertTableRowAtSelection(false)))}
          {button('editor.tableRowBelow', '+↓', () => tableAction(editor, () => $insertTableRowAtSelection(true)))}
          {button('editor.tableColumnLeft', '+←', () => tableAction(editor, () => $insertTableColumnAtSelection(false)))}
          {button('editor.tableColumnRight', '+→', () => tableAction(editor, () => $insertTableColumnAtSelection(true)))}
          {button('editor.tableDeleteRow', '−▭', () => tableAction(editor, () => $deleteTableRowAtSelection()))}
          {button('editor.tableDeleteColumn', '−▯', () => tableAction(editor, () => $deleteTableColumnAtSelection()))}
          {button(
            t('editor.tableHeaderRow'),
            '▤',
            () =>
              tableAction(editor, () => {
                const selection = $getSelection();
                if (!$isRangeSelection(selection)) return;
                const cell = selection.anchor.getNode().getParents().find($isTableCellNode);
                const table = cell ? $findTableNode(cell) : null;
                if (table) $setTableRowIsHeader(table, 0, !context.headerRow);
              }),
            { pressed: context.headerRow },
          )}
        </div>
      )}
      {showShortcuts && <ShortcutsDialog onClose={() => setShowShortcuts(false)} />}
    </div>
  );
}
