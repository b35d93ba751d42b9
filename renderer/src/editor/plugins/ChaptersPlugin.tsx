import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { useEffect } from 'react';
import { chapterModeOfThisComputer, registerChapters } from '../chapters';
import { registerTypedCharacters } from '../typed-characters';

/** Edits a long document in chapters (see ../chapters.ts), typing into it through Lexical (../typed-characters.ts). */
export function ChaptersPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => mergeRegister(registerChapters(editor, chapterModeOfThisComputer()), registerTypedCharacters(editor)), [editor]);
  return null;
}
