import type { SerializedNode } from '../../model/content';
import { isSafeExternalUrl } from '../../url';
import { childrenOf, stringOf } from '../content-tree';
import { WORDS } from '../document-words';
import type { HtmlContext } from './context';
import { escapeHtml } from './escape';

/** Lexical's text format bits and the element each one becomes, innermost first. */
const FORMATS: [bit: number, tag: string][] = [
  [32, 'sub'],
  [64, 'sup'],
  [4, 's'],
  [8, 'u'],
  [2, 'em'],
  [1, 'strong'],
];

function textHtml(node: SerializedNode): string {
  const format = typeof node.format === 'number' ? node.format : 0;
  return FORMATS.reduce(
    (html, [bit, tag]) => ((format & bit) !== 0 ? `<${tag}>${html}</${tag}>` : html),
    escapeHtml(stringOf(node, 'text')),
  );
}

/** A line of text as HTML: formatted text, line breaks, links and footnote marks. */
export function inlineHtml(nodes: readonly SerializedNode[], context: HtmlContext): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
          return textHtml(node);
        case 'linebreak':
          return '<br>';
        case 'tab':
          return '<span class="tab">\t</span>';
        case 'link':
        case 'autolink': {
          const url = stringOf(node, 'url');
          const text = inlineHtml(childrenOf(node), context);
          // Only web and mail links become links; anything else (javascript:, file:) stays plain text.
          return isSafeExternalUrl(url) ? `<a href="${escapeHtml(url)}">${text}</a>` : text;
        }
        case 'footnote': {
          const number = context.addNote(escapeHtml(stringOf(node, 'text')));
          return `<a class="note-ref" id="${context.anchor(`note-ref-${number}`)}" href="#${context.anchor(`note-${number}`)}" aria-label="${WORDS.note(number)}"><sup>${number}</sup></a>`;
        }
        default:
          if (Array.isArray(node.children)) return inlineHtml(childrenOf(node), context);
          context.warn('unknown-node', node.type);
          return '';
      }
    })
    .join('');
}
