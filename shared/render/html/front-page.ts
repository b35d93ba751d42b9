import { formatDecisionReference } from '../../model/decision';
import type { HandbokDocument } from '../../model/document';
import { METADATA_FIELD_KEYS } from '../../model/metadata';
import type { Organisation } from '../../model/organisation';
import { DECISION_ACTION_NAMES, KIND_NAMES, metadataLabel, WORDS } from '../document-words';
import { decodeImage } from '../image-data';
import { escapeHtml } from './escape';

const labelledTable = (className: string, rows: [string, string][]) =>
  `<table class="${className}"><tbody>${rows
    .map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join('')}</tbody></table>`;

/**
 * The first page, as in the Word export: the organisation's logo and name, the document's kind and
 * title, the metadata table (only the fields that are filled, under the organisation's labels) and
 * the decision history.
 */
export function frontPageHtml(document: HandbokDocument, organisation: Organisation | null): string {
  const labels = organisation?.metadataLabels ?? {};
  const name = organisation?.name ?? '';
  const logo = organisation?.logo && decodeImage(organisation.logo.dataUrl) ? organisation.logo.dataUrl : null;
  const parts: string[] = [];
  if (logo) parts.push(`<img class="logo" src="${escapeHtml(logo)}" alt="${escapeHtml(WORDS.logo(name))}">`);
  if (name) parts.push(`<p class="organisation">${escapeHtml(name)}</p>`);
  parts.push(`<p class="kind">${escapeHtml(KIND_NAMES[document.kind])}</p>`, `<p class="document-title">${escapeHtml(document.title)}</p>`);
  parts.push(
    labelledTable('metadata', [
      [metadataLabel('documentKind', labels), KIND_NAMES[document.kind]],
      ...METADATA_FIELD_KEYS.flatMap((key): [string, string][] => {
        const value = document.metadata[key]?.trim();
        return value ? [[metadataLabel(key, labels), value]] : [];
      }),
    ]),
  );
  if (document.decisions.length) {
    parts.push(
      `<p class="block-title history-title">${WORDS.decisionHistory}</p>`,
      labelledTable(
        'metadata history',
        document.decisions.map((decision) => [
          formatDecisionReference(decision),
          [DECISION_ACTION_NAMES[decision.action], decision.summary].filter(Boolean).join(' – '),
        ]),
      ),
    );
  }
  return `<header class="front-page">${parts.join('')}</header>`;
}
