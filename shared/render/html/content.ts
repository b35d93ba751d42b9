import { isBlockType } from '../../model/blocks';
import type { SerializedNode } from '../../model/content';
import { childrenOf, headingLevel, isBoldLine, plainText, stringOf } from '../content-tree';
import { WORDS } from '../document-words';
import { decodeImage, fitToPage } from '../image-data';
import { structuredBlockHtml } from './blocks';
import type { HtmlContext } from './context';
import { escapeHtml } from './escape';
import { inlineHtml } from './inline';

function heading(node: SerializedNode, context: HtmlContext, number: string): string {
  const level = headingLevel(node);
  const entry = context.addHeading(level, number, plainText(node).trim());
  const prefix = number ? `<span class="heading-number">${number}</span> ` : '';
  const tag = `h${level + context.placement.headingOffset}`;
  return `<${tag} id="${entry.id}">${prefix}${inlineHtml(childrenOf(node), context)}</${tag}>`;
}

/** A list with its nested lists inside their items, as HTML has them. */
function list(node: SerializedNode, context: HtmlContext): string {
  const tag = node.listType === 'number' ? 'ol' : 'ul';
  const start = tag === 'ol' && typeof node.start === 'number' && node.start !== 1 ? ` start="${Math.trunc(node.start)}"` : '';
  const items = childrenOf(node).map((item) => {
    const nested = childrenOf(item).filter((child) => child.type === 'list');
    const own = childrenOf(item).filter((child) => child.type !== 'list');
    return `<li>${inlineHtml(own, context)}${nested.map((child) => list(child, context)).join('')}</li>`;
  });
  return `<${tag}${start}>${items.join('')}</${tag}>`;
}

/** A table; a first row of header cells becomes the table head, which repeats on every page the table runs over. */
export function table(node: SerializedNode, context: HtmlContext): string {
  const rows = childrenOf(node);
  const first = childrenOf(rows[0] ?? node);
  const hasHead = first.length > 0 && first.every((cell) => (Number(cell.headerState) & 1) === 1);
  const row = (cells: SerializedNode[], header: boolean) =>
    `<tr>${cells
      .map((cell) => {
        const span = [
          Number(cell.colSpan) > 1 ? ` colspan="${Math.trunc(Number(cell.colSpan))}"` : '',
          Number(cell.rowSpan) > 1 ? ` rowspan="${Math.trunc(Number(cell.rowSpan))}"` : '',
        ].join('');
        const body = childrenOf(cell)
          .map((child) => (header && child.type === 'paragraph' ? inlineHtml(childrenOf(child), context) : bodyHtml(child, context)))
          .join('');
        return header ? `<th scope="col"${span}>${body}</th>` : `<td${span}>${body}</td>`;
      })
      .join('')}</tr>`;
  const head = hasHead ? `<thead>${row(first, true)}</thead>` : '';
  const bodyRows = (hasHead ? rows.slice(1) : rows).map((each) => row(childrenOf(each), false));
  return `<table>${head}<tbody>${bodyRows.join('')}</tbody></table>`;
}

/** An image as a figure with its alt text and caption; a decorative image is marked so and skipped by screen readers. */
function image(node: SerializedNode, context: HtmlContext): string {
  const number = context.nextImageNumber();
  const decoded = decodeImage(stringOf(node, 'src'));
  const altText = stringOf(node, 'altText');
  const caption = stringOf(node, 'caption');
  const captionHtml = caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '';
  if (!decoded) {
    context.warn('unreadable-image', `${WORDS.figure} ${number}`);
    return caption ? `<p class="caption">${escapeHtml(caption)}</p>` : '';
  }
  const decorative = node.decorative === true;
  if (!altText && !decorative) context.warn('image-without-alt', `${WORDS.figure} ${number}`);
  const alt = decorative ? '' : altText || caption;
  // Pixels at 96 dpi, as in the Word export: shrunk to fit the page's text area.
  const { width, height } = fitToPage(decoded);
  const img = `<img src="${escapeHtml(stringOf(node, 'src'))}" alt="${escapeHtml(alt)}" width="${width}" height="${height}">`;
  // Hidden from assistive technology, a decorative image becomes an artifact in the tagged PDF.
  return `<figure${decorative ? ' aria-hidden="true"' : ''}>${img}${captionHtml}</figure>`;
}

function reference(node: SerializedNode, context: HtmlContext): string {
  const id = stringOf(node, 'documentId');
  const target = id ? context.resolveReference(id) : undefined;
  const details = target
    ? [target.metadata.registryNumber, target.status === 'upphavd' ? WORDS.referenceRepealed : null].filter(Boolean).join(', ')
    : WORDS.referenceMissing;
  const title = target ? ` <cite>${escapeHtml(target.title)}</cite>` : '';
  return `<p class="reference">${WORDS.reference}${title}${details ? ` (${escapeHtml(details)})` : ''}</p>`;
}

/** Every node that stands as a block (at the top level, in a block's rich field, in a table cell). */
export function bodyHtml(node: SerializedNode, context: HtmlContext, headingNumber = ''): string {
  switch (node.type) {
    case 'paragraph': {
      const inner = inlineHtml(childrenOf(node), context);
      // An empty paragraph is a blank line the writer left; it keeps its height.
      if (!inner) return '<p class="empty"><br></p>';
      return isBoldLine(node) ? `<p class="bold-line">${inner}</p>` : `<p>${inner}</p>`;
    }
    case 'heading':
      return heading(node, context, headingNumber);
    case 'quote':
      return `<blockquote><p>${inlineHtml(childrenOf(node), context)}</p></blockquote>`;
    case 'list':
      return list(node, context);
    case 'table':
      return table(node, context);
    case 'image':
      return image(node, context);
    case 'page-break':
      return '<div class="page-break"></div>';
    case 'reference':
      return reference(node, context);
    default: {
      if (isBlockType(node.type)) return structuredBlockHtml(node, context);
      // Nothing is dropped silently: what the page cannot show as it is comes out as its text, with a warning.
      context.warn('unknown-node', node.type);
      const text = plainText(node);
      return text ? `<p>${escapeHtml(text)}</p>` : '';
    }
  }
}
