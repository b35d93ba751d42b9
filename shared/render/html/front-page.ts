import { toIsoDate } from '../../model/dates';
import type { HandbokDocument } from '../../model/document';
import type { Organisation } from '../../model/organisation';
import { WORDS } from '../document-words';
import { frontPageLayout, type LabelledRow } from '../layout/front-page';
import type { ChangesAgainst } from '../layout/revisions';
import { escapeHtml } from './escape';

const labelledTable = (className: string, rows: LabelledRow[]) =>
  `<table class="${className}"><tbody>${rows
    .map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join('')}</tbody></table>`;

/**
 * What a jämförelseversion says first: what it is compared with and when it was made, and how its
 * marks read, each example marked as the text is.
 */
function comparisonNotice({ label, date }: Pick<ChangesAgainst, 'label' | 'date'>): string {
  const made = new Date(date);
  const { notice, legend } = WORDS.comparison;
  const example = ([before, marked, after]: readonly [string, string, string], tag: 'ins' | 'del') => `${escapeHtml(before)}<${tag}>${escapeHtml(marked)}</${tag}>${escapeHtml(after)}`;
  return (
    `<div class="comparison-notice"><p class="comparison-title">${escapeHtml(notice(label, Number.isNaN(made.getTime()) ? null : toIsoDate(made)))}</p>` +
    `<p>${example(legend.inserted, 'ins')} ${example(legend.deleted, 'del')} ${escapeHtml(legend.whole)}</p></div>`
  );
}

/** The first page (shared/render/layout/front-page), as the Word export has it; a jämförelseversion says so under the title. */
export function frontPageHtml(document: HandbokDocument, organisation: Organisation | null, changes?: Pick<ChangesAgainst, 'label' | 'date'>): string {
  const page = frontPageLayout(document, organisation);
  const parts: string[] = [];
  if (page.registryNumberAtTop) parts.push(`<p class="registry-top">${escapeHtml(page.registryNumberAtTop)}</p>`);
  if (page.logo) parts.push(`<img class="logo" src="${escapeHtml(page.logo.dataUrl)}" alt="${escapeHtml(page.logo.alt)}">`);
  if (page.organisation) parts.push(`<p class="organisation">${escapeHtml(page.organisation)}</p>`);
  parts.push(`<p class="kind">${escapeHtml(page.aboveTitle)}</p>`, `<p class="document-title">${escapeHtml(page.title)}</p>`);
  if (changes) parts.push(comparisonNotice(changes));
  if (page.status) parts.push(`<p class="document-status">${escapeHtml(page.status)}</p>`);
  if (page.metadata.length) parts.push(labelledTable('metadata', page.metadata));
  if (page.history.length) {
    parts.push(`<p class="block-title history-title">${WORDS.decisionHistory}</p>`, labelledTable('metadata history', page.history));
  }
  return `<header class="front-page">${parts.join('')}</header>`;
}
