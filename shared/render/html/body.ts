import type { SerializedNode } from '../../model/content';
import { childrenOf, textOf } from '../../model/tree';
import { WORDS } from '../document-words';
import type { BlockLayout, BlockPart, LineRole } from '../layout/blocks';
import { perContext, renderBody, renderInline, TEXT_FORMAT, type BodyRenderer, type InlineRenderer } from '../layout/body';
import type { HtmlContext } from './context';
import { escapeHtml } from './escape';

/**
 * The body of the print page: the HTML interpreter of the shared layout (layout/body.ts,
 * layout/blocks.ts). Its recursion (a table cell holds body nodes, a block's field holds a table)
 * stays inside this module.
 */

/** Each line role once as an element and class; a plain line has no class. */
const LINE_ELEMENTS: Record<LineRole, { tag: string; className?: string }> = {
  'block-title': { tag: 'p', className: 'block-title' },
  'step-title': { tag: 'p', className: 'step-title' },
  'goal-detail': { tag: 'p', className: 'goal-detail' },
  source: { tag: 'p', className: 'source' },
  lead: { tag: 'p', className: 'lead' },
  month: { tag: 'span', className: 'month' },
  plain: { tag: 'p' },
};

/** Lexical's text format bits and the element each one becomes, innermost first. */
const FORMATS: [bit: number, tag: string][] = [
  [TEXT_FORMAT.subscript, 'sub'],
  [TEXT_FORMAT.superscript, 'sup'],
  [TEXT_FORMAT.strikethrough, 's'],
  [TEXT_FORMAT.underline, 'u'],
  [TEXT_FORMAT.italic, 'em'],
  [TEXT_FORMAT.bold, 'strong'],
];


/** A node that stands as a block, as HTML; a top-level heading with its outline number. */
export function bodyHtml(node: SerializedNode, context: HtmlContext, headingNumber = ''): string {
  return renderBody(node, renderersOf(context).body, context, headingNumber);
}

/** A line of text as HTML: formatted text, line breaks, links and footnote marks. */
function inlineHtml(nodes: readonly SerializedNode[], context: HtmlContext): string {
  return renderInline(nodes, renderersOf(context).inline, context).join('');
}

const renderersOf = perContext((context: HtmlContext) => ({ body: bodyRenderer(context), inline: inlineRenderer(context) }));

const bodiesHtml = (nodes: readonly SerializedNode[], context: HtmlContext) => nodes.map((node) => bodyHtml(node, context)).join('');

function bodyRenderer(context: HtmlContext): BodyRenderer<string> {
  return {
    paragraph(node, boldLine) {
      const inner = inlineHtml(childrenOf(node), context);
      // An empty paragraph is a blank line the writer left; it keeps its height.
      if (!inner) return '<p class="empty"><br></p>';
      return boldLine ? `<p class="bold-line">${inner}</p>` : `<p>${inner}</p>`;
    },
    heading(node, level, number) {
      const entry = context.addHeading(level, number, textOf(node).trim());
      const prefix = number ? `<span class="heading-number">${number}</span> ` : '';
      const tag = `h${level + context.placement.headingOffset}`;
      return `<${tag} id="${entry.id}">${prefix}${inlineHtml(childrenOf(node), context)}</${tag}>`;
    },
    quote: (node) => `<blockquote><p>${inlineHtml(childrenOf(node), context)}</p></blockquote>`,
    list: (node) => list(node, context),
    table: (node) => table(node, context),
    image(image) {
      const captionHtml = image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : '';
      if (!image.picture) return image.caption ? `<p class="caption">${escapeHtml(image.caption)}</p>` : '';
      const { src, width, height } = image.picture;
      const img = `<img src="${escapeHtml(src)}" alt="${escapeHtml(image.alt)}" width="${width}" height="${height}">`;
      // Hidden from assistive technology, a decorative image becomes an artifact in the tagged PDF.
      return `<figure${image.decorative ? ' aria-hidden="true"' : ''}>${img}${captionHtml}</figure>`;
    },
    pageBreak: () => '<div class="page-break"></div>',
    reference({ title, details }) {
      const cited = title !== null ? ` <cite>${escapeHtml(title)}</cite>` : '';
      return `<p class="reference">${WORDS.reference}${cited}${details ? ` (${escapeHtml(details)})` : ''}</p>`;
    },
    block: (layout) => blockHtml(layout, context),
    fallback: (text) => (text ? `<p>${escapeHtml(text)}</p>` : ''),
  };
}

function inlineRenderer(context: HtmlContext): InlineRenderer<string> {
  return {
    text: (node, format) =>
      FORMATS.reduce((html, [bit, tag]) => ((format & bit) !== 0 ? `<${tag}>${html}</${tag}>` : html), escapeHtml(typeof node.text === 'string' ? node.text : '')),
    lineBreak: () => '<br>',
    tab: () => '<span class="tab">\t</span>',
    link: (url, content) => `<a href="${escapeHtml(url)}">${inlineHtml(content, context)}</a>`,
    footnote(text) {
      const number = context.addNote(escapeHtml(text));
      return `<a class="note-ref" id="${context.anchor(`note-ref-${number}`)}" href="#${context.anchor(`note-${number}`)}" aria-label="${WORDS.note(number)}"><sup>${number}</sup></a>`;
    },
  };
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
function table(node: SerializedNode, context: HtmlContext): string {
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

/** A block as a section, so that its parts stay together in the reading order of the tagged PDF. */
function blockHtml(layout: BlockLayout, context: HtmlContext): string {
  const inner = partsHtml(layout.parts, context);
  if (!layout.framed) return inner;
  // A block set apart is a note to a screen reader, as an aside is in print.
  if (layout.tone) return `<section class="block ${layout.type} ${layout.tone}" role="note">${inner}</section>`;
  return `<section class="block ${layout.type}">${inner}</section>`;
}

function partsHtml(parts: readonly BlockPart[], context: HtmlContext): string {
  return parts.map((part) => partHtml(part, context)).join('');
}

function partHtml(part: BlockPart, context: HtmlContext): string {
  switch (part.kind) {
    case 'line': {
      const { tag, className } = LINE_ELEMENTS[part.role];
      const prefix = part.prefix ? `<span class="prefix">${escapeHtml(part.prefix)}</span>` : '';
      return `<${tag}${className ? ` class="${className}"` : ''}>${prefix}${inlineHtml(part.content, context)}</${tag}>`;
    }
    case 'sentence':
      return `<p class="role-lead"><span class="role-name">${inlineHtml(part.subject, context)}</span> ${inlineHtml(part.rest, context)}</p>`;
    case 'label':
      return `<p class="field-label">${escapeHtml(part.text)}</p>`;
    case 'rich':
      return bodiesHtml(part.content, context);
    case 'items':
      return part.items.map((item) => `<div class="item">${partsHtml(item, context)}</div>`).join('');
    case 'table':
      return table(part.table, context);
    case 'two-columns': {
      const head = `<thead><tr>${part.header.map((text) => `<th scope="col">${escapeHtml(text)}</th>`).join('')}</tr></thead>`;
      const rows = part.rows.map(([left, right]) => `<tr><td>${partsHtml(left, context)}</td><td>${partsHtml(right, context)}</td></tr>`);
      return `<table class="two-columns">${head}<tbody>${rows.join('')}</tbody></table>`;
    }
  }
}
