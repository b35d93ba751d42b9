import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createTableNodeWithDimensions } from '@lexical/table';
import { BLOCK_DECLARATIONS, TOP_LEVEL_BLOCK_TYPES, type TopLevelBlockType } from '@shared/model/blocks';
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

const action = (key: string, label: string, keywords: string[], run: InsertOption['run'], inInsertMenu = true): InsertOption => ({
  key,
  label,
  keywords,
  inInsertMenu,
  run,
});

const block = (type: TopLevelBlockType, keywords: readonly string[], variant?: string) =>
  action(variant ?? type, variant ? `blocks.${type}.variants.${variant}` : `blocks.${type}.name`, [...keywords], (editor) =>
    editor.dispatchCommand(INSERT_BLOCK_COMMAND, { type, ...(variant ? { variant } : {}) } satisfies InsertBlockPayload),
  );

/** Every block type as its declaration has it; a block with variants once for each (a note, something important). */
const BLOCK_OPTIONS = TOP_LEVEL_BLOCK_TYPES.flatMap((type) => {
  const { variants, keywords = [] } = BLOCK_DECLARATIONS[type];
  return variants ? Object.entries(variants).map(([variant, declared]) => block(type, declared.keywords, variant)) : [block(type, keywords)];
});

export const INSERT_OPTIONS: readonly InsertOption[] = [
  ...BLOCK_OPTIONS,
  action('reference', 'blocks.reference.name', ['hänvisning', 'referens', 'dokument', 'reference'], (editor) =>
    editor.dispatchCommand(INSERT_REFERENCE_COMMAND, undefined),
  ),
  action('table', 'editor.table', ['tabell', 'table'], (editor) =>
    editor.update(() => $insertBlockLevel($createTableNodeWithDimensions(3, 3, { rows: true, columns: false }), 'inside')),
  ),
  action('image', 'editor.image', ['bild', 'image', 'figur', 'picture'], (editor) => editor.dispatchCommand(REQUEST_IMAGE_COMMAND, undefined)),
  action('footnote', 'editor.footnote', ['fotnot', 'footnote', 'not'], (editor) => editor.dispatchCommand(REQUEST_FOOTNOTE_COMMAND, undefined)),
  action('page-break', 'editor.pageBreak', ['sidbrytning', 'sida', 'page', 'break'], (editor) =>
    editor.dispatchCommand(INSERT_PAGE_BREAK_COMMAND, undefined),
  ),
  // Headings, lists and quotations have toolbar buttons of their own, so they are not in the insert menu.
  action('h1', 'editor.heading1', ['rubrik1', 'h1', 'heading1'], (editor) => setHeading(editor, 'h1'), false),
  action('h2', 'editor.heading2', ['rubrik2', 'h2', 'heading2'], (editor) => setHeading(editor, 'h2'), false),
  action('h3', 'editor.heading3', ['rubrik3', 'h3', 'heading3'], (editor) => setHeading(editor, 'h3'), false),
  action('bullets', 'editor.bulletList', ['punktlista', 'lista', 'bullet', 'list'], (editor) =>
    editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined), false),
  action('numbers', 'editor.numberedList', ['numrerad', 'nummer', 'numbered'], (editor) =>
    editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined), false),
  action('quote', 'editor.quote', ['citat', 'quote'], (editor) => setBlocksType(editor, () => $createQuoteNode()), false),
];
