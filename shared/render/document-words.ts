import type { DecisionAction } from '../model/decision';
import type { DocumentStatus } from '../model/kinds';

// Memos write these names too, so they lie below both; the renderers keep finding all their words here.
export { KIND_NAMES, METADATA_LABELS, metadataLabel } from '../i18n/document-names';

/**
 * The words an exported document is written with (the Swedish interface shares them). Governing documents are Swedish documents (the
 * export declares sv-SE), whatever language the app's interface is in; the organisation profile can
 * rename the metadata labels.
 */
export const STATUS_NAMES: Record<DocumentStatus, string> = {
  utkast: 'Utkast',
  remiss: 'På remiss',
  'for-beslut': 'För beslut',
  gallande: 'Gällande',
  upphavd: 'Upphävd',
};

/**
 * What an export of a document that is not in force says on every page, so that nobody takes a draft
 * for the decided text; an adopted document carries none.
 */
export const STATUS_MARKS: Record<DocumentStatus, string | null> = {
  utkast: 'UTKAST',
  remiss: 'REMISSVERSION',
  'for-beslut': 'FÖRSLAG TILL BESLUT',
  gallande: null,
  upphavd: 'UPPHÄVT',
};

/** The same, said in a sentence on the first page, where a screen reader reads it with the title. */
export const STATUS_SENTENCES: Record<DocumentStatus, string | null> = {
  utkast: 'Utkast. Dokumentet är inte beslutat.',
  remiss: 'Remissversion. Dokumentet är ett förslag och är inte beslutat.',
  'for-beslut': 'Förslag till beslut. Dokumentet är inte beslutat.',
  gallande: null,
  upphavd: 'Upphävt. Dokumentet gäller inte längre.',
};

export const DECISION_ACTION_NAMES: Record<DecisionAction, string> = {
  antagen: 'Antagen',
  reviderad: 'Reviderad',
  redaktionell: 'Redaktionell ändring',
  aktualitetsprovad: 'Aktualitetsprövad utan ändring',
  upphavd: 'Upphävd',
  ovrigt: 'Övrigt',
};

/**
 * Labels for a decision's date and paragraph in one row ("Beslutad när 2023-04-13 § 64"), and for the
 * deciding body of a document not yet decided, unless the organisation has a label of its own.
 */
export const COMBINED_LABELS = { decidedDate: 'Beslutad när', lastRevisedDate: 'Senast reviderad' } as const;
export const TO_BE_DECIDED_BY = 'Beslutas av';

export const WORDS = {
  contents: 'Innehåll',
  decisionHistory: 'Beslutshistorik',
  decision: 'Beslut',
  date: 'Datum',
  paragraph: 'Paragraf',
  body: 'Beslutsinstans',
  summary: 'Innebörd',
  page: (current: string, total: string) => ['Sida ', current, ' av ', total] as const,
  version: 'Version',
  /** The column headers of an annual cycle's table. */
  annualCycle: { month: 'Månad', activities: 'Aktiviteter' },
  reference: 'Se',
  referenceMissing: 'dokumentet finns inte i biblioteket',
  referenceRepealed: 'upphävt',
  figure: 'Figur',
  notes: 'Fotnoter',
  note: (number: number) => `Fotnot ${number}`,
  logo: (organisation: string) => `Logotyp för ${organisation}`,
  /** The first page's line for a document last reviewed and kept without change. */
  lastReviewed: 'Senast aktualitetsprövad',
  /** The jämförelseversion: a PDF that shows what changed against an older version. */
  comparison: {
    /** At the top of every page, as a document not in force says what it is. */
    mark: 'JÄMFÖRELSEVERSION',
    notice: (against: string, created: string | null) => `Jämförelseversion – ändringar mot ${against}${created ? ` (skapad ${created})` : ''}`,
    /** How to read the marks; each example is marked as the text is. */
    legend: {
      inserted: ['Tillagd text är understruken och står inom [+ ]: ', 'så här', '.'],
      deleted: ['Borttagen text är överstruken och står inom [− ]: ', 'så här', '.'],
      whole: 'Ett stycke, en rad eller ett block som lagts till har ett heldraget streck i vänstermarginalen, ett som tagits bort ett streckat.',
    },
  },
} as const;
