import { memoLayout, type MemoLayoutPart } from '../../memo/layout';
import type { HandbokDocument } from '../../model/document';
import type { Memo } from '../../model/memo';
import { exportHouseStyle, type HouseStyle, type Organisation } from '../../model/organisation';
import { WORDS } from '../document-words';
import { notesHtml, standalonePage, type HtmlPart, type HtmlResult } from '../html';
import { bodyHtml } from '../html/body';
import { HtmlContext } from '../html/context';
import { escapeHtml } from '../html/escape';
import { cssString } from '../html/page-margins';
import { fontStack, printCss } from '../html/styles';
import type { ReferenceTarget } from '../warnings';

const MEMO_CSS = `
.memo-top { display: flex; justify-content: space-between; gap: 12pt; margin-bottom: 24pt; }
.memo-top .organisation { margin: 0; font-weight: bold; color: #111; }
.memo-top .unit { margin: 0; }
.memo-kind { font-weight: bold; letter-spacing: 0.06em; margin: 0 0 4pt; }
.memo-facts { border-collapse: collapse; width: auto; margin: 0; font-size: 9pt; }
.memo-facts th, .memo-facts td { border: 0; padding: 0 6pt 1pt 0; }
.memo-facts th { text-align: left; vertical-align: top; }
.memo-title { font-size: 18pt; margin: 0 0 12pt; }
.memo-remiss p { margin: 0 0 2pt; font-weight: bold; }
.proposal { padding-left: 1.6em; }
.proposal li { margin-bottom: 4pt; }
.signatures { display: flex; flex-wrap: wrap; gap: 12pt 36pt; margin-top: 30pt; break-inside: avoid; }
.signature { min-width: 40%; padding-top: 30pt; }
.signature p { margin: 0; }
.signature .title { font-style: italic; }
`;

type MemoOptions = {
  houseStyle?: Partial<HouseStyle>;
  resolveReference?: (id: string) => ReferenceTarget | undefined;
  /** The bundled fonts' @font-face rules (see HtmlOptions.fontCss). */
  fontCss?: string;
};

/**
 * A tjänsteskrivelse as the body and style rules of a print page, in the memo's formal layout: the
 * organisation and the header facts at the top, the title, the parts as headings (they become the
 * PDF's bookmarks), the numbered decision points, the signatures and the attachments; the registry
 * number and "Sida X av Y" at the foot of every page. It has no table of contents.
 */
export function memoHtmlPart(document: HandbokDocument & { memo: Memo }, organisation: Organisation | null, options: MemoOptions = {}): HtmlPart {
  const style = exportHouseStyle(organisation, options.houseStyle);
  const resolve = options.resolveReference ?? (() => undefined);
  const layout = memoLayout(document, organisation, resolve);
  // The parts' rich text is drawn as the handbook's body is: the same lists, runs, links and footnotes.
  const context = new HtmlContext(document, organisation, style, resolve, new Map());
  context.placement = { idPrefix: 'memo-', headingOffset: 0 };
  const [before, , between] = WORDS.page('', '');
  const font = fontStack(style.headingFont, { embedded: Boolean(options.fontCss) });
  const footer = `@page { @bottom-left { content: ${cssString(layout.registryNumber)}; font-family: ${font}; font-size: 8pt; color: #555; }
  @bottom-right { content: ${cssString(before)} counter(page) ${cssString(between)} counter(pages); font-family: ${font}; font-size: 8pt; color: #555; } }`;
  const body = [
    `<header class="memo-top"><div><p class="organisation">${text(layout.organisation)}</p><p class="unit">${text(layout.unit)}</p></div>`,
    `<div><p class="memo-kind">${text(layout.kindWord)}</p><table class="memo-facts"><tbody>${layout.header
      .map(([label, value]) => `<tr><th scope="row">${text(label)}</th><td>${value.split('\n').map(text).join('<br>')}</td></tr>`)
      .join('')}</tbody></table></div></header>`,
    `<h1 class="memo-title">${text(layout.title)}</h1>`,
    ...layout.parts.map((part) => partHtml(part, context)),
  ];
  return { css: `${MEMO_CSS}${footer}`, body: `<main class="memo">${body.join('')}</main>`, headings: [], warnings: context.warnings };
}

const text = (value: string) => escapeHtml(value);
const paragraphs = (lines: string[]) => lines.map((line) => `<p>${text(line)}</p>`).join('');

/** One part of the memo below its title; a text part's footnotes are printed at its end. */
function partHtml(part: MemoLayoutPart, context: HtmlContext): string {
  switch (part.part) {
    case 'section':
      return `<h2>${text(part.heading)}</h2>${part.content.map((node) => bodyHtml(node, context)).join('')}${notesHtml(context.takeNotes(), context)}`;
    case 'remiss':
      return `<div class="memo-remiss">${paragraphs(part.lines)}</div>`;
    case 'proposal':
      return `<h2>${text(part.heading)}</h2>${part.groups
        .map((group) => `${group.heading ? `<h3>${text(group.heading)}</h3>` : ''}${part.numbered ? `<ol class="proposal">${group.points.map((point) => `<li>${text(point)}</li>`).join('')}</ol>` : paragraphs(group.points)}`)
        .join('')}`;
    case 'sendTo':
      return `<h2>${text(part.heading)}</h2>${paragraphs(part.recipients)}`;
    case 'signatures':
      return `<div class="signatures">${part.signatures.map((signatory) => `<div class="signature"><p>${text(signatory.name)}</p><p class="title">${text(signatory.title)}</p></div>`).join('')}</div>`;
    case 'attachments':
      return `<h2>${text(part.heading)}</h2>${paragraphs(part.items)}`;
  }
}

/** A tjänsteskrivelse as a standalone print page, for its own PDF. */
export function renderMemoHtml(document: HandbokDocument & { memo: Memo }, organisation: Organisation | null, options: MemoOptions = {}): HtmlResult {
  const style = exportHouseStyle(organisation, options.houseStyle);
  const part = memoHtmlPart(document, organisation, options);
  return {
    html: standalonePage({
      title: document.title,
      description: 'Tjänsteskrivelse',
      author: organisation?.name || 'Handbok',
      fontCss: options.fontCss,
      css: `${printCss(style, { embedded: Boolean(options.fontCss) })}${part.css}`,
      body: part.body,
    }),
    headings: [],
    warnings: part.warnings,
  };
}
