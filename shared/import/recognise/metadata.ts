import { METADATA_LABELS } from '../../i18n/document-names';
import { isIsoDate, isParagraph, normalizeParagraph } from '../../model/dates';
import type { DecisionAction } from '../../model/decision';
import type { DocumentKind } from '../../model/kinds';
import type { LabelledFieldKey } from '../../model/metadata';
import { DEFAULT_BODIES } from '../../model/organisation';
import { COMBINED_LABELS, TO_BE_DECIDED_BY } from '../../render/document-words';
import { findRegistryNumber, isRegistryNumber } from './registry-number';

/**
 * The metadata block on the first page of an imported governing document (domain.md), read into
 * Handbok's fields. Three layouts occur: a table of label | value rows (perhaps two pairs a row), a
 * grid with a row of labels over a row of values, and "Label: value" lines; besides, a registry number
 * may stand alone at the top or in the header or footer. Labels are matched by the organisation's own
 * words first, then Handbok's, then the synonyms municipalities use. A table is only taken when most of
 * its labels are known, so a goal table or a "Från | Till" table stays in the body; a value that cannot
 * be read is proposed as written, with less confidence, never dropped.
 */

/** What the first page holds before the body starts: tables as rows of cell texts, paragraphs as lines. */
export type MetadataCandidate = { index: number; kind: 'table'; rows: string[][] } | { index: number; kind: 'line'; text: string };

export interface ProposedField {
  key: LabelledFieldKey;
  value: string;
  /** The label it was read under, as written in the file. */
  label: string;
  /** 0 to 1. */
  confidence: number;
  /** The candidate it came from; null: the header or footer. */
  index: number | null;
}

export interface ProposedDecision {
  body: string;
  date: string;
  paragraph: string;
  action: DecisionAction;
  summary?: string;
}

export interface MetadataProposal {
  /** At most one per key. */
  fields: ProposedField[];
  kind?: DocumentKind;
  decisions: ProposedDecision[];
  /** Candidates wholly made of metadata, which leave the body when the metadata is taken. */
  consumed: number[];
  /** Label/value pairs of a consumed candidate that Handbok has no field for, kept as text by the caller. */
  unrecognised: { label: string; value: string; index: number }[];
}

type Labels = Partial<Record<LabelledFieldKey, string>>;

/* ---------- Labels ---------- */

