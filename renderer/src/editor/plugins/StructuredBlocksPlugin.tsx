import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import { $isTableNode } from '@lexical/table';
import { BLOCK_SPECS, isItemBlockType, itemHome, leadContinuesRole, type ItemBlockType } from '@shared/model/blocks';
import i18next from 'i18next';
import {
  $createParagraphNode,
  $createTextNode,
  $getEditor,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  HISTORY_MERGE_TAG,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_ENTER_COMMAND,
  RootNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { $createBlock, $createComparisonTable, $createField, $createItem, BLOCK_NODE_CLASSES, INSERT_BLOCK_COMMAND, type InsertBlockPayload } from '../blocks';
import { $createBlockFieldNode, $isBlockFieldNode, BlockFieldNode } from '../nodes/BlockFieldNode';
import { $isStructuredBlockNode, type StructuredBlockNode } from '../nodes/StructuredBlockNode';
import { isSlashMenuOpen } from '../slash-menu-state';
import { $lastBlock } from '../chapters';
import { $clearTypingFormat, $emptyLineAt, $topBlockOf } from '../tree';

/**
 * Keeps structured blocks whole. Transforms repair whatever an edit, a paste or an undo left broken:
 * a block gets back its missing fields in their order, a field outside a block becomes ordinary text,
 * an item outside its block becomes ordinary text, a one-line field sheds block content, a rich field
 * wraps stray text in a paragraph, an items field turns stray lines into items and a table field gets
 * back its table.
 */
function $repairBlock(block: StructuredBlockNode) {
  const children = block.getChildren();
  if (children.length === 0) {
    block.remove();
    return;
  }
  const type = block.getBlockType();
  if (isItemBlockType(type) && !$isInItsHome(block, type)) {
    $unwrapBlock(block);
    return;
  }
  const fields = children.filter($isBlockFieldNode);
  // Anything that is not a field (pasted paragraphs, say) moves into the first rich field, or after the block.
  const strays = children.filter((child) => !$isBlockFieldNode(child)).map((child) => ($isElementNode(child) ? child : $createParagraphNode().append(child)));
  const home = BLOCK_SPECS[type].find((spec) => spec.content === 'rich');
  if (!home) for (const stray of strays.reverse()) block.insertAfter(stray);
  let previous: LexicalNode | null = null;
  for (const spec of BLOCK_SPECS[type]) {
    const matching = fields.filter((field) => field.getField() === spec.name);
    let field: BlockFieldNode | undefined = matching[0];
    for (const duplicate of matching.slice(1)) {
      field?.append(...duplicate.getChildren());
      duplicate.remove();
    }
    if (!field) field = $createField(type, spec.name);
    if (spec.name === home?.name && strays.length) field.append(...strays);
    if (previous === null) {
      if (block.getFirstChild() !== field) block.splice(0, 0, [field]);
    } else if (previous.getNextSibling() !== field) {
      previous.insertAfter(field);
    }
    previous = field;
  }
  for (const field of fields) {
    if (!BLOCK_SPECS[type].some((spec) => spec.name === field.getField())) {
      // A field this block does not have keeps its text, as a paragraph after the block.
      block.insertAfter($createParagraphNode().append(...field.getChildren()));
      field.remove();
    }
  }
}

/** An item belongs in the items field of its own block type (a step in a method guide's steps). */
function $isInItsHome(item: StructuredBlockNode, type: ItemBlockType): boolean {
  const home = itemHome(type);
  const field = item.getParent();
  const block = field?.getParent();
  return $isBlockFieldNode(field) && field.getField() === home.field.name && $isStructuredBlockNode(block) && block.getBlockType() === home.block;
}

/** Replaces a block by its text: a one-line field becomes a paragraph, a rich field gives its own lines. */
function $unwrapBlock(block: StructuredBlockNode) {
  for (const field of block.getChildren()) {
    if ($isBlockFieldNode(field) && !field.isMultiline()) block.insertBefore($createParagraphNode().append(...field.getChildren()));
    else if ($isElementNode(field)) for (const child of field.getChildren()) block.insertBefore(child);
  }
  block.remove();
}

function $repairField(field: BlockFieldNode) {
  const parent = field.getParent();
  if (!$isStructuredBlockNode(parent)) {
    const paragraphs = field.isMultiline() ? field.getChildren() : [$createParagraphNode().append(...field.getChildren())];
    for (const paragraph of paragraphs) field.insertBefore(paragraph);
    field.remove();
    return;
  }
  const spec = parent.getFieldSpecs().find((candidate) => candidate.name === field.getField());
  if (!spec) return; // $repairBlock moves it out of the block
  if (spec.multiline !== field.isMultiline()) {
    // Stored with the wrong shape: the field is rebuilt and its content repaired on the next pass.
    field.replace($createBlockFieldNode(spec.name, spec.multiline).append(...field.getChildren()));
    return;
  }
  if (!spec.multiline) {
    // Lines (a paste of paragraphs, say) are joined into the one line, a space kept between them.
    for (const child of field.getChildren()) {
      if ($isElementNode(child) && !child.isInline()) {
        const before = child.getPreviousSibling()?.getTextContent() ?? '';
        const after = child.getNextSibling()?.getTextContent() ?? '';
        const text = child.getTextContent();
        if (before && !/\s$/.test(before) && text && !/^\s/.test(text)) child.insertBefore($createTextNode(' '));
        for (const inline of child.getChildren()) child.insertBefore(inline);
        if (after && !/^\s/.test(after) && text && !/\s$/.test(text)) child.insertBefore($createTextNode(' '));
        child.remove();
      }
    }
    return;
  }
  // A block pasted or dropped into a field moves out, after the block that holds the field; an item
  // of another kind is unwrapped where it is (by its own transform, or below for an items field).
  for (const nested of field.getChildren().filter($isStructuredBlockNode).reverse()) {
    if (!nested.isItem()) parent.insertAfter(nested);
  }
  if (spec.item) $repairItems(field, spec.item);
  else {
    for (const child of field.getChildren()) {
      // Lines of text, lists, tables and block-level embeds (an image) stay; inline content gets a paragraph.
      if (child.isInline()) child.replace($createParagraphNode().append(child));
    }
    if (spec.content === 'table' && !field.getChildren().some($isTableNode)) {
      field.append($createComparisonTable());
    }
    if (field.isEmpty()) field.append($createParagraphNode());
  }
}

/** An items field holds only items: a stray line becomes an item with its text; the field is never empty. */
function $repairItems(field: BlockFieldNode, type: ItemBlockType) {
  for (const child of field.getChildren()) {
    if ($isStructuredBlockNode(child) && child.getBlockType() !== type) $unwrapBlock(child);
  }
  for (const child of field.getChildren()) {
    if ($isStructuredBlockNode(child) && child.getBlockType() === type) continue;
    const text = child.getTextContent().trim();
    if (text) {
      const item = $createItem(type);
      item.getFirstChildOrThrow<BlockFieldNode>().append($createTextNode(text));
      child.replace(item);
    } else {
      child.remove();
    }
  }
  if (field.isEmpty()) field.append($createItem(type));
}

function $enclosingField(node: LexicalNode): BlockFieldNode | null {
  return $isBlockFieldNode(node) ? node : (node.getParents().find($isBlockFieldNode) ?? null);
}

/** Moves on from a field: to the next field, to a new item after this one, or out of the block. */
function $moveOn(field: BlockFieldNode, block: StructuredBlockNode) {
  const next = field.getNextSibling();
  const nextItem = block.isItem() ? block.getNextSibling() : null;
  if (next) next.selectStart();
  else if (nextItem) nextItem.selectStart(); // an annual cycle's next month, the next step
  else if (block.isItem()) $insertItemAfter(block);
  else $lineAfter(block).selectStart();
}

/** The empty line after a block, reused when there is one (the document's trailing line), else new. */
function $lineAfter(block: StructuredBlockNode): LexicalNode {
  const next = block.getNextSibling();
  if ($isParagraphNode(next) && next.isEmpty()) return next;
  return block.insertAfter($createParagraphNode());
}

function $insertItemAfter(item: StructuredBlockNode) {
  const type = item.getBlockType();
  if (!isItemBlockType(type)) return;
  item.insertAfter($createItem(type)).selectStart();
}

/** Leaves an empty item, as Enter on an empty list item leaves the list; an only item stays. */
function $leaveItem(item: StructuredBlockNode) {
  const field = item.getParent();
  const block = field?.getParent();
  if (!$isBlockFieldNode(field) || !$isStructuredBlockNode(block)) return;
  if (field.getChildrenSize() > 1) item.remove();
  $moveOn(field, block);
}

/**
 * Enter in a one-line field moves on to the next field (after an item's last field, to a new item);
 * on an empty last line of a rich field it moves on too, as Enter on an empty list item leaves a list.
 * Enter at the start of an empty item leaves the items.
 */
function $handleEnter(event: KeyboardEvent | null): boolean {
  if (isSlashMenuOpen($getEditor())) return false;
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const anchor = selection.anchor.getNode();
  const field = $enclosingField(anchor);
  if (!field) return false;
  const block = field.getParent();
  if (!$isStructuredBlockNode(block)) return false;
  if (!field.isMultiline()) {
    event?.preventDefault();
    if (block.isItem() && block.getFirstChild() === field && block.getTextContent().trim() === '') $leaveItem(block);
    else $moveOn(field, block);
    return true;
  }
  const line = anchor.getParents().find((node) => node.getParent() === field) ?? anchor;
  // Enter on the empty last line moves on, also when that line is all the field has: a title, Enter
  // and Enter again starts the next step, as people type. The field keeps its one line.
  const isLastEmptyLine = $isParagraphNode(line) && line.isEmpty() && line.getNextSibling() === null;
  if (isLastEmptyLine) {
    event?.preventDefault();
    if (field.getChildrenSize() > 1) line.remove();
    $moveOn(field, block);
    return true;
  }
  return false;
}

/**
 * Backspace or Delete in an empty block removes it, as in every block editor, instead of reaching into
 * the text before it. An empty item goes too, unless it is the only one of its list: then the block it
 * belongs to is the one asked about. The caret goes where the block stood: to the end of what came
 * before (Backspace) or the start of what follows (Delete).
 */
function $removeEmptyBlock(event: KeyboardEvent | null, backwards: boolean): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const field = $enclosingField(selection.anchor.getNode());
  let block = field?.getParent();
  while ($isStructuredBlockNode(block) && block.isItem() && block.getParent()?.getChildrenSize() === 1) block = block.getParent()?.getParent();
  if (!$isStructuredBlockNode(block) || block.getTextContent().trim() !== '') return false;
  event?.preventDefault();
  const previous = block.getPreviousSibling();
  const next = block.getNextSibling();
  const target = backwards ? (previous ?? next) : (next ?? previous);
  block.remove();
  if ($isElementNode(target)) {
    if (target === previous) target.selectEnd();
    else target.selectStart();
  } else if (target) target.selectNext();
  return true;
}

