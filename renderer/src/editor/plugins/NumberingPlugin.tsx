import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { blockNumbers } from '@shared/model/blocks';
import { headingLevelOfTag, headingNumbers, NUMBERED_HEADINGS_KEY } from '@shared/model/headings';
import {
  $getNodeByKey,
  $getRoot,
  $getState,
  $setState,
  COMMAND_PRIORITY_EDITOR,
  HISTORIC_TAG,
  createCommand,
  createState,
  $isRootNode,
  type EditorState,
  type LexicalCommand,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { useEffect } from 'react';
import { $isChapterNode } from '../nodes/ChapterNode';
import { $isTopLevelBlock, $topLevelBlocks } from '../chapters';
import { writeDataNumber } from '../data-number';
import { isWholeNewState } from '../tree';

/** The document's choice of outline numbering for headings, as node state on the root (see shared/model/headings). */
export const numberedHeadingsState = createState(NUMBERED_HEADINGS_KEY, { parse: (value) => value === true });

export const TOGGLE_HEADING_NUMBERING_COMMAND: LexicalCommand<void> = createCommand('TOGGLE_HEADING_NUMBERING_COMMAND');

/**
 * Writes principle numbers and heading numbers on their elements, where CSS shows them. (CSS counters
 * cannot do it: each top-level element is contained, to keep long documents fast, and containment
 * scopes counters.) Numbers depend only on the order and kind of top-level blocks, so they are written
 * again only when the root's or a chapter's own children changed, not on every keystroke.
 */
function writeNumbers(editor: LexicalEditor) {
  editor.getEditorState().read(() => {
    const root = $getRoot();
    const children = $topLevelBlocks();
    const numbered = $getState(root, numberedHeadingsState);
    editor.getRootElement()?.classList.toggle('editor__content--numbered', numbered);
    const blockNumbersAt = blockNumbers(children.map((child) => child.getType()));
    const headings = children.filter($isHeadingNode);
    const outline = headingNumbers(headings.map((heading) => headingLevelOfTag(heading.getTag())));
    children.forEach((child, index) => {
      const number = blockNumbersAt[index];
      if (number !== null && number !== undefined) writeDataNumber(editor.getElementByKey(child.getKey()), String(number));
    });
    headings.forEach((heading, index) => writeDataNumber(editor.getElementByKey(heading.getKey()), numbered ? outline[index]! : null));
  });
}

/**
 * What numbers depend on, for one node: for a top-level block or a chapter, its kind and place (its
 * neighbours and parent); for the root, whether headings are numbered; nothing for any other node.
 */
function $numberingShape(node: LexicalNode | null): string {
  if ($isRootNode(node)) return `numbered:${$getState(node, numberedHeadingsState)}`;
  if (!node || !($isChapterNode(node) || $isTopLevelBlock(node))) return '';
  const tag = $isHeadingNode(node) ? node.getTag() : '';
  return [node.getType(), tag, node.getParent()?.getKey(), node.getPreviousSibling()?.getKey(), node.getNextSibling()?.getKey()].join(':');
}

/**
 * Whether an update may have changed the order or kind of top-level blocks or a heading's level: some
 * node it touched has another shape after than before (one made or removed counts). Typing touches
 * text, its paragraph, the chapter and the root, and changes none of their shapes. (Lexical reports
 * the root intentionally dirty on every update, so dirtiness alone says nothing.)
 */
function numberingMayHaveChanged(before: EditorState, after: EditorState, dirty: Iterable<NodeKey>): boolean {
  const keys = [...dirty];
  const shapes = (state: EditorState) => state.read(() => keys.map((key) => $numberingShape($getNodeByKey(key))));
  const was = shapes(before);
  return shapes(after).some((shape, index) => shape !== was[index]);
}

export function NumberingPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    writeNumbers(editor);
    return mergeRegister(
      editor.registerCommand(
        TOGGLE_HEADING_NUMBERING_COMMAND,
        () => {
          const root = $getRoot();
          $setState(root, numberedHeadingsState, (current) => !current);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerUpdateListener((update) => {
        const { dirtyElements, prevEditorState, editorState, tags } = update;
        // Undo and redo put back a whole state, whose elements may be new; so does new content.
        if (isWholeNewState(update) || tags.has(HISTORIC_TAG) || numberingMayHaveChanged(prevEditorState, editorState, dirtyElements.keys())) writeNumbers(editor);
      }),
    );
  }, [editor]);
  return null;
}