/** Case, spaces, dots, colons and a parenthesis do not tell labels apart: "Gäller fr.o.m.:" is "gäller fr o m". */
export function normaliseLabel(text: string): string {
  return text
    .toLocaleLowerCase('sv')
    .replace(/\([^()]{0,60}\)/g, ' ')
    .replace(/[.:*_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words municipalities use for each field, besides Handbok's own (METADATA_LABELS). */
const SYNONYMS: Record<LabelledFieldKey, readonly string[]> = {
  documentName: ['Dokumentnamn', 'Dokumentets namn', 'Namn på dokument', 'Namn på dokumentet', 'Dokumenttitel', 'Namn', 'Titel', 'Rubrik'],
  documentKind: ['Dokumenttyp', 'Dokumentkategori', 'Typ av dokument', 'Dokumentslag', 'Typ av styrdokument', 'Styrdokumenttyp', 'Typ', 'Kategori'],
  decidedBy: [
    'Beslutad av', 'Beslutat av', 'Beslutsinstans', 'Fastställd av', 'Fastställt av', 'Antagen av', 'Antaget av', 'Beslutande',
    'Beslutande organ', 'Beslutsfattare', 'Beslutas av', 'Fastställs av', 'Antas av',
  ],
  decidedDate: [
    'Beslutsdatum', 'Fastställd', 'Fastställt', 'Antagen', 'Antaget', 'Beslutad', 'Beslutat', 'Datum för beslut', 'Beslutad när',
    'Beslutad datum', 'Fastställd datum', 'Fastställelsedatum', 'Datum för fastställelse', 'Antagen datum', 'Antagandedatum', 'Datum för antagande',
  ],
  decidedParagraph: ['Paragraf', '§', 'Beslutsparagraf', 'Protokollsparagraf', 'Paragraf för beslut'],
  registryNumber: ['Diarienummer', 'Dnr', 'Diarienr', 'Diarie nr', 'Ärendenummer', 'Ärendenr', 'Diarienummer för beslut'],
  replaces: ['Ersätter', 'Ersätter dokument', 'Ersätter tidigare', 'Ersätter tidigare dokument'],
  appliesTo: ['Gäller för', 'Giltighetsområde', 'Omfattning', 'Gäller för verksamhet', 'Omfattar'],
  validFrom: ['Gäller från', 'Giltig från', 'Giltigt från', 'Gäller fr.o.m.', 'Gäller from', 'Gäller fr om', 'Giltig fr.o.m.', 'Gäller från och med', 'Giltig från och med', 'Ikraftträdande', 'Träder i kraft', 'Gäller från datum'],
  validUntil: ['Gäller till', 'Giltig till', 'Giltigt till', 'Giltighetstid', 'Gäller t.o.m.', 'Gäller tom', 'Giltig t.o.m.', 'Gäller till och med', 'Giltig till och med'],
  owner: [
    'Dokumentansvarig', 'Ansvarig', 'Ägare', 'Dokumentägare', 'Ansvarig förvaltning', 'Ansvarig tjänsteperson', 'Ansvarig tjänsteman',
    'Processägare', 'Ansvarig för dokumentet', 'Ansvarig enhet', 'Ansvarig avdelning', 'Ansvarig funktion', 'Dokumentansvarig funktion',
  ],
  version: ['Version', 'Versionsnummer', 'Versionsnr', 'Versionnummer'],
  lastRevisedDate: ['Reviderad', 'Senast reviderad', 'Revideringsdatum', 'Senaste revidering', 'Reviderad datum', 'Senast ändrad', 'Revidering', 'Senast reviderad när', 'Reviderad senast'],
  lastRevisedParagraph: ['Paragraf vid revidering', 'Revideringsparagraf'],
  reviewBy: [
    'Revideras senast', 'Ska revideras', 'Ska revideras senast', 'Aktualitetsprövas', 'Aktualitetsprövas senast', 'Ska aktualitetsprövas senast',
    'Aktualitetsprövning', 'Nästa revidering', 'Uppföljning', 'Uppföljning senast', 'Följs upp', 'Ska följas upp', 'Ses över senast', 'Nästa översyn', 'Revideras',
  ],
};

/**
 * Words that also head ordinary tables ("Version | Datum | Ändring | Ansvarig", "Namn | Titel"): a table
 * is only taken for metadata when at least one of its labels is not one of these.
 */
const GENERIC_LABELS = new Set(['namn', 'titel', 'rubrik', 'typ', 'kategori', 'ansvarig', 'ägare', 'omfattning', 'omfattar', 'version', '§', 'paragraf', 'revidering', 'uppföljning'].map(normaliseLabel));

type LabelSource = 'own' | 'default' | 'synonym';
interface KnownLabel {
  key: LabelledFieldKey;
  source: LabelSource;
  generic: boolean;
}

const BUILT_IN_LABELS: ReadonlyMap<string, KnownLabel> = (() => {
  const map = new Map<string, KnownLabel>();
  const add = (label: string, key: LabelledFieldKey, source: LabelSource) => {
    const normalised = normaliseLabel(label);
    if (normalised && !map.has(normalised)) map.set(normalised, { key, source, generic: GENERIC_LABELS.has(normalised) });
  };
  for (const [key, label] of Object.entries(METADATA_LABELS) as [LabelledFieldKey, string][]) add(label, key, 'default');
  for (const [key, label] of Object.entries(COMBINED_LABELS) as [LabelledFieldKey, string][]) add(label, key, 'default');
  add(TO_BE_DECIDED_BY, 'decidedBy', 'default');
  for (const [key, labels] of Object.entries(SYNONYMS) as [LabelledFieldKey, readonly string[]][]) for (const label of labels) add(label, key, 'synonym');
  return map;
})();

function labelReader(own: Labels | undefined): (text: string) => KnownLabel | null {
  const ownLabels = new Map<string, KnownLabel>();
  for (const [key, label] of Object.entries(own ?? {}) as [LabelledFieldKey, string | undefined][]) {
    const normalised = normaliseLabel(label ?? '');
    if (normalised && !ownLabels.has(normalised)) ownLabels.set(normalised, { key, source: 'own', generic: false });
  }
  return (text) => {
    if (text.length > 80) return null;
    const normalised = normaliseLabel(text);
    return ownLabels.get(normalised) ?? BUILT_IN_LABELS.get(normalised) ?? null;
  };
}

/* ---------- Dates, paragraphs, decision references ---------- */

const MONTHS: readonly [RegExp, number][] = [
  [/^jan(?:uari)?$/, 1], [/^feb(?:ruari)?$/, 2], [/^mars?$/, 3], [/^apr(?:il)?$/, 4], [/^maj$/, 5], [/^juni?$/, 6],
  [/^juli?$/, 7], [/^aug(?:usti)?$/, 8], [/^sep(?:t(?:ember)?)?$/, 9], [/^okt(?:ober)?$/, 10], [/^nov(?:ember)?$/, 11], [/^dec(?:ember)?$/, 12],
];

/**
 * A date as people write it in a Word table: "2023-04-13", "2023-4-13", "2023.04.13", "13 april 2023",
 * "13 apr. 2023", and the Swedish day-first forms "13/4 2023", "13/4-2023", "13.04.2023". A month name
 * alone ("april 2023") is not a date. Bounded parts, so a scan is linear.
 */
const DATE = /(?<![\d/.-])(?:(\d{4})[-./](\d{1,2})[-./](\d{1,2})|(\d{1,2})\.? ?([a-zåäö]{3,9})\.? (\d{4})|(\d{1,2})[./](\d{1,2})(?:[./]| ?- ?| )(\d{4}))(?![\d/])/giu;

interface FoundDate {
  start: number;
  end: number;
  iso: string;
}

function isoOf(year: string, month: number, day: number): string | null {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  DATE.lastIndex = 0;
  for (let match = DATE.exec(text); match; match = DATE.exec(text)) {
    let iso: string | null = null;
    if (match[1]) iso = isoOf(match[1], Number(match[2]), Number(match[3]));
    else if (match[4]) {
      const month = MONTHS.find(([name]) => name.test(match![5]!.toLocaleLowerCase('sv')))?.[1];
      iso = month ? isoOf(match[6]!, month, Number(match[4])) : null;
    } else if (match[7]) iso = isoOf(match[9]!, Number(match[8]), Number(match[7]));
    if (iso) found.push({ start: match.index, end: match.index + match[0].length, iso });
  }
  return found;
}

/** Words around a date that say nothing more: "den 13 april 2023", "fr.o.m. 2023-05-01", "senast 2027-12-31". */
const DATE_FILLER = /^(?:den|fr\.? ?o\.? ?m\.?|från och med|från|t\.? ?o\.? ?m\.?|till och med|till|senast|datum|per)$/i;

/** The text read as one date, in ISO form; null when it holds more than a date. */
function wholeDate(text: string): string | null {
  const dates = findDates(text);
  if (dates.length !== 1) return null;
  const [date] = dates as [FoundDate];
  const before = tidy(text.slice(0, date.start));
  const after = tidy(text.slice(date.end));
  return (before === '' || DATE_FILLER.test(before)) && after === '' ? date.iso : null;
}

/** Spaces and the punctuation that separates the parts of a reference, trimmed from both ends. */
function tidy(text: string): string {
  let start = 0;
  let end = text.length;
  const loose = (char: string | undefined) => char !== undefined && /[\s,;:–—-]/.test(char);
  while (start < end && loose(text[start])) start++;
  while (end > start && loose(text[end - 1])) end--;
  return text.slice(start, end);
}

/** "§ 64", "§64", "§ 12 a", "paragraf 64", "p. 64" right at the start of a text. */
const PARAGRAPH_AT_START = /^[\s,]*(?:§ ?(\d{1,5})(?: ?([a-z])(?![\p{L}]))?|(?:paragraf|p\.) ?(\d{1,5}))/iu;

/** What a decision did, from the verb that says it: "Antagen av …", "Reviderad av …". */
const DECISION_VERB = /(?<![\p{L}])(antagen|antaget|antogs|fastställd|fastställt|fastställdes|beslutad|beslutat|beslutades|reviderad|reviderat|reviderades|upphävd|upphävt|upphävdes)(?![\p{L}])/giu;

function actionOfVerb(verb: string): DecisionAction {
  const lower = verb.toLocaleLowerCase('sv');
  if (lower.startsWith('revider')) return 'reviderad';
  if (lower.startsWith('upphäv')) return 'upphavd';
  return 'antagen';
}

/** The action a label names, if it names one: "Antagen", "Senast reviderad", "Beslutsinstans". */
function actionOfLabel(label: string): DecisionAction | null {
  const normalised = normaliseLabel(label);
  if (normalised.includes('beslutas')) return null;
  if (normalised.includes('revider')) return 'reviderad';
  if (normalised.includes('upphäv')) return 'upphavd';
  if (/antag|antog|fastställ|beslut/.test(normalised)) return 'antagen';
  return null;
}

interface Reference {
  action: DecisionAction | null;
  body: string;
  date: string;
  paragraph: string;
}

/** The usual bodies' abbreviations, which a metadata table often uses: "KF 2023-04-13 § 64". */
const ABBREVIATIONS = new Map(DEFAULT_BODIES.map((body) => [body.abbreviation.toLocaleLowerCase('sv'), body.name]));

/** A body as written before a date, tidied: "av kommunfullmäktige," is "Kommunfullmäktige". */
function bodyOf(text: string): string {
  let body = tidy(text).replace(/^(?:av|i|hos|den)(?![\p{L}])[\s:]*/iu, '');
  body = tidy(body.replace(/ (?:den|datum)$/i, ''));
  const expanded = ABBREVIATIONS.get(body.toLocaleLowerCase('sv'));
  if (expanded) return expanded;
  return body ? body.charAt(0).toLocaleUpperCase('sv') + body.slice(1) : '';
}

/**
 * The decision references in a value: "Kommunfullmäktige 2023-04-13 § 64", "KF 2023-04-13, § 64",
 * "Antagen av kommunfullmäktige 2019-03-25, § 41, reviderad av kommunstyrelsen 2021-05-10 § 77".
 * Each has a date; a body written before it and a paragraph after it are taken when they are there.
 * `rest` is whatever text was not part of a reference.
 */
function references(value: string): { references: Reference[]; rest: string } {
  const found: Reference[] = [];
  let rest = '';
  const verbs: { start: number; end: number; action: DecisionAction }[] = [];
  DECISION_VERB.lastIndex = 0;
  for (let match = DECISION_VERB.exec(value); match; match = DECISION_VERB.exec(value)) {
    verbs.push({ start: match.index, end: match.index + match[0].length, action: actionOfVerb(match[1]!) });
  }
  const segments = [{ start: 0, end: verbs[0]?.start ?? value.length, action: null as DecisionAction | null }];
  verbs.forEach((verb, i) => segments.push({ start: verb.end, end: verbs[i + 1]?.start ?? value.length, action: verb.action }));
  for (const segment of segments) {
    const text = value.slice(segment.start, segment.end);
    let from = 0;
    for (const date of findDates(text)) {
      const paragraph = PARAGRAPH_AT_START.exec(text.slice(date.end));
      const end = date.end + (paragraph?.[0].length ?? 0);
      found.push({
        action: segment.action,
        body: bodyOf(text.slice(from, date.start)),
        date: date.iso,
        paragraph: paragraph ? normalizeParagraph(`§ ${paragraph[1] ?? paragraph[3]}${paragraph[2] ? ` ${paragraph[2]}` : ''}`) : '',
      });
      from = end;
    }
    const left = tidy(text.slice(from));
    if (left && !(from > 0 && /^(?:och|samt)$/i.test(left))) rest += `${rest ? ' ' : ''}${left}`;
  }
  return { references: found, rest: tidy(rest) };
}

/* ---------- Values ---------- */

/** "tills vidare" as templates spell it (metadata.ts accepts the same). */
const UNTIL_FURTHER_NOTICE = /^(?:tills\s*vidare|t\.\s?v)\.?$/i;
/** A year or an ISO date with an optional comment: the review-by forms metadata.ts accepts. */
const REVIEW_BY = /^(\d{4})(-\d{2}-\d{2})?(?:[\s,–-]\D.*)?$/s;

const KIND_WORDS: readonly [string, DocumentKind][] = [
  ['tjänsteskrivelse', 'tjansteskrivelse'], ['tjänsteutlåtande', 'tjansteskrivelse'],
  ['handbok', 'handbok'], ['handböcker', 'handbok'],
  ['policydokument', 'policy'], ['policyer', 'policy'], ['policy', 'policy'],
  ['riktlinjer', 'riktlinje'], ['riktlinje', 'riktlinje'],
  ['strategier', 'strategi'], ['strategi', 'strategi'],
  ['program', 'program'],
  ['planer', 'plan'], ['plan', 'plan'],
  ['anvisningar', 'anvisning'], ['anvisning', 'anvisning'], ['rutiner', 'anvisning'], ['rutin', 'anvisning'], ['instruktion', 'anvisning'],
];

/** The kind a document type names: "Riktlinje", "Kvalitetshandbok", "Handlingsplan", "Rutin". */
export function documentKindOf(value: string): DocumentKind | undefined {
  const words = value.toLocaleLowerCase('sv').split(/[^\p{L}]+/u).filter(Boolean);
  for (const word of words) {
    const found = KIND_WORDS.find(([name]) => word.endsWith(name));
    if (found) return found[1];
  }
  return undefined;
}

interface Reading {
  key: LabelledFieldKey;
  value: string;
  /** How well the value was read: 1 in the field's own form, less when kept as written. */
  factor: number;
}

interface ValueReading {
  fields: Reading[];
  decisions: ProposedDecision[];
  kind?: DocumentKind;
}

const DECIDED = { by: 'decidedBy', date: 'decidedDate', paragraph: 'decidedParagraph' } as const;
const REVISED = { date: 'lastRevisedDate', paragraph: 'lastRevisedParagraph' } as const;

/** A body's name alone: words, no digits ("Kommunfullmäktige", "Barn- och utbildningsnämnden"). */
const looksLikeBody = (text: string) => text.length <= 80 && !/\d/.test(text) && /\p{L}/u.test(text);

/**
 * A value under a decision's label (who, when, or a revision): the references in it fill the body,
 * date and paragraph fields, a revision's its own, and each reference with a body and a date whose
 * action the value or the label names becomes a decision of the history.
 */
function readDecisionValue(key: LabelledFieldKey, label: string, value: string): ValueReading {
  const { references: found, rest } = references(value);
  const revision = key === 'lastRevisedDate' || key === 'lastRevisedParagraph';
  const labelAction = actionOfLabel(label);
  if (found.length === 0) {
    if (key === 'decidedBy') return { fields: [{ key, value: bodyOrAsWritten(value), factor: looksLikeBody(value) ? 1 : 0.6 }], decisions: [] };
    if (!revision && looksLikeBody(value)) return { fields: [{ key: 'decidedBy', value: bodyOrAsWritten(value), factor: 0.8 }], decisions: [] };
    return { fields: [{ key, value: value.trim(), factor: 0.4 }], decisions: [] };
  }
  const fields: Reading[] = [];
  const clean = rest === '' ? 1 : 0.7;
  const revisions = found.filter((reference) => reference.action === 'reviderad' || (revision && reference.action === null));
  const decided = found.filter((reference) => reference.action === 'antagen' || (!revision && reference.action === null));
  const first = decided[0];
  if (first) {
    if (first.body) fields.push({ key: DECIDED.by, value: first.body, factor: (key === 'decidedBy' ? 1 : 0.95) * clean });
    fields.push({ key: DECIDED.date, value: first.date, factor: (key === 'decidedDate' ? 1 : 0.95) * clean });
    if (first.paragraph) fields.push({ key: DECIDED.paragraph, value: first.paragraph, factor: 0.95 * clean });
  }
  const latest = [...revisions].sort((a, b) => b.date.localeCompare(a.date))[0];
  if (latest) {
    fields.push({ key: REVISED.date, value: latest.date, factor: (revision ? 1 : 0.9) * clean });
    if (latest.paragraph) fields.push({ key: REVISED.paragraph, value: latest.paragraph, factor: 0.9 * clean });
  }
  const decisions: ProposedDecision[] = [];
  for (const reference of found) {
    const action = reference.action ?? labelAction ?? (revision ? 'reviderad' : null);
    if (!action || !reference.body) continue;
    decisions.push({ body: reference.body, date: reference.date, paragraph: reference.paragraph, action });
  }
  return { fields, decisions };
}

/** A body's name as written, an abbreviation of a usual body spelled out ("KF" is "Kommunfullmäktige"). */
function bodyOrAsWritten(value: string): string {
  const trimmed = value.trim();
  return ABBREVIATIONS.get(trimmed.toLocaleLowerCase('sv')) ?? trimmed;
}

function readValue(key: LabelledFieldKey, label: string, raw: string): ValueReading {
  const value = raw.replace(/\s+/g, ' ').trim();
  const one = (reading: Reading): ValueReading => ({ fields: [reading], decisions: [] });
  if (!value) return { fields: [], decisions: [] };
  switch (key) {
    case 'decidedBy':
    case 'decidedDate':
    case 'lastRevisedDate':
      return readDecisionValue(key, label, value);
    case 'decidedParagraph':
    case 'lastRevisedParagraph': {
      const paragraph = normalizeParagraph(value.replace(/^paragraf\s?/i, ''));
      return one({ key, value: isParagraph(paragraph) ? paragraph : value, factor: isParagraph(paragraph) ? 1 : 0.5 });
    }
    case 'registryNumber': {
      if (isRegistryNumber(value)) return one({ key, value: findRegistryNumber(value) ?? value, factor: 1 });
      return one({ key, value, factor: findRegistryNumber(value) ? 0.7 : 0.6 });
    }
    case 'validFrom': {
      const date = wholeDate(value);
      return one({ key, value: date ?? value, factor: date ? 1 : 0.5 });
    }
    case 'validUntil': {
      if (UNTIL_FURTHER_NOTICE.test(value)) return one({ key, value, factor: 1 });
      const date = wholeDate(value);
      return one({ key, value: date ?? value, factor: date ? 1 : 0.5 });
    }
    case 'reviewBy': {
      const date = wholeDate(value);
      if (date) return one({ key, value: date, factor: 1 });
      if (isReviewBy(value)) return one({ key, value, factor: 1 });
      const stripped = value.replace(/^(?:senast|före|år|inför)\s/i, '');
      return isReviewBy(stripped) ? one({ key, value: stripped, factor: 0.9 }) : one({ key, value, factor: 0.5 });
    }
    case 'documentKind': {
      const kind = documentKindOf(value);
      return { fields: [{ key, value, factor: kind ? 1 : 0.6 }], decisions: [], ...(kind ? { kind } : {}) };
    }
    default:
      return one({ key, value, factor: 1 });
  }
}

function isReviewBy(value: string): boolean {
  const match = REVIEW_BY.exec(value);
  return match !== null && (!match[2] || isIsoDate(`${match[1]}${match[2]}`));
}

/* ---------- Tables and lines ---------- */

interface Pair {
  label: string;
  value: string;
  known: KnownLabel | null;
}

interface TableReading {
  pairs: Pair[];
  /** Every non-empty cell is a label, a value or a caption: nothing would be lost if the table left the body. */
  complete: boolean;
  kind?: DocumentKind;
}

/** Words a metadata table is captioned with in its first row. */
const CAPTIONS = new Set(['dokumentinformation', 'dokumentuppgifter', 'uppgifter om dokumentet', 'information om dokumentet', 'fakta om dokumentet', 'metadata', 'styrdokument', 'beslutsinformation', 'dokument'].map(normaliseLabel));

type LabelOf = (text: string) => KnownLabel | null;

/** "Label: value" in one text, the label at most 40 characters; null without a colon or a tab. */
function splitLabelled(text: string): { label: string; value: string } | null {
  const colon = text.search(/[:\t]/);
  if (colon <= 0 || colon > 40) return null;
  const label = text.slice(0, colon).trim();
  if (!label || label.split(/\s+/).length > 6) return null;
  return { label, value: text.slice(colon + 1).trim() };
}

/** A first row of one cell that names the table ("Dokumentinformation") or the document's kind ("Riktlinje"). */
function caption(cells: readonly string[]): { kind?: DocumentKind } | null {
  const filled = cells.filter(Boolean);
  if (filled.length !== 1) return null;
  const normalised = normaliseLabel(filled[0]!);
  if (CAPTIONS.has(normalised)) return {};
  const kind = documentKindOf(normalised);
  return kind && !normalised.includes(' ') ? { kind } : null;
}

/** Rows of label | value, one or more pairs a row; a row without a label continues the value above. */
function readPairs(rows: readonly string[][], labelOf: LabelOf): TableReading {
  const pairs: Pair[] = [];
  let complete = true;
  let kind: DocumentKind | undefined;
  rows.forEach((cells, rowIndex) => {
    if (rowIndex === 0) {
      const captioned = caption(cells);
      if (captioned) {
        kind = captioned.kind;
        return;
      }
    }
    const filled = cells.filter(Boolean);
    if (filled.length === 0) return;
    if (!cells[0] && pairs.length > 0 && filled.every((cell) => !labelOf(cell))) {
      const previous = pairs[pairs.length - 1]!;
      previous.value = [previous.value, ...filled].filter(Boolean).join(' ');
      return;
    }
    if (cells.length === 2 && cells[0]) {
      const [label, value] = cells as [string, string];
      const inline = value ? null : splitLabelled(label);
      const known = labelOf(label);
      if (inline) pairs.push({ ...inline, known: labelOf(inline.label) });
      else if (known || value) pairs.push({ label, value, known });
      // A text with nothing beside it is not a label: leaving the table would lose it.
      else complete = false;
      return;
    }
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      if (!cell) continue;
      const known = labelOf(cell);
      const next = cells[i + 1];
      if (known) {
        const nextIsLabel = next !== undefined && next !== '' && labelOf(next) !== null;
        pairs.push({ label: cell, value: nextIsLabel ? '' : (next ?? ''), known });
        if (!nextIsLabel) i++;
        continue;
      }
      const inline = splitLabelled(cell);
      const inlineKnown = inline ? labelOf(inline.label) : null;
      if (inline && inlineKnown) {
        pairs.push({ label: inline.label, value: inline.value, known: inlineKnown });
        continue;
      }
      if (next !== undefined && next !== '' && !labelOf(next)) {
        pairs.push({ label: cell, value: next, known: null });
        i++;
        continue;
      }
      if (inline) {
        pairs.push({ label: inline.label, value: inline.value, known: null });
        continue;
      }
      complete = false;
    }
  });
  return { pairs, complete, ...(kind ? { kind } : {}) };
}

/** A row of labels over a row of values, perhaps several such pairs of rows. */
function readGrid(rows: readonly string[][], labelOf: LabelOf): TableReading | null {
  const pairs: Pair[] = [];
  let kind: DocumentKind | undefined;
  const filledRows = rows.filter((cells) => cells.some(Boolean));
  const isLabelRow = (cells: readonly string[]) => {
    const filled = cells.filter(Boolean);
    const known = filled.filter((cell) => labelOf(cell)).length;
    return known > 0 && known * 2 >= filled.length;
  };
  let i = 0;
  if (filledRows[0] && !isLabelRow(filledRows[0])) {
    const captioned = caption(filledRows[0]);
    if (!captioned) return null;
    kind = captioned.kind;
    i = 1;
  }
  while (i < filledRows.length) {
    const labels = filledRows[i]!;
    if (!isLabelRow(labels)) return null;
    const values = filledRows[i + 1];
    const valuesAreLabels = values === undefined || isLabelRow(values);
    // A label row over two or more rows of values is a list (a revision history), not a metadata block.
    if (!valuesAreLabels && filledRows[i + 2] !== undefined && !isLabelRow(filledRows[i + 2]!)) return null;
    labels.forEach((label, column) => {
      const value = valuesAreLabels ? '' : (values[column] ?? '');
      if (label) pairs.push({ label, value, known: labelOf(label) });
      else if (value) pairs.push({ label: '', value, known: null });
    });
    if (!valuesAreLabels) values.slice(labels.length).forEach((value) => value && pairs.push({ label: '', value, known: null }));
    i += valuesAreLabels ? 1 : 2;
  }
  const complete = pairs.every((pair) => pair.label !== '');
  return { pairs, complete, ...(kind ? { kind } : {}) };
}

const known = (reading: TableReading) => reading.pairs.filter((pair) => pair.known);
const filledKnown = (reading: TableReading) => known(reading).filter((pair) => pair.value.trim()).length;

/** Most labels known (at least half, and two), one of them more than a word any table might use. */
function isMetadataTable(reading: TableReading): boolean {
  const labelled = reading.pairs.filter((pair) => pair.label);
  const recognised = known(reading);
  return recognised.length >= 2 && recognised.length * 2 >= labelled.length && recognised.some((pair) => !pair.known!.generic);
}

function readTable(rows: readonly string[][], labelOf: LabelOf): TableReading | null {
  const trimmed = rows.map((cells) => cells.map((cell) => cell.replace(/\s+/g, ' ').trim()));
  const readings = [readPairs(trimmed, labelOf), readGrid(trimmed, labelOf)].filter((reading): reading is TableReading => reading !== null && isMetadataTable(reading));
  readings.sort((a, b) => filledKnown(b) - filledKnown(a) || known(b).length - known(a).length || Number(b.complete) - Number(a.complete));
  return readings[0] ?? null;
}

/** A line of ordinary text ends the block of metadata lines at the top: a sentence, or anything long. */
const isBodyLine = (text: string) => text.length > 60 || /[.!?]$/.test(text);

/** "Diarienummer KS 2023/145", "Version 2.1": a known label then a value of the field's own form, without a colon. */
function readUnseparated(text: string, labelOf: LabelOf): { label: string; value: string; known: KnownLabel } | null {
  const words = text.split(' ');
  for (let count = Math.min(words.length - 1, 5); count >= 1; count--) {
    const label = words.slice(0, count).join(' ');
    const found = labelOf(label);
    if (!found || found.generic) continue;
    const value = words.slice(count).join(' ');
    const typed =
      (found.key === 'registryNumber' && isRegistryNumber(value)) ||
      ((found.key === 'validFrom' || found.key === 'validUntil' || found.key === 'reviewBy') && wholeDate(value) !== null) ||
      (found.key === 'validUntil' && UNTIL_FURTHER_NOTICE.test(value)) ||
      ((found.key === 'decidedDate' || found.key === 'lastRevisedDate' || found.key === 'decidedBy') && findDates(value).length > 0);
    if (typed) return { label, value, known: found };
  }
  return null;
}

/* ---------- The proposal ---------- */

const SOURCE_CONFIDENCE: Record<LabelSource, number> = { own: 1, default: 0.95, synonym: 0.9 };
const GENERIC_CONFIDENCE = 0.8;
const LINE_FACTOR = 0.95;
const HEADER_CONFIDENCE = 0.7;
const REGISTRY_LINE_CONFIDENCE = 0.9;

export function recogniseMetadata(candidates: readonly MetadataCandidate[], labels?: Labels, headerFooter?: readonly string[]): MetadataProposal {
  const labelOf = labelReader(labels);
  const fields = new Map<LabelledFieldKey, ProposedField>();
  const decisions: ProposedDecision[] = [];
  const consumed: number[] = [];
  const unrecognised: MetadataProposal['unrecognised'] = [];
  let kind: DocumentKind | undefined;
  let captionKind: DocumentKind | undefined;

  const propose = (field: ProposedField) => {
    const existing = fields.get(field.key);
    if (!existing || field.confidence > existing.confidence) fields.set(field.key, field);
  };
  const take = (pair: { label: string; value: string; known: KnownLabel }, index: number, layoutFactor: number) => {
    const base = pair.known.generic && pair.known.source === 'synonym' ? GENERIC_CONFIDENCE : SOURCE_CONFIDENCE[pair.known.source];
    const reading = readValue(pair.known.key, pair.label, pair.value);
    for (const field of reading.fields) {
      propose({ key: field.key, value: field.value, label: pair.label, confidence: round(base * layoutFactor * field.factor), index });
    }
    for (const decision of reading.decisions) addDecision(decisions, decision);
    if (reading.kind && !kind) kind = reading.kind;
  };

  let top = true;
  for (const candidate of candidates) {
    if (candidate.kind === 'table') {
      const reading = readTable(candidate.rows, labelOf);
      if (!reading) {
        if (candidate.rows.some((cells) => cells.some((cell) => cell.trim()))) top = false;
        continue;
      }
      for (const pair of reading.pairs) {
        if (pair.known) take({ label: pair.label, value: pair.value, known: pair.known }, candidate.index, 1);
      }
      if (reading.kind && !captionKind) captionKind = reading.kind;
      if (reading.complete) {
        consumed.push(candidate.index);
        for (const pair of reading.pairs) {
          if (!pair.known && pair.value.trim()) unrecognised.push({ label: pair.label, value: pair.value.trim(), index: candidate.index });
        }
      }
      continue;
    }
    const text = candidate.text.replace(/[ \u00a0]+/g, ' ').trim();
    if (!text || !top) continue;
    const line = readLine(text, labelOf);
    if (!line) {
      if (isBodyLine(text)) top = false;
      continue;
    }
    if (line.registryNumber) {
      propose({ key: 'registryNumber', value: line.registryNumber, label: '', confidence: REGISTRY_LINE_CONFIDENCE, index: candidate.index });
    }
    for (const pair of line.pairs) {
      if (pair.known) take({ label: pair.label, value: pair.value, known: pair.known }, candidate.index, LINE_FACTOR);
      else if (pair.value) unrecognised.push({ label: pair.label, value: pair.value, index: candidate.index });
    }
    consumed.push(candidate.index);
  }

  if (!fields.has('registryNumber')) {
    for (const text of headerFooter ?? []) {
      const found = findRegistryNumber(text);
      if (found) {
        propose({ key: 'registryNumber', value: found, label: '', confidence: HEADER_CONFIDENCE, index: null });
        break;
      }
    }
  }

  const kindOfFields = kind ?? captionKind;
  return {
    fields: [...fields.values()],
    ...(kindOfFields ? { kind: kindOfFields } : {}),
    decisions,
    consumed,
    unrecognised,
  };
}

/** A line that states a decision: "Antagen av kommunfullmäktige 2019-03-25 § 41". */
const DECISION_LINE = /^(antagen|antaget|fastställd|fastställt|beslutad|beslutat|reviderad|reviderat|upphävd|upphävt)(?![\p{L}])/iu;

interface LineReading {
  registryNumber?: string;
  pairs: Pair[];
}

/**
 * A line of metadata: a registry number alone ("KS 2023/145", "Dnr KS-2023-145"), a decision
 * ("Antagen av kommunfullmäktige 2019-03-25 § 41"), or "Label: value" pairs, several on a line when
 * tabs or runs of spaces part them, at least one with a known label. Null for anything else.
 */
function readLine(text: string, labelOf: LabelOf): LineReading | null {
  if (isRegistryNumber(text)) return { registryNumber: findRegistryNumber(text) ?? text, pairs: [] };
  const segments = text.split(/\t+| {3,}/).map((segment) => segment.trim()).filter(Boolean);
  const pairs: Pair[] = [];
  if (segments.length % 2 === 0 && segments.every((segment) => !segment.includes(':'))) {
    // "Beslutad av<tab>Kommunfullmäktige": a tab or a run of spaces parts the label from the value.
    for (let i = 0; i < segments.length; i += 2) pairs.push({ label: segments[i]!, value: segments[i + 1]!, known: labelOf(segments[i]!) });
  } else {
    for (const segment of segments) {
      const split = splitLabelled(segment);
      const reading = split ? { ...split, known: labelOf(split.label) } : readUnseparated(segment, labelOf);
      if (!reading) return decisionLine(text);
      pairs.push(reading);
    }
  }
  return pairs.some((pair) => pair.known) ? { pairs } : decisionLine(text);
}

/** A line that states a decision without a label: "Antagen av kommunfullmäktige 2019-03-25 § 41". */
function decisionLine(text: string): LineReading | null {
  const verb = DECISION_LINE.exec(text);
  if (verb && findDates(text).length > 0 && text.length <= 200) {
    const key: LabelledFieldKey = actionOfVerb(verb[1]!) === 'reviderad' ? 'lastRevisedDate' : 'decidedBy';
    return { pairs: [{ label: verb[1]!, value: text, known: { key, source: 'synonym', generic: false } }] };
  }
  return null;
}

function addDecision(decisions: ProposedDecision[], decision: ProposedDecision): void {
  const same = (other: ProposedDecision) => other.action === decision.action && other.date === decision.date && other.body.toLocaleLowerCase('sv') === decision.body.toLocaleLowerCase('sv');
  const existing = decisions.find(same);
  if (!existing) decisions.push(decision);
  else if (!existing.paragraph && decision.paragraph) existing.paragraph = decision.paragraph;
}

const round = (value: number) => Math.round(value * 100) / 100;