/**
 * Inserts a block at the cursor. Blocks live at the top level of the document only. On an empty line
 * (where a slash command was typed) the block takes the line's place; at the very start of a line it
 * goes before it, so no empty line is left behind; inside a paragraph it splits it; anywhere else (in
 * a block, a list, a table) it goes after the top-level element that holds the cursor.
 */
function $insertBlock(payload: InsertBlockPayload): boolean {
  const block = $createBlock(payload);
  const selection = $getSelection();
  const anchor = $isRangeSelection(selection) && selection.isCollapsed() ? selection.anchor : null;
  const line = anchor ? $topBlockOf(anchor.getNode()) : null;
  const atStart = anchor !== null && anchor.offset === 0 && (anchor.getNode() === line || ($isElementNode(line) && anchor.getNode() === line.getFirstDescendant()));
  const emptyLine = anchor ? $emptyLineAt(anchor.getNode()) : null;
  if (emptyLine && emptyLine === line) line.replace(block);
  else if ($isParagraphNode(line) && atStart) line.insertBefore(block);
  else if ($isParagraphNode(line)) $insertNodeToNearestRoot(block);
  else if (line) line.insertAfter(block);
  else $getRoot().append(block);
  block.selectStart();
  $clearTypingFormat();
  return true;
}

const fieldWordsByLanguage = new Map<string, { label: string; placeholder: string }>();

