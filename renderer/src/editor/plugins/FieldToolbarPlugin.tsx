import { $isLinkNode } from '@lexical/link';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND, type ListType } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode, type HeadingTagType } from '@lexical/rich-text';
import { $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND, type LexicalEditor } from 'lexical';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setHeading, setParagraph } from '../insert-options';
import { REQUEST_FOOTNOTE_COMMAND, REQUEST_LINK_COMMAND } from './EditorDialogsPlugin';
import { LINK_ICON } from './ToolbarPlugin';
import { ToolbarButton, shortcutOf } from './ToolbarButton';

/** What the field's buttons show as pressed, where the caret is. */
interface FieldContext {
  bold: boolean;
  italic: boolean;
  list: ListType | null;
  heading: boolean;
  link: boolean;
}

const NONE: FieldContext = { bold: false, italic: false, list: null, heading: false, link: false };

function $readFieldContext(): FieldContext {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NONE;
  const ancestors = [selection.anchor.getNode(), ...selection.anchor.getNode().getParents()];
  const list = ancestors.find($isListNode);
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    list: list ? list.getListType() : null,
    heading: ancestors.some($isHeadingNode),
    link: ancestors.some($isLinkNode),
  };
}

const sameContext = (a: FieldContext, b: FieldContext) => (Object.keys(a) as (keyof FieldContext)[]).every((key) => a[key] === b[key]);

/** A list button takes the line out of a list of its own kind, and into one otherwise, as in Word. */
function toggleList(editor: LexicalEditor, current: ListType | null, type: 'bullet' | 'number') {
  if (current === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
  else editor.dispatchCommand(type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
}

/**
 * The small toolbar of a rich-text field: bold, italic, the two lists, the sub-heading, a link and a
 * footnote, each with the editor's own shortcut where it has one. Named after its field, so that a screen reader tells the fields' toolbars apart.
 */
export function FieldToolbarPlugin({ fieldLabel, subHeading }: { fieldLabel: string; subHeading: HeadingTagType }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [context, setContext] = useState<FieldContext>(NONE);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read($readFieldContext);
        setContext((current) => (sameContext(current, next) ? current : next));
      }),
    [editor],
  );
  const button = (labelKey: string, shortcutLabel: string | null, text: ReactNode, pressed: boolean | undefined, run: () => void) => (
    <ToolbarButton label={t(labelKey)} shortcut={shortcutLabel ? shortcutOf(shortcutLabel) : undefined} pressed={pressed} onClick={run}>
      {text}
    </ToolbarButton>
  );
  return (
    <div className="toolbar field-toolbar" role="toolbar" aria-label={t('editor.fieldToolbar', { field: fieldLabel })}>
      {button('editor.bold', 'editor.bold', 'B', context.bold, () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'))}
      {button('editor.italic', 'editor.italic', <em>I</em>, context.italic, () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'))}
      <span className="toolbar__divider" />
      {button('editor.bulletList', 'editor.bulletList', '•', context.list === 'bullet', () => toggleList(editor, context.list, 'bullet'))}
      {button('editor.numberedList', 'editor.numberedList', '1.', context.list === 'number', () => toggleList(editor, context.list, 'number'))}
      {button('editor.subHeading', `editor.heading${subHeading.slice(1)}`, 'R', context.heading, () => (context.heading ? setParagraph(editor) : setHeading(editor, subHeading)))}
      {button('editor.link', 'editor.link', LINK_ICON, context.link, () => editor.dispatchCommand(REQUEST_LINK_COMMAND, undefined))}
      {button('editor.footnote', null, <sup>1</sup>, undefined, () => editor.dispatchCommand(REQUEST_FOOTNOTE_COMMAND, undefined))}
    </div>
  );
}
