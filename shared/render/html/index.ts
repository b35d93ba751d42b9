import { hasTableOfContents, type HandbokDocument } from '../../model/document';
import type { SerializedNode } from '../../model/content';
import { exportHouseStyle, type HouseStyle, type Organisation } from '../../model/organisation';
import { KIND_NAMES, WORDS } from '../document-words';
import type { ReferenceTarget, RenderWarning } from '../warnings';
import { blockNumbering, headingLevel, headingNumbering } from '../layout/body';
import { comparisonBody } from '../layout/changes';
import type { ChangesAgainst } from '../layout/revisions';
import { bodyHtml } from './body';
import { HtmlContext, type HeadingEntry } from './context';
import { escapeHtml } from './escape';
import { frontPageHtml } from './front-page';
import { pageMarginCss } from './page-margins';
import { comparisonCss, fontStack, printCss } from './styles';
import { tocHtml } from './toc';

export type { HeadingEntry };
export { PAGE_MARGIN_MM } from './styles';

export interface HtmlOptions {
  houseStyle?: Partial<HouseStyle>;
  /** Other documents of the library, for the titles and status of references. */
  resolveReference?: (id: string) => ReferenceTarget | undefined;
  /** The page of each heading (by its id), from a first printing; without it the contents show no numbers. */
  pageNumbers?: ReadonlyMap<string, number>;
  /**
   * For the printing that only finds where the headings land: everything else is laid out but not
   * drawn, which makes that printing several times faster and moves nothing.
   */
  layoutOnly?: boolean;
  /**
   * @font-face rules for the house style's bundled fonts, already built (embeddedFontCss in
   * shared/render/fonts): put first in the page's style sheet, and every font-family then names only
   * the bundled families. Without it the page names the Windows fonts (an HTML file for a browser).
   */
  fontCss?: string;
  /**
   * The jämförelseversion: the page marks every difference from this older version's content, inserted
   * text underlined and deleted text struck through, both in brackets, what was deleted where it
   * stood, and says on its first page what it is compared with and how to read it.
   */
  changesAgainst?: ChangesAgainst;
}

export interface HtmlResult {
  html: string;
  /** The headings the table of contents lists, in document order, with the ids it links to (none without contents). */
  headings: HeadingEntry[];
  /** What the page could not show as it is; the user is told after the export. */
  warnings: RenderWarning[];
}

/** `visibility` changes what is drawn, never where anything is. */
export const LAYOUT_ONLY_CSS = '\nbody * { visibility: hidden !important; } h1, h2, h3, h4 { visibility: visible !important; }\n';

/**
 * The footnotes of the chapter that just ended, printed at its end. No DPUB roles (doc-endnotes,
 * doc-noteref): Chromium tags elements with them as NonStruct, which breaks the PDF's list and
 * link structure.
 */
export function notesHtml(notes: [number, string][], context: HtmlContext): string {
  if (!notes.length) return '';
  const items = notes.map(([number, html]) => `<li id="${context.anchor(`note-${number}`)}" value="${number}">${html}</li>`).join('');
  return `<aside class="notes" aria-label="${WORDS.notes}"><ol>${items}</ol></aside>`;
}

/** One document's share of a page: its style rules, its body, its headings. */
export interface HtmlPart {
  css: string;
  body: string;
  headings: HeadingEntry[];
  warnings: RenderWarning[];
}

export interface PartOptions extends HtmlOptions {
  /** As a bilaga of a case file: its ids' prefix, its label above the first page, its named page. */
  attachment?: { idPrefix: string; label: string; pageName: string };
}

/**
 * How far a bilaga's headings move down so that its top level stands right below its label (an H1):
 * a handbook's chapters (H1) become H2, and so do a policy's sections, which start at H2. Moving both
 * by one left the policy's at H3 under an H1, a skipped level that PDF/UA forbids (7.4.2-1).
 */
function headingOffsetBelowLabel(nodes: readonly SerializedNode[]): number {
  const levels = nodes.filter((node) => node.type === 'heading').map(headingLevel);
  return levels.length ? 2 - Math.min(...levels) : 1;
}

