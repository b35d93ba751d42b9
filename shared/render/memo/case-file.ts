import type { HandbokDocument } from '../../model/document';
import type { Memo } from '../../model/memo';
import { exportHouseStyle, type HouseStyle, type Organisation } from '../../model/organisation';
import { MEMO_HEADER } from '../../memo/words';
import { LAYOUT_ONLY_CSS, renderHtmlPart, standalonePage, type HtmlOptions, type HtmlResult } from '../html';
import { fontStack, printCss } from '../html/styles';
import { memoHtmlPart } from './html';

/**
 * The ärendepaket as one print page: the memo, then each bilaga whole (its first page, contents and
 * body) under "Bilaga N: title", on pages of its own name with its own header. Each bilaga's ids take
 * a prefix and its headings go one level down, so that the bookmarks read: the memo and its parts,
 * then each bilaga with its chapters. Page numbers, in the footers and in each bilaga's contents, run
 * through the whole file.
 */
export function renderCaseFileHtml(
  memo: HandbokDocument & { memo: Memo },
  attachments: readonly HandbokDocument[],
  organisation: Organisation | null,
  options: HtmlOptions = {},
): HtmlResult {
  const style = exportHouseStyle(organisation, options.houseStyle);
  const memoPart = memoHtmlPart(memo, organisation, options);
  const parts = attachments.map((document, index) =>
    renderHtmlPart(document, organisation, {
      ...options,
      attachment: { idPrefix: `b${index + 1}-`, label: `${MEMO_HEADER.attachment(index + 1)}: ${document.title}`, pageName: `bilaga-${index + 1}` },
    }),
  );
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
  return { html, headings: parts.flatMap((part) => part.headings), warnings: parts.flatMap((part) => part.warnings) };
}

/** Each bilaga on pages of its own, its headings (one level down) the sizes they have when it stands alone. */
const caseFileCss = (style: HouseStyle, embedded: boolean) => `
.attachment { break-before: page; }
.attachment-label { font-size: 10pt; font-weight: bold; color: #555; margin: 0 0 18pt; border-bottom: 0.5pt solid #999; padding-bottom: 4pt; }
.attachment h2 { font-size: 16pt; margin: 18pt 0 6pt; }
.attachment h3 { font-size: 13pt; margin: 12pt 0 6pt; }
.attachment h4 { font-family: ${fontStack(style.headingFont, { embedded })}; font-size: 11.5pt; margin: 10pt 0 6pt; color: #${style.headingColor}; line-height: 1.2; break-after: avoid; break-inside: avoid; }
`;
