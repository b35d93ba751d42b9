import type { HandbokArchive } from '@shared/archive/archive';
import { describeChange, summarizeComparison } from '@shared/i18n/compare';
import type { SerializedContent } from '@shared/model/content';
import type { HandbokDocument } from '@shared/model/document';
import { formatVersionNumber, parseVersionNumber } from '@shared/model/versions';
import type { ClassificationReason } from '@shared/text/classify-change';
import { compareContents, type WordPart } from '@shared/text/compare';

/** One side of a comparison on the command line: a document's current content or one of its versions. */
export interface DiffSide {
  label: string;
  content: SerializedContent;
}

/** The side named by `--from`/`--to`: a version number of the document ("2.1"), or its current content when none is named. */
export function diffSide(archive: HandbokArchive, document: HandbokDocument, version: string | undefined): DiffSide | { problem: string } {
  if (version === undefined) return { label: document.versioning?.revising || !document.versioning?.latest ? 'utkastet' : `version ${formatVersionNumber(document.versioning.latest.number)}`, content: document.content };
  const wanted = parseVersionNumber(version);
  const found = wanted && archive.versions.find((entry) => entry.documentId === document.id && entry.number.major === wanted.major && entry.number.minor === wanted.minor);
  if (!found) {
    const known = archive.versions.filter((entry) => entry.documentId === document.id).map((entry) => formatVersionNumber(entry.number));
    return { problem: `”${document.title}” har ingen version ${version}${known.length ? ` (versioner: ${known.join(', ')})` : ' (inga antagna versioner)'}` };
  }
  return { label: `version ${formatVersionNumber(found.number)}`, content: found.content };
}

const REASON_WORDS: Record<ClassificationReason, string> = {
  moved: 'flyttat',
  formatting: 'formatering',
  'punctuation-or-case': 'skiljetecken eller versaler',
  spelling: 'stavning',
  rename: 'namnbyte genomfört överallt',
  'link-or-reference': 'länk eller lagrum',
  'contact-details': 'kontaktuppgifter',
  'modal-verb': 'ändrat ska/bör/får/kan',
  negation: 'ändrad negation',
  number: 'ändrat tal eller målvärde',
  'block-added': 'nytt innehåll',
  'block-removed': 'borttaget innehåll',
  'item-added': 'ny del',
  'item-removed': 'borttagen del',
  wording: 'ändrad lydelse',
};

/** Words changed, as in a terminal: [-struket-]{+infogat+}, long unchanged stretches shortened. */
export function markedWords(words: readonly WordPart[]): string {
  return words
    .map((part) => {
      if (part.kind === 'deleted') return `[-${part.text}-]`;
      if (part.kind === 'inserted') return `{+${part.text}+}`;
      return part.text.length > 80 ? `${part.text.slice(0, 35)} … ${part.text.slice(-35)}` : part.text;
    })
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join(' / ');
}

/** The comparison as lines for a person, or as one JSON value for a program. */
export function describeDiff(document: HandbokDocument, from: DiffSide, to: DiffSide, json: boolean): string {
  const comparison = compareContents(from.content, to.content);
  const summary = summarizeComparison(comparison, 'sv');
  if (json) {
    return JSON.stringify({ document: { id: document.id, title: document.title }, from: from.label, to: to.label, summary, overall: comparison.overall, changes: comparison.changes }, null, 2);
  }
  const overall = comparison.overall === 'none' ? '' : ` Förslag: ${comparison.overall === 'editorial' ? 'redaktionell ändring' : 'saklig revidering'}.`;
  const lines = [`”${document.title}”, från ${from.label} till ${to.label}: ${summary}.${overall}`];
  for (const change of comparison.changes) {
    const kind = change.classification.kind === 'editorial' ? 'redaktionell' : 'saklig';
    lines.push(`${describeChange(change.kind, change.type, 'sv')}: ”${change.title}” (${kind}: ${REASON_WORDS[change.classification.reason]})`);
    const parts = change.parts.length ? change.parts : change.kind === 'changed' ? [{ path: '', words: change.words }] : [];
    for (const part of parts) lines.push(`  ${part.path ? `${part.path}: ` : ''}${markedWords(part.words)}`);
  }
  return lines.join('\n');
}