/**
 * A field's caption (empty where its block type has none) and placeholder in the interface's
 * language, looked up once per language: i18next's lookup for every field was a good part of the
 * time it took to open a long handbook.
 */
function fieldWords(type: string, field: string): { label: string; placeholder: string } {
  const key = `${i18next.language}:${type}:${field}`;
  let words = fieldWordsByLanguage.get(key);
  if (!words) {
    words = { label: i18next.t(`blocks.${type}.labels.${field}`, { defaultValue: '' }), placeholder: i18next.t(`blocks.${type}.fields.${field}`) };
    fieldWordsByLanguage.set(key, words);
  }
  return words;
}

/**
 * Marks each field for CSS: its kind (doc-field--rich, --items …), a caption (data-label) where the
 * block type has one, and, while a text field is empty, its description as a placeholder.
 */
function markFields(editor: LexicalEditor, keys: Iterable<string>) {
  editor.getEditorState().read(() => {
    for (const key of keys) {
      const node = $getNodeByKey(key);
      if (!$isBlockFieldNode(node)) continue;
      const element = editor.getElementByKey(key);
      const block = node.getParent();
      if (!element || !$isStructuredBlockNode(block)) continue;
      const type = block.getBlockType();
      const field = node.getField();
      const spec = block.getFieldSpecs().find((candidate) => candidate.name === field);
      if (!spec) continue;
      element.classList.add(`doc-field--${spec.content}`);
      if (type === 'role' && (field === 'role' || field === 'lead')) markRoleSentence(editor, block);
      const { label, placeholder } = fieldWords(type, field);
      if (label) element.dataset.label = label;
      if (spec.content === 'items' || spec.content === 'table') continue;
      element.dataset.placeholder = placeholder;
      element.classList.toggle('doc-field--empty', node.getTextContentSize() === 0);
    }
  });
}

