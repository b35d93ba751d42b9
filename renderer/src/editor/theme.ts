import type { EditorThemeClasses } from 'lexical';

/** Class names for the editor's nodes, styled in app/styles.css to look like the printed document. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'doc-p',
  quote: 'doc-quote',
  heading: { h1: 'doc-h1', h2: 'doc-h2', h3: 'doc-h3' },
  list: {
    ul: 'doc-ul',
    ol: 'doc-ol',
    listitem: 'doc-li',
    nested: { listitem: 'doc-li--nested' },
  },
  link: 'doc-link',
  table: 'doc-table',
  // A table wider than the page (columns set wide in Word) scrolls within the editor, not over the side panel.
  tableScrollableWrapper: 'doc-table-scroll',
  tableRow: 'doc-tr',
  tableCell: 'doc-td',
  tableCellHeader: 'doc-th',
  tableSelection: 'doc-table--selecting',
  tableCellSelected: 'doc-td--selected',
  text: { bold: 'doc-bold', italic: 'doc-italic', underline: 'doc-underline' },
};
