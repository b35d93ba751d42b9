import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEditor } from 'lexical';

/**
 * The benchmark's reference: Lexical with its rich-text plugin and nothing of Handbok's, holding the
 * same text (structured blocks flattened into paragraphs by scripts/bench.mjs), read from the file the
 * address names (?content=…), or, without one, from the file the bench names later (openContent).
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

/** Puts the content of `file` into the editor, as the page's opening does and as the bench does in a page already open. */
async function openContent(file: string): Promise<void> {
  const json = await (await fetch(`./${file}`)).text();
  editor.setEditorState(editor.parseEditorState(json));
}

(window as { openContent?: typeof openContent }).openContent = openContent;
const file = new URLSearchParams(location.search).get('content');
if (file) void openContent(file);
