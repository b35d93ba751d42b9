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
  type LexicalCommand,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { $isChapterNode } from '../nodes/ChapterNode';
import { $topLevelBlocks } from '../chapters';
import { writeDataNumber } from '../data-number';

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
      editor.registerUpdateListener(({ dirtyElements, editorState, tags }) => {
        // An element is marked intentionally dirty (true) when its own children or state change; undo
        // and redo put back a whole state, whose elements may be new.
        const intentional = [...dirtyElements].filter(([, intentionally]) => intentionally).map(([key]) => key);
        const blocksMoved = intentional.includes('root') || editorState.read(() => intentional.some((key) => $isChapterNode($getNodeByKey(key))));
        if (blocksMoved || tags.has(HISTORIC_TAG)) writeNumbers(editor);
      }),
    );
  }, [editor]);
  return null;
}
