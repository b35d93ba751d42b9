import type { HouseStyle } from '../../model/organisation';
import { fontStack } from '../fonts';
import { STATUS_COLOUR } from '../layout/front-page';

export { fontStack };

/** A4 with 2.5 cm margins, as in the Word export; the PDF printers use the same numbers. */
export const PAGE_MARGIN_MM = 25;

/**
 * Chromium loads a web font when laid-out text first needs it, and lays out the page-margin boxes
 * (header and footer, in the heading font) only while it prints: too late, so they came out in a
 * system font wherever the body has no regular text in the heading font (a memo). This hidden text
 * needs the heading font's regular face, both subsets, before printing; it is drawn nowhere, takes
 * no room and is not in the tagged PDF.
 */
const fontPrimerCss = (heading: string) => `
body::after { content: "Sida \\100"; position: absolute; top: 0; left: 0; visibility: hidden; font-family: ${heading}; font-weight: 400; font-style: normal; }`;

/**
 * The print style sheet: the house style's fonts, size and heading colour, and the rules that make a
 * printed page look typeset: headings and block titles kept with what follows, rows, figures and
 * boxes not split, no lone first or last lines, the table head repeated on every page. Every
 * font-family goes through fontStack: with `embedded`, the page names no font of the machine's.
 */
export function printCss(style: HouseStyle, { embedded }: { embedded: boolean } = { embedded: false }): string {
  const body = fontStack(style.bodyFont, { embedded });
  const heading = fontStack(style.headingFont, { embedded });
  const colour = `#${style.headingColor}`;
  return `${embedded ? fontPrimerCss(heading) : ''}
@page { size: A4; margin: ${PAGE_MARGIN_MM}mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; font-family: ${body}; }
body { margin: 0; font-family: ${body}; font-size: ${style.bodySize}pt; line-height: 1.3; color: #111; }
p, li, blockquote, figcaption { orphans: 3; widows: 3; }
p { margin: 0 0 6pt; }
h1, h2, h3, .block-title, .field-label, .step-title, .lead, .history-title, .toc-title { font-family: ${heading}; break-after: avoid; page-break-after: avoid; }
h1, h2, h3 { color: ${colour}; line-height: 1.2; break-inside: avoid; }
/* A paragraph all in bold is a small heading the writer made: it stays with what follows, as headings do. */
.bold-line { break-after: avoid; page-break-after: avoid; }
h1 { font-size: 16pt; margin: 18pt 0 6pt; }
h2 { font-size: 13pt; margin: 12pt 0 6pt; }
h3 { font-size: 11.5pt; margin: 10pt 0 6pt; }
.heading-number { margin-right: 0.35em; }
a { color: #1f5fa8; }
ul, ol { margin: 0 0 6pt; padding-left: 1.6em; }
blockquote { margin: 0 1cm 6pt; font-style: italic; color: #444; }
.empty { margin: 0; }
.tab { white-space: pre; }
.page-break { break-after: page; page-break-after: always; height: 0; }

.front-page, .toc { break-after: page; page-break-after: always; }
.front-page .logo { display: block; height: 60px; width: auto; max-width: 100%; object-fit: contain; object-position: left; margin-bottom: 6pt; }
.organisation, .kind { font-family: ${heading}; font-size: 14pt; color: #555; margin: 0 0 6pt; }
.kind { margin-top: 60pt; }
.document-title { font-family: ${heading}; font-size: 26pt; font-weight: bold; color: ${colour}; line-height: 1.15; margin: 0 0 24pt; }
table.metadata { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
table.metadata th, table.metadata td { border: 0.5pt solid #c9d1dc; padding: 3pt 6pt; text-align: left; vertical-align: top; }
table.metadata th { font-family: ${heading}; font-size: 9pt; width: 33%; }
.history-title { margin-top: 18pt; }
.registry-top { font-family: ${heading}; font-size: 10pt; text-align: right; margin: 0 0 12pt; }
.document-status { font-family: ${heading}; font-size: 12pt; font-weight: bold; color: #${STATUS_COLOUR}; border: 1pt solid #${STATUS_COLOUR}; padding: 4pt 8pt; margin: -12pt 0 18pt; }

.toc-title { font-size: 16pt; font-weight: bold; color: ${colour}; margin: 0 0 12pt; }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc li { margin: 0 0 3pt; break-inside: avoid; }
.toc a { display: flex; align-items: baseline; color: inherit; text-decoration: none; }
.toc-level-1 { font-weight: bold; margin-top: 6pt; }
.toc-level-2 { padding-left: 1.2em; }
.toc-level-3 { padding-left: 2.4em; }
.toc-number { flex: none; min-width: 2.4em; }
.toc-leader { flex: 1 1 auto; border-bottom: 1pt dotted #888; margin: 0 4pt; min-width: 1em; }
/* A fixed width: the first printing, without numbers, lays the page out exactly as the second. */
.toc-page { flex: none; width: 2.6em; text-align: right; font-variant-numeric: tabular-nums; }

.block { margin: 0 0 9pt; }
.block-title { font-weight: bold; color: ${colour}; margin: 10pt 0 3pt; }
.field-label { font-size: 8.5pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.04em; color: #555; margin: 8pt 0 1pt; }
.step-title { font-weight: bold; margin: 6pt 0 2pt; }
.item { break-inside: avoid; }
.lead { font-style: italic; }
/* A lead-in that continues the role's name: one sentence, the name in the block title's style. */
.role-lead { margin: 10pt 0 3pt; break-after: avoid; page-break-after: avoid; }
.role-name { font-family: ${heading}; font-weight: bold; color: ${colour}; }
.goal-detail { font-size: ${style.bodySize - 1}pt; color: #444; margin: 0 0 2pt 0.63cm; }
.source { font-size: ${style.bodySize - 1}pt; font-style: italic; color: #555; }
.prefix { font-weight: bold; }
.callout { padding: 6pt 9pt; border-left: 3pt solid #2f5d8c; background: #eaf1f8; break-inside: avoid; }
.callout.important { border-left-color: #c77c02; background: #fdf3e1; }
.callout .field-label { margin-top: 0; }
.callout > :last-child { margin-bottom: 0; }
.reference { border-left: 1.5pt solid #7a8699; padding-left: 6pt; }

table { width: 100%; border-collapse: collapse; margin: 0 0 9pt; font-size: ${style.bodySize - 1}pt; }
th, td { border: 0.5pt solid #b8c2cf; padding: 3pt 5pt; text-align: left; vertical-align: top; }
td > :last-child, th > :last-child { margin-bottom: 0; }
thead { display: table-header-group; }
thead th { background: #e7ecf3; font-family: ${heading}; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.two-columns td:first-child, table.two-columns th:first-child { width: 27%; }

figure { margin: 6pt 0 9pt; text-align: center; break-inside: avoid; }
figure img { max-width: 100%; height: auto; }
figcaption, .caption { font-style: italic; font-size: ${style.bodySize - 1}pt; color: #555; margin-top: 3pt; }
.notes { margin: 12pt 0; padding-top: 4pt; border-top: 0.5pt solid #999; font-size: ${style.bodySize - 1.5}pt; }
.notes ol { margin: 0; }
.note-ref { text-decoration: none; }
`;
}