/**
 * A role whose lead-in continues its name shows as one sentence, "Chefer ansvarar för att …", as the
 * exports print it (leadContinuesRole); so does a role whose lead-in is still empty, where its
 * placeholder follows the name. The two fields stay two fields.
 */
function markRoleSentence(editor: LexicalEditor, block: StructuredBlockNode) {
  const element = editor.getElementByKey(block.getKey());
  if (!element) return;
  const text = (name: string) => block.getChildren().find((child) => $isBlockFieldNode(child) && child.getField() === name)?.getTextContent() ?? '';
  const [role, lead] = [text('role'), text('lead')];
  element.classList.toggle('doc-block--sentence', role.trim() !== '' && (lead === '' || leadContinuesRole(role, lead)));
}

/**
 * The document never ends in a block, a table or an image: there would be no line after it to click
 * into or to type on. An empty paragraph follows it.
 */
function $keepTrailingLine() {
  const last = $lastBlock();
  if (last && ($isStructuredBlockNode(last) || $isTableNode(last) || $isDecoratorNode(last))) last.insertAfter($createParagraphNode());
}

/** Everything the plugin registers, as one function so that tests can run it on a headless editor. */
export function registerStructuredBlocks(editor: LexicalEditor): () => void {
  return mergeRegister(
        ...Object.values(BLOCK_NODE_CLASSES).map((klass) => editor.registerNodeTransform(klass, $repairBlock)),
        editor.registerNodeTransform(BlockFieldNode, $repairField),
        editor.registerNodeTransform(RootNode, $keepTrailingLine),
        editor.registerCommand(
          INSERT_BLOCK_COMMAND,
          (payload) => $insertBlock(payload),
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(KEY_ENTER_COMMAND, $handleEnter, COMMAND_PRIORITY_HIGH),
        editor.registerCommand(KEY_BACKSPACE_COMMAND, (event) => $removeEmptyBlock(event, true), COMMAND_PRIORITY_HIGH),
        editor.registerCommand(KEY_DELETE_COMMAND, (event) => $removeEmptyBlock(event, false), COMMAND_PRIORITY_HIGH),
  );
}

/** Placeholders need the DOM, so they are registered only in the editor on screen. */
function registerFieldPlaceholders(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerMutationListener(BlockFieldNode, (mutations) => markFields(editor, mutations.keys()), {
      skipInitialization: false,
    }),
    editor.registerUpdateListener(({ dirtyElements }) => markFields(editor, dirtyElements.keys())),
  );
}

export function StructuredBlocksPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const unregister = mergeRegister(registerStructuredBlocks(editor), registerFieldPlaceholders(editor));
    // Transforms do not run on the stored state the editor starts from; a document saved ending in a
    // block gets its trailing line now, outside the undo history.
    editor.update($keepTrailingLine, { tag: HISTORY_MERGE_TAG });
    return unregister;
  }, [editor]);
  return null;
}
