import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  HISTORIC_TAG,
  createCommand,
  type LexicalCommand,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { useEffect } from 'react';
import { writeDataNumber } from '../data-number';
import type { ImageDetails } from '../dialogs/ImageDialog';
import { $isBlockFieldNode } from '../nodes/BlockFieldNode';
import { $createFootnoteNode, FootnoteNode } from '../nodes/FootnoteNode';
import { $createImageNode, ImageNode } from '../nodes/ImageNode';
import { $createPageBreakNode, PageBreakNode } from '../nodes/PageBreakNode';
import { $createReferenceNode, ReferenceNode } from '../nodes/ReferenceNode';
import { UnknownNode } from '../nodes/UnknownNode';
import { $clearTypingFormat, $emptyLineAt, $topBlockOf } from '../tree';

export const INSERT_IMAGE_COMMAND: LexicalCommand<ImageDetails> = createCommand('INSERT_IMAGE_COMMAND');
export const INSERT_FOOTNOTE_COMMAND: LexicalCommand<string> = createCommand('INSERT_FOOTNOTE_COMMAND');
export const INSERT_PAGE_BREAK_COMMAND: LexicalCommand<void> = createCommand('INSERT_PAGE_BREAK_COMMAND');
export const INSERT_REFERENCE_COMMAND: LexicalCommand<void> = createCommand('INSERT_REFERENCE_COMMAND');

/**
 * Puts a block-level node (an image, a page break, a reference) at the cursor: on an empty line it takes
 * the line's place; in running text or a rich field it splits the line, as Lexical does; from a one-line field it goes after the whole block,
 * which has no room for it. The cursor lands on the line after, which is created when missing, or
 * inside the node (in a table's first cell).
 */
export function $insertBlockLevel(node: LexicalNode, cursor: 'after' | 'inside' = 'after'): boolean {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) {
    const anchor = selection.anchor.getNode();
    const field = $isBlockFieldNode(anchor) ? anchor : anchor.getParents().find($isBlockFieldNode);
    const top = $topBlockOf(anchor);
    const emptyLine = $emptyLineAt(anchor);
    if (field && !field.isMultiline() && top) top.insertAfter(node);
    else if (emptyLine) emptyLine.replace(node);
    else $insertNodeToNearestRoot(node);
  } else {
    // No caret (a selected image, or a selection lost while a dialog had the focus): the node goes after
    // what is selected, or at the end of the document, where the writer sees it, and never nowhere.
    const selected = selection?.getNodes()[0];
    const top = selected ? $topBlockOf(selected) : null;
    if (top) top.insertAfter(node);
    else $getRoot().append(node);
  }
  const next = node.getNextSibling() ?? node.insertAfter($createParagraphNode());
  const inside = cursor === 'inside' && $isElementNode(node) ? node.getFirstDescendant() : null;
  (inside ?? next).selectStart();
  $clearTypingFormat();
  return true;
}

function $insertFootnote(text: string): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  selection.insertNodes([$createFootnoteNode(text)]);
  return true;
}

/**
 * A block-level node never stands in a line. Pasted HTML puts one there: Lexical wraps whatever is not
 * an element block in a paragraph when it reads the blocks of a rich field, and a reference is copied
 * as a link in a paragraph of its own. The line is split around the node, and a part left empty goes.
 */
function $standAsBlock(node: LexicalNode) {
  const line = node.getParent();
  if (node.isInline() || !$isParagraphNode(line)) return;
  const rest = node.getNextSiblings();
  if (rest.length) line.insertAfter($createParagraphNode().setFormat(line.getFormatType()).append(...rest));
  line.insertAfter(node);
  if (line.isEmpty()) line.remove();
}

/** Writes each footnote's number, in document order, on its element, where CSS shows it. */
function numberFootnotes(editor: LexicalEditor, keys: ReadonlySet<NodeKey>) {
  if (keys.size === 0) return;
  editor.getEditorState().read(() => {
    const nodes = [...keys].map((key) => $getNodeByKey(key)).filter((node): node is FootnoteNode => node instanceof FootnoteNode);
    nodes.sort((a, b) => (a.isBefore(b) ? -1 : 1));
    nodes.forEach((node, index) => writeDataNumber(editor.getElementByKey(node.getKey()), String(index + 1)));
  });
}

export function registerEmbeds(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(INSERT_IMAGE_COMMAND, (image) => $insertBlockLevel($createImageNode(image)), COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(INSERT_PAGE_BREAK_COMMAND, () => $insertBlockLevel($createPageBreakNode()), COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(INSERT_REFERENCE_COMMAND, () => $insertBlockLevel($createReferenceNode()), COMMAND_PRIORITY_EDITOR),
    ...[ImageNode, PageBreakNode, ReferenceNode, UnknownNode].map((klass) => editor.registerNodeTransform(klass, $standAsBlock)),
  );
}

/** The insert command alone: what a headless editor (without the screen's numbering) can have. */
export const registerFootnoteInsert = (editor: LexicalEditor): (() => void) => editor.registerCommand(INSERT_FOOTNOTE_COMMAND, $insertFootnote, COMMAND_PRIORITY_EDITOR);

/**
 * Inserting footnotes and numbering them on screen: in the document's editor and in the memo's rich
 * fields alike (a field has footnotes but none of the other embeds).
 */
export function registerFootnotes(editor: LexicalEditor): () => void {
  const footnotes = new Set<NodeKey>();
  return mergeRegister(
    registerFootnoteInsert(editor),
    editor.registerMutationListener(
      FootnoteNode,
      (mutations) => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') footnotes.delete(key);
          else footnotes.add(key);
        }
      },
      { skipInitialization: false },
    ),
    // Numbers change only when footnotes come or go, or something is moved (an element changed its
    // children: it is marked intentionally dirty; the root always is, so it says nothing); plain
    // typing leaves them as they are.
    editor.registerUpdateListener(({ dirtyElements, mutatedNodes, tags }) => {
      const footnotesChanged = mutatedNodes?.has(FootnoteNode) ?? false;
      const moved = [...dirtyElements].some(([key, intentionally]) => intentionally && key !== 'root');
      if (footnotesChanged || moved || tags.has(HISTORIC_TAG)) numberFootnotes(editor, footnotes);
    }),
  );
}

/**
 * Inserts images, footnotes, page breaks and references, keeps the block-level ones out of lines, and
 * numbers the footnotes on screen.
 */
export function EmbedsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => mergeRegister(registerEmbeds(editor), registerFootnotes(editor)), [editor]);
  return null;
}

/** Footnotes in a rich field: inserted from its toolbar and numbered on screen. */
export function FootnotesPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerFootnotes(editor), [editor]);
  return null;
}
