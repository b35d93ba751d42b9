import type { SerializedNode } from '../../model/content';
import { childrenOf } from '../../model/tree';
import { WORDS } from '../document-words';
import type { BlockLayout, BlockPart, LineRole } from '../layout/blocks';
import { perContext, renderBody, renderInline, TEXT_FORMAT, type BodyRenderer, type InlineRenderer } from '../layout/body';
import { afterText, revisionOf, type Revision } from '../layout/revisions';
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

/*
 * A comparison export's changes (layout/changes.ts) in the jämförelseversion: inserted text in <ins>,
 * deleted text in <del> (the print style sheet underlines the one and strikes the other through and
 * sets each in brackets, so that colour is never all that tells them apart). A line inserted or
 * deleted as a whole is one <ins> or <del>, and its element, as every element inserted or deleted as
 * a whole (a list, a row, a block), carries the class rev-ins or rev-del. Without revisions every
 * element is written exactly as it always was.
 */
const REVISION_TAGS: Record<Revision, string> = { inserted: 'ins', deleted: 'del' };
const REVISION_CLASSES: Record<Revision, string> = { inserted: 'rev-ins', deleted: 'rev-del' };

/** A class attribute of the given names, or nothing when there are none. */
function classes(...names: (string | false | undefined)[]): string {
  const present = names.filter(Boolean);
  return present.length ? ` class="${present.join(' ')}"` : '';
}

const revisionClass = (revision: Revision | undefined) => (revision ? REVISION_CLASSES[revision] : undefined);

const inRevision = (html: string, revision: Revision) => `<${REVISION_TAGS[revision]}>${html}</${REVISION_TAGS[revision]}>`;

/** Text inserted or deleted, in its <ins> or <del>, unless the whole line around it already is. */
function revised(html: string, revision: Revision | undefined, context: HtmlContext): string {
  return !revision || context.revisionScope === revision || !html ? html : inRevision(html, revision);
}

/** A line's content; a line inserted or deleted as a whole is one <ins> or <del>. */
function revisedLine(revision: Revision | undefined, context: HtmlContext, write: () => string): string {
  if (!revision || context.revisionScope === revision) return write();
  const outer = context.revisionScope;
  context.revisionScope = revision;
  let html: string;
  try {
    html = write();
  } finally {
    context.revisionScope = outer;
  }
  return html ? inRevision(html, revision) : html;
}

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
      const revision = revisionOf(node);
      const inner = revisedLine(revision, context, () => inlineHtml(childrenOf(node), context));
      // An empty paragraph is a blank line the writer left; it keeps its height.
      if (!inner) return '<p class="empty"><br></p>';
      return `<p${classes(boldLine && 'bold-line', revisionClass(revision))}>${inner}</p>`;
    },
    heading(node, level, number) {
      const revision = revisionOf(node);
      const prefix = number ? `<span class="heading-number">${number}</span> ` : '';
      const inner = revisedLine(revision, context, () => `${prefix}${inlineHtml(childrenOf(node), context)}`);
      // A heading the newer version no longer has is not one of its headings: struck through where it
      // stood, but in neither the contents, the bookmarks nor the heading structure.
      if (revision === 'deleted') return `<p class="deleted-heading deleted-heading-${level} rev-del">${inner}</p>`;
      const entry = context.addHeading(level, number, afterText(node).trim());
      const tag = `h${level + context.placement.headingOffset}`;
      return `<${tag} id="${entry.id}"${classes(revisionClass(revision))}>${inner}</${tag}>`;
    },
    quote: (node) => {
      const revision = revisionOf(node);
      return `<blockquote${classes(revisionClass(revision))}><p>${revisedLine(revision, context, () => inlineHtml(childrenOf(node), context))}</p></blockquote>`;
    },
    list: (node) => list(node, context),
    table: (node) => table(node, context),
    image(image, node) {
      const revision = revisionOf(node);
      const caption = revisedLine(revision, context, () => escapeHtml(image.caption));
      const captionHtml = image.caption ? `<figcaption>${caption}</figcaption>` : '';
      if (!image.picture) return image.caption ? `<p${classes('caption', revisionClass(revision))}>${caption}</p>` : '';
      const { src, width, height } = image.picture;
      const img = `<img src="${escapeHtml(src)}" alt="${escapeHtml(image.alt)}" width="${width}" height="${height}">`;
      // Hidden from assistive technology, a decorative image becomes an artifact in the tagged PDF.
      return `<figure${classes(revisionClass(revision))}${image.decorative ? ' aria-hidden="true"' : ''}>${img}${captionHtml}</figure>`;
    },
    // A page break the newer version no longer has breaks no page.
    pageBreak: (node) => (revisionOf(node) === 'deleted' ? '' : '<div class="page-break"></div>'),
    reference({ title, details }, node) {
      const revision = revisionOf(node);
      const cited = title !== null ? ` <cite>${escapeHtml(title)}</cite>` : '';
      return `<p${classes('reference', revisionClass(revision))}>${revisedLine(revision, context, () => `${WORDS.reference}${cited}${details ? ` (${escapeHtml(details)})` : ''}`)}</p>`;
    },
    block: (layout) => blockHtml(layout, context),
    fallback: (text, node) => {
      const revision = revisionOf(node);
      return text ? `<p${classes(revisionClass(revision))}>${revisedLine(revision, context, () => escapeHtml(text))}</p>` : '';
    },
  };
}

