import type { HandbokDocument } from '../../model/document';
import { hasMemo, type Memo } from '../../model/memo';
import { exportHouseStyle, type HouseStyle, type Organisation } from '../../model/organisation';
import { MEMO_HEADER } from '../../memo/words';
import { LAYOUT_ONLY_CSS, renderHtmlPart, standalonePage, type HtmlOptions, type HtmlPart, type HtmlResult } from '../html';
import { escapeHtml } from '../html/escape';
import { PAGE_MARGIN_MM } from '../html/styles';
import { placeholderImage, type PageSize } from '../pdf/foreign-pages';
import { fontStack, printCss } from '../html/styles';
import { memoHtmlPart } from './html';

/**
 * A bilaga as the case file shows it, resolved from the memo's list (case-file-bilagor.ts): a
 * document set whole (a library document, or a Word file read into one), the pages of a PDF file
 * (placeholders that the foreign pages replace after printing, see pdf/foreign-pages.ts), or only a
 * name, with a link to the file where the page can carry it (the HTML of the browser build).
 */
export type CaseFileBilaga =
  | { kind: 'document'; number: number; document: HandbokDocument }
  | { kind: 'pages'; number: number; name: string; pages: readonly PageSize[] }
  | { kind: 'named'; number: number; name: string; link?: { href: string; fileName: string } };

/** The printable area below the first page's label, in mm: A4 less the margins and the label's height. */
const PAGE_AREA_MM = { width: 210 - 2 * PAGE_MARGIN_MM, height: 297 - 2 * PAGE_MARGIN_MM - 16 };
const MM_PER_PT = 25.4 / 72;

/**
 * The ärendepaket as one print page: the memo, then each bilaga under "Bilaga N: title": a document
 * whole (its first page, contents and body) on pages of its own name with its own header; a PDF
 * file's pages, each on a page of the case file; a file that cannot be shown, named. Each document's
 * ids take a prefix and its headings go one level down, so that the bookmarks read: the memo and its
 * parts, then each bilaga with its chapters. Page numbers, in the footers and in each bilaga's
 * contents, run through the whole file. A text bilaga is only listed in the memo.
 */
export function renderCaseFileHtml(
  memo: HandbokDocument & { memo: Memo },
  bilagor: readonly CaseFileBilaga[],
  organisation: Organisation | null,
  options: HtmlOptions = {},
): HtmlResult {
  const style = exportHouseStyle(organisation, options.houseStyle);
  const memoPart = memoHtmlPart(memo, organisation, options);
  let placeholders = 0;
  const parts = bilagor.map((bilaga): HtmlPart => {
    const label = `${MEMO_HEADER.attachment(bilaga.number)}: ${bilaga.kind === 'document' ? bilaga.document.title : bilaga.name}`;
    if (bilaga.kind === 'document') {
      const attachment = { idPrefix: `b${bilaga.number}-`, label, pageName: `bilaga-${bilaga.number}` };
      // A memo as bilaga in its own layout; its style rules are the case file's memo's already.
      if (hasMemo(bilaga.document)) return { css: '', body: attachmentSection(label, memoHtmlPart(bilaga.document, organisation, options).body), headings: [], warnings: [] };
      return renderHtmlPart(bilaga.document, organisation, { ...options, attachment });
    }
    if (bilaga.kind === 'named') {
      const link = bilaga.link ? `<p><a href="${escapeHtml(bilaga.link.href)}" download="${escapeHtml(bilaga.link.fileName)}">${escapeHtml(bilaga.link.fileName)}</a></p>` : '';
      return { css: '', body: attachmentSection(label, link), headings: [], warnings: [] };
    }
    const images = bilaga.pages.map((page, index) => {
      const scale = Math.min(PAGE_AREA_MM.width / (page.width * MM_PER_PT), PAGE_AREA_MM.height / (page.height * MM_PER_PT));
      const [width, height] = [page.width * MM_PER_PT * scale, page.height * MM_PER_PT * scale].map((mm) => mm.toFixed(2));
      const alt = `${label}, sida ${index + 1} av ${bilaga.pages.length}`;
      placeholders += 1;
      return `<img class="foreign-page" src="${placeholderImage(placeholders)}" alt="${escapeHtml(alt)}" style="width: ${width}mm; height: ${height}mm">`;
    });
    return { css: '', body: attachmentSection(label, images.join('')), headings: [], warnings: [] };
  });
  const embedded = Boolean(options.fontCss);
  const css = [printCss(style, { embedded }), memoPart.css, caseFileCss(style, embedded), ...parts.map((part) => part.css), options.layoutOnly ? LAYOUT_ONLY_CSS : ''].join('');
  const html = standalonePage({
    title: memo.title,
    description: `Ärendepaket: ${memo.title}`,
    author: organisation?.name || 'Handbok',
    fontCss: options.fontCss,
    css,
    body: [memoPart.body, ...parts.map((part) => part.body)].join(''),
  });
  return { html, headings: parts.flatMap((part) => part.headings), warnings: [memoPart, ...parts].flatMap((part) => part.warnings) };
}

/** The foreign pages of a case file's PDF bilagor in the order of their placeholders (see renderCaseFileHtml). */
export function placeholderPages<T>(bilagor: readonly CaseFileBilaga[], pagesOf: (bilaga: Extract<CaseFileBilaga, { kind: 'pages' }>) => T[]): T[] {
  return bilagor.flatMap((bilaga) => (bilaga.kind === 'pages' ? pagesOf(bilaga) : []));
}

const attachmentSection = (label: string, body: string) => `<section class="attachment"><h1 class="attachment-label">${escapeHtml(label)}</h1>${body}</section>`;

/** Each bilaga on pages of its own, its headings (one level down) the sizes they have when it stands alone. */
const caseFileCss = (style: HouseStyle, embedded: boolean) => `
.attachment { break-before: page; }
.foreign-page { display: block; margin: 0 auto; break-before: page; }
.attachment-label + .foreign-page { break-before: auto; }
.attachment-label { font-size: 10pt; font-weight: bold; color: #555; margin: 0 0 18pt; border-bottom: 0.5pt solid #999; padding-bottom: 4pt; }
.attachment h2 { font-size: 16pt; margin: 18pt 0 6pt; }
.attachment h3 { font-size: 13pt; margin: 12pt 0 6pt; }
.attachment h4 { font-family: ${fontStack(style.headingFont, { embedded })}; font-size: 11.5pt; margin: 10pt 0 6pt; color: #${style.headingColor}; line-height: 1.2; break-after: avoid; break-inside: avoid; }
`;
