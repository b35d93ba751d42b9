import type { HandbokDocument } from '../../model/document';
import type { Organisation } from '../../model/organisation';
import { WORDS } from '../document-words';
import { frontPageLayout, type LabelledRow } from '../layout/front-page';
import { escapeHtml } from './escape';

const labelledTable = (className: string, rows: LabelledRow[]) =>
  `<table class="${className}"><tbody>${rows
    .map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join('')}</tbody></table>`;

/** The first page (shared/render/layout/front-page), as the Word export has it. */
export function frontPageHtml(document: HandbokDocument, organisation: Organisation | null): string {
  const page = frontPageLayout(document, organisation);
  const parts: string[] = [];
  if (page.registryNumberAtTop) parts.push(`<p class="registry-top">${escapeHtml(page.registryNumberAtTop)}</p>`);
  if (page.logo) parts.push(`<img class="logo" src="${escapeHtml(page.logo.dataUrl)}" alt="${escapeHtml(page.logo.alt)}">`);
  if (page.organisation) parts.push(`<p class="organisation">${escapeHtml(page.organisation)}</p>`);
  parts.push(`<p class="kind">${escapeHtml(page.aboveTitle)}</p>`, `<p class="document-title">${escapeHtml(page.title)}</p>`);
  if (page.status) parts.push(`<p class="document-status">${escapeHtml(page.status)}</p>`);
  if (page.metadata.length) parts.push(labelledTable('metadata', page.metadata));
  if (page.history.length) {
    parts.push(`<p class="block-title history-title">${WORDS.decisionHistory}</p>`, labelledTable('metadata history', page.history));
  }
  return `<header class="front-page">${parts.join('')}</header>`;
}
