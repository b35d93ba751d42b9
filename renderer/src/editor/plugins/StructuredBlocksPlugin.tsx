import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import { BLOCK_SPECS, principleNumbers } from '@shared/model/blocks';
import i18next from 'i18next';
import {
  $createParagraphNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  KEY_ENTER_COMMAND,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { $createBlock, $createField, BLOCK_NODE_CLASSES, INSERT_BLOCK_COMMAND, type InsertBlockPayload } from '../blocks';
import { $isBlockFieldNode, BlockFieldNode } from '../nodes/BlockFieldNode';
import { $isStructuredBlockNode, type StructuredBlockNode } from '../nodes/StructuredBlockNode';

/**
 * Keeps structured blocks whole. Transforms repair whatever an edit, a paste or an undo left broken:
 * a block gets back its missing fields in their order, a field outside a block becomes ordinary text,
 * a one-line field sheds block content and a multi-line field wraps stray text in a paragraph.
 */
function $repairBlock(block: StructuredBlockNode) {
  const children = block.getChildren();
  if (children.length === 0) {
    block.remove();
    return;
  }
  const type = block.getBlockType();
  const fields = children.filter($isBlockFieldNode);
  // Anything that is not a field (pasted paragraphs, say) moves into the first multi-line field.
  const strays = children.filter((child) => !$isBlockFieldNode(child));
  const home = BLOCK_SPECS[type].find((spec) => spec.multiline);
  let previous: LexicalNode | null = null;
  for (const spec of BLOCK_SPECS[type]) {
    const matching = fields.filter((field) => field.getField() === spec.name);
    let field: BlockFieldNode | undefined = matching[0];
    for (const duplicate of matching.slice(1)) {
      field?.append(...duplicate.getChildren());
      duplicate.remove();
    }
    if (!field) field = $createField(type, spec.name);
    if (spec.name === home?.name) for (const stray of strays) field.append($isElementNode(stray) ? stray : $createParagraphNode().append(stray));
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

function $repairField(field: BlockFieldNode) {
  const parent = field.getParent();
  if (!$isStructuredBlockNode(parent)) {
    const paragraphs = field.isMultiline() ? field.getChildren() : [$createParagraphNode().append(...field.getChildren())];
    for (const paragraph of paragraphs) field.insertBefore(paragraph);
    field.remove();
    return;
  }
  if (field.isMultiline()) {
    // A block pasted or dropped into a field moves out, after the block that holds the field.
    for (const nested of field.getChildren().filter($isStructuredBlockNode).reverse()) parent.insertAfter(nested);
    for (const child of field.getChildren()) {
      if (!$isElementNode(child) || child.isInline()) child.replace($createParagraphNode().append(child));
    }
    if (field.isEmpty()) field.append($createParagraphNode());
  } else {
    for (const child of field.getChildren()) {
      if ($isElementNode(child) && !child.isInline()) {
        for (const inline of child.getChildren()) child.insertBefore(inline);
        child.remove();
      }
    }
  }
}

/**
 * Enter in a one-line field moves on to the next field; on an empty last line of a block it leaves
 * the block, as Enter on an empty list item leaves a list.
 */
function $handleEnter(event: KeyboardEvent | null): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const anchor = selection.anchor.getNode();
  const field: BlockFieldNode | null = $isBlockFieldNode(anchor) ? anchor : (anchor.getParents().find($isBlockFieldNode) ?? null);
  if (!field) return false;
  const block = field.getParent();
  if (!$isStructuredBlockNode(block)) return false;
  if (!field.isMultiline()) {
    event?.preventDefault();
    const next = field.getNextSibling();
    if (next) next.selectStart();
    else block.insertAfter($createParagraphNode()).selectStart();
    return true;
  }
  const line = anchor.getParents().find((node) => node.getParent() === field) ?? anchor;
  const isLastEmptyLine = $isParagraphNode(line) && line.isEmpty() && line.getNextSibling() === null && field.getChildrenSize() > 1;
  if (isLastEmptyLine && field.getNextSibling() === null) {
    event?.preventDefault();
    line.remove();
    block.insertAfter($createParagraphNode()).selectStart();
    return true;
  }
  return false;
}

/**
 * Inserts a block at the cursor. On an empty line (where a slash command was typed) the block takes
 * the line's place; at the very start of a line it goes before it, so no empty line is left behind.
 */
function $insertBlock(payload: InsertBlockPayload): boolean {
  const block = $createBlock(payload);
  const selection = $getSelection();
  const anchor = $isRangeSelection(selection) && selection.isCollapsed() ? selection.anchor : null;
  const line = anchor?.getNode().getTopLevelElement() ?? null;
  const atStart = anchor !== null && anchor.offset === 0 && [line, line?.getFirstDescendant()].includes(anchor.getNode());
  // "Empty" counts emptied text nodes too: Lexical only removes them when the update ends.
  const isEmptyLine =
    $isParagraphNode(line) && line.getTextContentSize() === 0 && line.getChildren().every((child) => $isTextNode(child));
  // Blocks never nest: inside a block (whose fields are shadow roots) the new one goes after it.
  const enclosing = anchor?.getNode().getParents().find($isStructuredBlockNode) ?? null;
  if (enclosing) enclosing.insertAfter(block);
  else if (isEmptyLine && line.getParent() === $getRoot()) line.replace(block);
  else if ($isParagraphNode(line) && atStart) line.insertBefore(block);
  else $insertNodeToNearestRoot(block);
  block.getFirstChild()?.selectStart();
  // A new block starts in plain text, whatever the line it was inserted from was formatted as.
  const inserted = $getSelection();
  if ($isRangeSelection(inserted)) {
    inserted.setFormat(0);
    inserted.setStyle('');
  }
  return true;
}

/** Shows each empty field's label as a placeholder (CSS reads data-placeholder). */
function markEmptyFields(editor: LexicalEditor, keys: Iterable<string>) {
  editor.getEditorState().read(() => {
    for (const key of keys) {
      const node = $getNodeByKey(key);
      if (!$isBlockFieldNode(node)) continue;
      const element = editor.getElementByKey(key);
      if (!element) continue;
      const block = node.getParent();
      const type = $isStructuredBlockNode(block) ? block.getBlockType() : 'principle';
      element.dataset.placeholder = i18next.t(`blocks.${type}.fields.${node.getField()}`);
      element.classList.toggle('doc-field--empty', node.getTextContentSize() === 0);
    }
  });
}

/** Everything the plugin registers, as one function so that tests can run it on a headless editor. */
export function registerStructuredBlocks(editor: LexicalEditor): () => void {
  return mergeRegister(
        ...Object.values(BLOCK_NODE_CLASSES).map((klass) => editor.registerNodeTransform(klass, $repairBlock)),
        editor.registerNodeTransform(BlockFieldNode, $repairField),
        editor.registerCommand(
          INSERT_BLOCK_COMMAND,
          (payload) => $insertBlock(payload),
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(KEY_ENTER_COMMAND, $handleEnter, COMMAND_PRIORITY_HIGH),
  );
}

/** Writes each principle's number on its element, where CSS shows it (see principleNumbers). */
function numberPrinciples(editor: LexicalEditor) {
  editor.getEditorState().read(() => {
    const children = $getRoot().getChildren();
    const numbers = principleNumbers(children.map((child) => child.getType()));
    children.forEach((child, index) => {
      const number = numbers[index];
      if (number === null || number === undefined) return;
      const element = editor.getElementByKey(child.getKey());
      if (element && element.dataset.number !== String(number)) element.dataset.number = String(number);
    });
  });
}

/** Placeholders and numbers need the DOM, so they are registered only in the editor on screen. */
function registerFieldPlaceholders(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerUpdateListener(() => numberPrinciples(editor)),
    editor.registerMutationListener(BlockFieldNode, (mutations) => markEmptyFields(editor, mutations.keys()), {
      skipInitialization: false,
    }),
    editor.registerUpdateListener(({ dirtyElements }) => markEmptyFields(editor, dirtyElements.keys())),
  );
}

export function StructuredBlocksPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => mergeRegister(registerStructuredBlocks(editor), registerFieldPlaceholders(editor)), [editor]);
  return null;
}
