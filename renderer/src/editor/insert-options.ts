import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createTableNodeWithDimensions } from '@lexical/table';
import type { TopLevelBlockType } from '@shared/model/blocks';
import { $createParagraphNode, $getSelection, $isRangeSelection, type ElementNode, type LexicalEditor } from 'lexical';
import { INSERT_BLOCK_COMMAND, type InsertBlockPayload } from './blocks';
import { $insertBlockLevel, INSERT_PAGE_BREAK_COMMAND, INSERT_REFERENCE_COMMAND } from './plugins/EmbedsPlugin';
import { REQUEST_FOOTNOTE_COMMAND, REQUEST_IMAGE_COMMAND } from './plugins/EditorDialogsPlugin';

/**
 * Everything that can be inserted or that turns the current line into something else, declared once
 * for the slash menu, the toolbar's insert menu and the keyboard shortcuts.
 */
export interface InsertOption {
  key: string;
  /** Translation key of its name. */
  label: string;
  /** Words that find it in the slash menu ("/princip", "/roll"), in Swedish and English. */
  keywords: readonly string[];
  /** Listed in the toolbar's insert menu; headings, lists and quotations have buttons of their own. */
  inInsertMenu: boolean;
  run: (editor: LexicalEditor) => void;
}

export function setBlocksType(editor: LexicalEditor, create: () => ElementNode) {
  editor.update(() => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $setBlocksType(selection, create);
  });
}

export const setHeading = (editor: LexicalEditor, tag: HeadingTagType) => setBlocksType(editor, () => $createHeadingNode(tag));
export const setParagraph = (editor: LexicalEditor) => setBlocksType(editor, () => $createParagraphNode());

const block = (type: TopLevelBlockType, keywords: string[], payload: Partial<InsertBlockPayload> = {}, key: string = type): InsertOption => ({
  key,
  label: payload.variant ? `blocks.callout.${payload.variant}` : `blocks.${type}.name`,
  keywords,
  inInsertMenu: true,
  run: (editor) => editor.dispatchCommand(INSERT_BLOCK_COMMAND, { type, ...payload }),
});

export const INSERT_OPTIONS: readonly InsertOption[] = [
  block('principle', ['princip', 'principle', 'förhållningssätt']),
  block('role', ['roll', 'ansvar', 'role', 'responsibility']),
  block('method-guide', ['metod', 'metodstöd', 'method', 'pdca', 'puff']),
  block('goals', ['mål', 'goal', 'goals', 'indikator']),
  block('definition', ['definition', 'begrepp', 'term']),
  block('comparison', ['jämförelse', 'jämför', 'comparison', 'compare']),
  block('annual-cycle', ['årshjul', 'år', 'annual', 'cycle']),
  block('staged-model', ['stegmodell', 'trappa', 'nivåer', 'staged', 'ladder', 'levels']),
  block('callout', ['notis', 'obs', 'note', 'callout'], { variant: 'note' }, 'note'),
  block('callout', ['viktigt', 'important', 'varning'], { variant: 'important' }, 'important'),
  {
    key: 'reference',
    label: 'blocks.reference.name',
    keywords: ['hänvisning', 'referens', 'dokument', 'reference'],
    inInsertMenu: true,
    run: (editor) => editor.dispatchCommand(INSERT_REFERENCE_COMMAND, undefined),
  },
  {
    key: 'table',
    label: 'editor.table',
    keywords: ['tabell', 'table'],
    inInsertMenu: true,
    run: (editor) => editor.update(() => $insertBlockLevel($createTableNodeWithDimensions(3, 3, { rows: true, columns: false }), 'inside')),
  },
  {
    key: 'image',
    label: 'editor.image',
    keywords: ['bild', 'image', 'figur', 'picture'],
    inInsertMenu: true,
    run: (editor) => editor.dispatchCommand(REQUEST_IMAGE_COMMAND, undefined),
  },
  {
    key: 'footnote',
    label: 'editor.footnote',
    keywords: ['fotnot', 'footnote', 'not'],
    inInsertMenu: true,
    run: (editor) => editor.dispatchCommand(REQUEST_FOOTNOTE_COMMAND, undefined),
  },
  {
    key: 'page-break',
    label: 'editor.pageBreak',
    keywords: ['sidbrytning', 'sida', 'page', 'break'],
    inInsertMenu: true,
    run: (editor) => editor.dispatchCommand(INSERT_PAGE_BREAK_COMMAND, undefined),
  },
  { key: 'h1', label: 'editor.heading1', keywords: ['rubrik1', 'h1', 'heading1'], inInsertMenu: false, run: (editor) => setHeading(editor, 'h1') },
  { key: 'h2', label: 'editor.heading2', keywords: ['rubrik2', 'h2', 'heading2'], inInsertMenu: false, run: (editor) => setHeading(editor, 'h2') },
  { key: 'h3', label: 'editor.heading3', keywords: ['rubrik3', 'h3', 'heading3'], inInsertMenu: false, run: (editor) => setHeading(editor, 'h3') },
  {
    key: 'bullets',
    label: 'editor.bulletList',
    keywords: ['punktlista', 'lista', 'bullet', 'list'],
    inInsertMenu: false,
    run: (editor) => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined),
  },
  {
    key: 'numbers',
    label: 'editor.numberedList',
    keywords: ['numrerad', 'nummer', 'numbered'],
    inInsertMenu: false,
    run: (editor) => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined),
  },
  {
    key: 'quote',
    label: 'editor.quote',
    keywords: ['citat', 'quote'],
    inInsertMenu: false,
    run: (editor) => setBlocksType(editor, () => $createQuoteNode()),
  },
];