/**
 * A governing document as the body and style rules of a print page: the same first page, house
 * style, block designs, header and footer as the Word export, then the table of contents and the
 * body. Alone it becomes a whole page (renderHtml); as a bilaga it is one part of a case file.
 */
export function renderHtmlPart(document: HandbokDocument, organisation: Organisation | null, options: PartOptions = {}): HtmlPart {
  const style = exportHouseStyle(organisation, options.houseStyle);
  const { attachment, changesAgainst: changes } = options;
  const comparison = changes ? comparisonBody(changes.content, document.content) : null;
  const nodes = comparison?.nodes ?? document.content.root.children;
  const resolve = options.resolveReference ?? (() => undefined);
  const context = new HtmlContext(document, organisation, style, resolve, comparison?.blockNumbers ?? blockNumbering(nodes), comparison?.formerBlockNumbers);
  if (attachment) context.placement = { idPrefix: attachment.idPrefix, headingOffset: headingOffsetBelowLabel(nodes) };

  const numberOf = comparison?.headingNumbers ?? headingNumbering(document.content);

  // Footnotes close each chapter (a chapter ends where the next level-1 heading begins) and the document.
  const body: string[] = [];
  for (const node of nodes) {
    if (node.type === 'heading' && headingLevel(node) === 1) body.push(notesHtml(context.takeNotes(), context));
    body.push(bodyHtml(node, context, numberOf.get(node)));
  }
  body.push(notesHtml(context.takeNotes(), context));

  const label = attachment ? `<h1 class="attachment-label">${escapeHtml(attachment.label)}</h1>` : '';
  // Without contents no page needs a heading's number, so no heading is listed for the page lookup.
  const contents = hasTableOfContents(document) ? context.headings : [];
  const content = `${label}${frontPageHtml(document, organisation, changes)}${tocHtml(contents, options.pageNumbers)}<main>${body.join('')}</main>`;
  const headingFont = fontStack(style.headingFont, { embedded: Boolean(options.fontCss) });
  return {
    css: changes
      ? `${pageMarginCss(document, organisation, headingFont, attachment?.pageName, WORDS.comparison.mark)}${comparisonCss(headingFont)}`
      : pageMarginCss(document, organisation, headingFont, attachment?.pageName),
    body: attachment ? `<section class="attachment ${attachment.pageName}">${content}</section>` : content,
    headings: contents,
    warnings: context.warnings,
  };
}

/**
 * A standalone print page: Swedish, titled, no scripts and no outside resources (images and fonts
 * are inline data). `fontCss`, the @font-face rules, comes first in the style sheet.
 */
export function standalonePage({
  title,
  description,
  author,
  css,
  body,
  fontCss = '',
}: {
  title: string;
  description: string;
  author: string;
  css: string;
  body: string;
  fontCss?: string;
}): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="sv-SE">',
    '<head>',
    '<meta charset="utf-8">',
    // No scripts, no outside resources: the page is printed in a window that allows neither.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="author" content="${escapeHtml(author)}">`,
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<style>${fontCss}${css}</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
  ].join('\n');
}

/**
 * A governing document as one standalone HTML page for print and PDF (see renderHtmlPart), in Swedish
 * (`lang="sv-SE"`, which the tagged PDF takes as its language) with the title as the page title. A
 * pure function: the same input gives the same page.
 */
export function renderHtml(document: HandbokDocument, organisation: Organisation | null, options: HtmlOptions = {}): HtmlResult {
  const style = exportHouseStyle(organisation, options.houseStyle);
  const part = renderHtmlPart(document, organisation, options);
  const html = standalonePage({
    title: document.title,
    description: [KIND_NAMES[document.kind], organisation?.name, document.metadata.registryNumber].filter(Boolean).join(', '),
    author: organisation?.name || 'Handbok',
    fontCss: options.fontCss,
    css: `${printCss(style, { embedded: Boolean(options.fontCss) })}${part.css}${options.layoutOnly ? LAYOUT_ONLY_CSS : ''}`,
    body: part.body,
  });
  return { html, headings: part.headings, warnings: part.warnings };
}
