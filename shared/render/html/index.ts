import { headingLevel, principleNumbering } from '../content-tree';
import type { HandbokDocument } from '../../model/document';
import { hasNumberedHeadings, headingNumbers } from '../../model/headings';
import { DEFAULT_HOUSE_STYLE, type HouseStyle, type Organisation } from '../../model/organisation';
import { KIND_NAMES, WORDS } from '../document-words';
import type { ReferenceTarget, RenderWarning } from '../warnings';
import { bodyHtml } from './content';
import { HtmlContext, type HeadingEntry } from './context';
import { escapeHtml } from './escape';
import { frontPageHtml } from './front-page';
import { pageMarginCss } from './page-margins';
import { fontStack, printCss } from './styles';
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
}

export interface HtmlResult {
  html: string;
  /** The headings in document order, with the ids the table of contents links to. */
  headings: HeadingEntry[];
  /** What the page could not show as it is; the user is told after the export. */
  warnings: RenderWarning[];
}

/** `visibility` changes what is drawn, never where anything is. */
const LAYOUT_ONLY_CSS = '\nbody * { visibility: hidden !important; } h1, h2, h3 { visibility: visible !important; }\n';

/** The footnotes of the chapter that just ended, printed at its end. */
function notesHtml(notes: [number, string][]): string {
  if (!notes.length) return '';
  const items = notes.map(([number, html]) => `<li id="note-${number}" value="${number}">${html}</li>`).join('');
  return `<aside class="notes" role="doc-endnotes" aria-label="${WORDS.notes}"><ol>${items}</ol></aside>`;
}

/**
 * A governing document as one standalone HTML page for print and PDF: the same first page, house style,
 * block designs, header and footer as the Word export, then the table of contents and the body, in Swedish
 * (`lang="sv-SE"`, which the tagged PDF takes as its language) with the title as the page title. A
 * pure function: no scripts, no outside resources (images are inline data), the same input gives the
 * same page.
 */
export function renderHtml(document: HandbokDocument, organisation: Organisation | null, options: HtmlOptions = {}): HtmlResult {
  const style = { ...DEFAULT_HOUSE_STYLE, ...organisation?.houseStyle, ...options.houseStyle };
  const nodes = document.content.root.children;
  const context = new HtmlContext(document, organisation, style, options.resolveReference ?? (() => undefined), principleNumbering(nodes));

  const topHeadings = nodes.filter((node) => node.type === 'heading');
  const numbers = hasNumberedHeadings(document.content) ? headingNumbers(topHeadings.map(headingLevel)) : [];
  const numberOf = new Map(topHeadings.map((node, index) => [node, numbers[index] ?? '']));

  // Footnotes close each chapter (a chapter ends where the next level-1 heading begins) and the document.
  const body: string[] = [];
  for (const node of nodes) {
    if (node.type === 'heading' && headingLevel(node) === 1) body.push(notesHtml(context.takeNotes()));
    body.push(bodyHtml(node, context, numberOf.get(node)));
  }
  body.push(notesHtml(context.takeNotes()));

  const description = [KIND_NAMES[document.kind], organisation?.name, document.metadata.registryNumber].filter(Boolean).join(', ');
  const html = [
    '<!DOCTYPE html>',
    '<html lang="sv-SE">',
    '<head>',
    '<meta charset="utf-8">',
    // No scripts, no outside resources: the page is shown in a frame that allows neither.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(document.title)}</title>`,
    `<meta name="author" content="${escapeHtml(organisation?.name || 'Handbok')}">`,
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<style>${printCss(style)}${pageMarginCss(document, organisation, fontStack(style.headingFont))}${options.layoutOnly ? LAYOUT_ONLY_CSS : ''}</style>`,
    '</head>',
    '<body>',
    frontPageHtml(document, organisation),
    tocHtml(context.headings, options.pageNumbers),
    `<main>${body.join('')}</main>`,
    '</body>',
    '</html>',
  ].join('\n');
  return { html, headings: context.headings, warnings: context.warnings };
}