function inlineRenderer(context: HtmlContext): InlineRenderer<string> {
  return {
    text: (node, format) =>
      revised(
        FORMATS.reduce((html, [bit, tag]) => ((format & bit) !== 0 ? `<${tag}>${html}</${tag}>` : html), escapeHtml(typeof node.text === 'string' ? node.text : '')),
        revisionOf(node),
        context,
      ),
    lineBreak: (node) => revised('<br>', revisionOf(node), context),
    tab: (node) => revised('<span class="tab">\t</span>', revisionOf(node), context),
    link: (url, content) => `<a href="${escapeHtml(url)}">${inlineHtml(content, context)}</a>`,
    footnote(text, node) {
      const revision = revisionOf(node);
      // A footnote inserted or deleted is so in the notes too.
      const number = context.addNote(revision ? inRevision(escapeHtml(text), revision) : escapeHtml(text));
      const mark = `<a class="note-ref" id="${context.anchor(`note-ref-${number}`)}" href="#${context.anchor(`note-${number}`)}" aria-label="${WORDS.note(number)}"><sup>${number}</sup></a>`;
      return revised(mark, revision, context);
    },
  };
}

/**
 * A list with its nested lists inside their items, as HTML has them. In a comparison, a numbered list
 * with items inserted or deleted numbers each item as its own version does.
 */
function list(node: SerializedNode, context: HtmlContext): string {
  const tag = node.listType === 'number' ? 'ol' : 'ul';
  const first = typeof node.start === 'number' ? Math.trunc(node.start) : 1;
  const start = tag === 'ol' && typeof node.start === 'number' && node.start !== 1 ? ` start="${Math.trunc(node.start)}"` : '';
  const numbered = tag === 'ol' && childrenOf(node).some((item) => revisionOf(item) !== undefined);
  let newer = first;
  let older = first;
  const items = childrenOf(node).map((item) => {
    const revision = revisionOf(item);
    const nested = childrenOf(item).filter((child) => child.type === 'list');
    const own = childrenOf(item).filter((child) => child.type !== 'list');
    let value = '';
    if (numbered) {
      value = ` value="${revision === 'deleted' ? older : newer}"`;
      if (revision !== 'deleted') newer += 1;
      if (revision !== 'inserted') older += 1;
    }
    const line = revisedLine(revision, context, () => inlineHtml(own, context));
    return `<li${classes(revisionClass(revision))}${value}>${line}${nested.map((child) => list(child, context)).join('')}</li>`;
  });
  return `<${tag}${start}${classes(revisionClass(revisionOf(node)))}>${items.join('')}</${tag}>`;
}

