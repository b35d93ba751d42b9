import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useTranslation } from 'react-i18next';
import { INSERT_BLOCK_COMMAND, type InsertBlockPayload } from '../blocks';

type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote';

function setBlockType(editor: LexicalEditor, type: BlockType) {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    $setBlocksType(selection, () => {
      if (type === 'paragraph') return $createParagraphNode();
      if (type === 'quote') return $createQuoteNode();
      return $createHeadingNode(type);
    });
  });
}

const INSERTABLE: { value: string; payload: InsertBlockPayload; label: string }[] = [
  { value: 'principle', payload: { type: 'principle' }, label: 'blocks.principle.name' },
  { value: 'role', payload: { type: 'role' }, label: 'blocks.role.name' },
  { value: 'definition', payload: { type: 'definition' }, label: 'blocks.definition.name' },
  { value: 'note', payload: { type: 'callout', variant: 'note' }, label: 'blocks.callout.note' },
  { value: 'important', payload: { type: 'callout', variant: 'important' }, label: 'blocks.callout.important' },
];

/** Inserts a structured block at the cursor; a native select, so keyboard and screen readers just work. */
function InsertBlockMenu({ editor }: { editor: LexicalEditor }) {
  const { t } = useTranslation();
  return (
    <select
      className="toolbar__insert"
      aria-label={t('editor.insertBlock')}
      value=""
      onChange={(event) => {
        const choice = INSERTABLE.find((option) => option.value === event.target.value);
        if (choice) editor.dispatchCommand(INSERT_BLOCK_COMMAND, choice.payload);
        editor.focus();
      }}
    >
      <option value="" disabled>
        {t('editor.insertBlock')}
      </option>
      {INSERTABLE.map((option) => (
        <option key={option.value} value={option.value}>
          {t(option.label)}
        </option>
      ))}
    </select>
  );
}

/** The formatting toolbar. It only dispatches editor commands; the behaviour lives in Lexical's plugins. */
export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const button = (label: string, text: string, run: () => void) => (
    <button type="button" className="toolbar__button" aria-label={label} title={label} onClick={run}>
      {text}
    </button>
  );
  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {button(t('editor.undo'), '↶', () => editor.dispatchCommand(UNDO_COMMAND, undefined))}
      {button(t('editor.redo'), '↷', () => editor.dispatchCommand(REDO_COMMAND, undefined))}
      <span className="toolbar__divider" />
      {button(t('editor.paragraph'), '¶', () => setBlockType(editor, 'paragraph'))}
      {button(t('editor.heading1'), 'H1', () => setBlockType(editor, 'h1'))}
      {button(t('editor.heading2'), 'H2', () => setBlockType(editor, 'h2'))}
      {button(t('editor.heading3'), 'H3', () => setBlockType(editor, 'h3'))}
      <span className="toolbar__divider" />
      {button(t('editor.bold'), 'B', () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'))}
      {button(t('editor.italic'), 'I', () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'))}
      {button(t('editor.underline'), 'U', () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline'))}
      <span className="toolbar__divider" />
      {button(t('editor.bulletList'), '•', () => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined))}
      {button(t('editor.numberedList'), '1.', () => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined))}
      {button(t('editor.quote'), '”', () => setBlockType(editor, 'quote'))}
      <span className="toolbar__divider" />
      <InsertBlockMenu editor={editor} />
    </div>
  );
}
