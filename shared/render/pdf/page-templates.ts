import type { HandbokDocument } from '../../model/document';
import type { HouseStyle, Organisation } from '../../model/organisation';
import { WORDS } from '../document-words';
import { escapeHtml } from '../html/escape';
import { fontStack, PAGE_MARGIN_MM } from '../html/styles';
import type { PageTemplates } from './printer';

/**
 * The header (organisation and document title) and footer (registry number, version and "Sida X av Y")
 * of every page, as in the Word export. The templates do not inherit the page's styles, so they set
 * their own font and size.
 */
export function pageTemplates(document: HandbokDocument, organisation: Organisation | null, style: HouseStyle): PageTemplates {
  const box = (left: string, right: string) =>
    `<div style="box-sizing:border-box;width:100%;padding:0 ${PAGE_MARGIN_MM}mm;display:flex;justify-content:space-between;gap:12pt;` +
    `font-family:${escapeHtml(fontStack(style.headingFont))};font-size:8pt;color:#555;">` +
    `<span>${left}</span><span style="text-align:right">${right}</span></div>`;
  const footerLine = [document.metadata.registryNumber, document.metadata.version ? `${WORDS.version} ${document.metadata.version}` : '']
    .map((part) => part?.trim())
    .filter(Boolean)
    .join('\u2003');
  const [before, , between] = WORDS.page('', '');
  return {
    headerTemplate: box(escapeHtml(organisation?.name ?? ''), escapeHtml(document.title)),
    footerTemplate: box(
      escapeHtml(footerLine),
      `${before}<span class="pageNumber"></span>${between}<span class="totalPages"></span>`,
    ),
  };
}
