import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { chapterModeOfThisComputer, registerChapters } from '../chapters';

/** Edits a long document in chapters (see ../chapters.ts). */
export function ChaptersPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerChapters(editor, chapterModeOfThisComputer()), [editor]);
  return null;
}
