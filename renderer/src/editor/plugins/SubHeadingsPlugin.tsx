import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, HeadingNode, type HeadingTagType } from '@lexical/rich-text';
import { useEffect } from 'react';

/**
 * In a field whose own name is its heading (a memo part), every heading is a sub-heading of one
 * level: one pasted from Word as "Rubrik 1", or typed as "# ", becomes that level at once, so that the
 * field shows what the exports print.
 */
export function SubHeadingsPlugin({ tag }: { tag: HeadingTagType }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerNodeTransform(HeadingNode, (node) => {
        if (node.getTag() !== tag) node.replace($createHeadingNode(tag), true);
      }),
    [editor, tag],
  );
  return null;
}