/** A table; a first row of header cells becomes the table head, which repeats on every page the table runs over. */
function table(node: SerializedNode, context: HtmlContext): string {
  const rows = childrenOf(node);
  const first = childrenOf(rows[0] ?? node);
  const hasHead = first.length > 0 && first.every((cell) => (Number(cell.headerState) & 1) === 1);
  const row = (cells: SerializedNode[], header: boolean, revision: Revision | undefined) =>
    `<tr${classes(revisionClass(revision))}>${cells
      .map((cell) => {
        const span = [
          Number(cell.colSpan) > 1 ? ` colspan="${Math.trunc(Number(cell.colSpan))}"` : '',
          Number(cell.rowSpan) > 1 ? ` rowspan="${Math.trunc(Number(cell.rowSpan))}"` : '',
        ].join('');
        const body = childrenOf(cell)
          .map((child) => (header && child.type === 'paragraph' ? revisedLine(revisionOf(child), context, () => inlineHtml(childrenOf(child), context)) : bodyHtml(child, context)))
          .join('');
        return header ? `<th scope="col"${span}>${body}</th>` : `<td${span}>${body}</td>`;
      })
      .join('')}</tr>`;
  const head = hasHead ? `<thead>${row(first, true, revisionOf(rows[0]!))}</thead>` : '';
  const bodyRows = (hasHead ? rows.slice(1) : rows).map((each) => row(childrenOf(each), false, revisionOf(each)));
  return `<table${classes(revisionClass(revisionOf(node)))}>${head}<tbody>${bodyRows.join('')}</tbody></table>`;
}

/** A block as a section, so that its parts stay together in the reading order of the tagged PDF. */
function blockHtml(layout: BlockLayout, context: HtmlContext): string {
  const inner = partsHtml(layout.parts, context);
  if (!layout.framed) return inner;
  const revision = layout.revision ? ` ${REVISION_CLASSES[layout.revision]}` : '';
  // A block set apart is a note to a screen reader, as an aside is in print.
  if (layout.tone) return `<section class="block ${layout.type} ${layout.tone}${revision}" role="note">${inner}</section>`;
  return `<section class="block ${layout.type}${revision}">${inner}</section>`;
}

function partsHtml(parts: readonly BlockPart[], context: HtmlContext): string {
  return parts.map((part) => partHtml(part, context)).join('');
}

function partHtml(part: BlockPart, context: HtmlContext): string {
  switch (part.kind) {
    case 'line': {
      const { tag, className } = LINE_ELEMENTS[part.role];
      // A number that changed: the older one deleted, the newer inserted.
      const number = part.prefix && part.formerPrefix ? `<del>${escapeHtml(part.formerPrefix)}</del><ins>${escapeHtml(part.prefix)}</ins>` : escapeHtml(part.prefix ?? '');
      const prefix = part.prefix ? `<span class="prefix">${number}</span>` : '';
      const inner = revisedLine(part.revision, context, () => `${prefix}${inlineHtml(part.content, context)}`);
      return `<${tag}${classes(className, revisionClass(part.revision))}>${inner}</${tag}>`;
    }
    case 'sentence': {
      const inner = revisedLine(part.revision, context, () => `<span class="role-name">${inlineHtml(part.subject, context)}</span> ${inlineHtml(part.rest, context)}`);
      return `<p${classes('role-lead', revisionClass(part.revision))}>${inner}</p>`;
    }
    case 'label':
      return `<p${classes('field-label', revisionClass(part.revision))}>${revisedLine(part.revision, context, () => escapeHtml(part.text))}</p>`;
    case 'rich':
      return bodiesHtml(part.content, context);
    case 'items':
      return part.items.map((item) => `<div class="item">${partsHtml(item, context)}</div>`).join('');
    case 'table':
      return table(part.table, context);
    case 'two-columns': {
      const header = part.header.map((text) => `<th scope="col">${revisedLine(part.revision, context, () => escapeHtml(text))}</th>`);
      const head = `<thead><tr${classes(revisionClass(part.revision))}>${header.join('')}</tr></thead>`;
      const rows = part.rows.map(([left, right, revision]) => `<tr${classes(revisionClass(revision))}><td>${partsHtml(left, context)}</td><td>${partsHtml(right, context)}</td></tr>`);
      return `<table class="two-columns">${head}<tbody>${rows.join('')}</tbody></table>`;
    }
  }
}
