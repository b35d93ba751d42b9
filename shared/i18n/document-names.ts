import type { DocumentKind } from '../model/kinds';
import type { LabelledFieldKey } from '../model/metadata';
import type { MetadataLabels } from '../model/organisation';

/*
 * The names of document kinds and metadata fields, which exports, memos and the Swedish interface
 * share. They are Swedish whatever the interface language: governing documents are Swedish documents.
 * Kept below shared/render and shared/memo, which both write them.
 */

export const KIND_NAMES: Record<DocumentKind, string> = {
  handbok: 'Handbok',
  policy: 'Policy',
  riktlinje: 'Riktlinje',
  strategi: 'Strategi',
  program: 'Program',
  plan: 'Plan',
  anvisning: 'Anvisning',
  tjansteskrivelse: 'Tjänsteskrivelse',
};

export const METADATA_LABELS: Record<LabelledFieldKey, string> = {
  documentName: 'Dokumentnamn',
  documentKind: 'Dokumenttyp',
  decidedBy: 'Beslutad av',
  decidedDate: 'Beslutsdatum',
  decidedParagraph: 'Paragraf',
  registryNumber: 'Diarienummer',
  replaces: 'Ersätter',
  appliesTo: 'Gäller för',
  validFrom: 'Gäller fr.o.m.',
  validUntil: 'Gäller t.o.m.',
  owner: 'Dokumentansvarig',
  version: 'Version',
  lastRevisedDate: 'Senast reviderad',
  lastRevisedParagraph: 'Paragraf vid revidering',
  reviewBy: 'Revideras senast',
};

/** A metadata label: the organisation's own name for the field, else the usual one. */
export function metadataLabel(key: LabelledFieldKey, labels: MetadataLabels): string {
  return labels[key]?.trim() || METADATA_LABELS[key];
}
