import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEditor } from 'lexical';

/**
 * The benchmark's reference: Lexical with its rich-text plugin and nothing of Handbok's, holding the
 * same text (structured blocks flattened into paragraphs by scripts/bench.mjs), read from the file the
 * address names (?content=…).
 */
const editor = createEditor({
  namespace: 'bare',
  nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode],
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(document.getElementById('editor'));
registerRichText(editor);

const file = new URLSearchParams(location.search).get('content') ?? 'content.json';
void fetch(`./${file}`)
  .then((response) => response.text())
  .then((json) => editor.setEditorState(editor.parseEditorState(json)));
