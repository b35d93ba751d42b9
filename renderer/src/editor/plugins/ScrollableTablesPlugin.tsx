import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { setScrollableTablesActive } from '@lexical/table';
import { useLayoutEffect } from 'react';

/**
 * Tables scroll sideways in a wrapper of their own (TablePlugin's hasHorizontalScroll). TablePlugin
 * turns that on in an effect, after the page has drawn the document, and then has Lexical draw the
 * whole document again so that the tables drawn get their wrapper: on every opening, about 150 ms of
 * a 300-page handbook. Turned on here, before the page (which comes after this plugin) draws
 * anything, the first drawing has the wrappers, and TablePlugin finds nothing to change.
 */
export function ScrollableTablesPlugin() {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(() => setScrollableTablesActive(editor, true), [editor]);
  return null;
}