/**
 * The marks of a jämförelseversion (html/body.ts), told apart by more than their colours: inserted
 * text is underlined and set in [+ ], deleted text struck through and set in [− ] (the brackets are
 * not struck through, so that they stay legible), and a line, block or row inserted or deleted as a
 * whole has a bar in the margin, solid or dashed. The bars are drawn, not written: the tagged PDF
 * takes them as artifacts.
 */
export function comparisonCss(heading: string): string {
  return `
ins, del { text-decoration-thickness: 0.08em; text-decoration-skip-ink: none; }
ins { text-decoration-line: underline; color: #14532d; background: #e7f5ec; }
del { text-decoration-line: line-through; color: #7f1d1d; background: #fcecec; }
ins::before, ins::after, del::before, del::after { display: inline-block; font-weight: bold; font-style: normal; color: #222; }
ins::before { content: "[+"; }
del::before { content: "[\\2212"; }
ins::after, del::after { content: "]"; }
/* Room for the bars inside the text area: Chromium prints nothing in the page margin. */
main { padding-left: 10pt; }
.rev-ins, .rev-del { position: relative; }
.rev-ins::before, .rev-del::before { content: ""; position: absolute; top: 0; bottom: 0; left: -7pt; }
li.rev-ins::before, li.rev-del::before { left: calc(-1.6em - 5pt); }
.rev-ins::before { border-left: 2.5pt solid #1d6b35; }
.rev-del::before { border-left: 2.5pt dashed #9b1c1c; }
.rev-ins .rev-ins::before, .rev-del .rev-del::before, tr.rev-ins::before, tr.rev-del::before { content: none; }
tr.rev-ins, tr.rev-del { position: static; }
tr.rev-ins > :first-child { border-left: 2.5pt solid #1d6b35; }
tr.rev-del > :first-child { border-left: 2.5pt dashed #9b1c1c; }
.deleted-heading { font-family: ${heading}; font-weight: bold; line-height: 1.2; break-after: avoid; page-break-after: avoid; }
.deleted-heading-1 { font-size: 16pt; margin: 18pt 0 6pt; }
.deleted-heading-2 { font-size: 13pt; margin: 12pt 0 6pt; }
.deleted-heading-3 { font-size: 11.5pt; margin: 10pt 0 6pt; }
.comparison-notice { border: 1.5pt solid #333; padding: 6pt 9pt; margin: 0 0 18pt; font-size: 9.5pt; }
.comparison-notice .comparison-title { font-family: ${heading}; font-size: 12pt; font-weight: bold; margin: 0 0 4pt; }
.comparison-notice p:last-child { margin-bottom: 0; }
`;
}
