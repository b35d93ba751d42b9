import type { MemoAssessment, MemoMatter, MemoPartName, MemoSettings } from '../model/memo';
import { DEFAULT_MEMO_TEMPLATE, ownPartId, type MemoHeaderFact, type MemoPartKey, type MemoTemplate } from '../model/memo-template';

/**
 * The words of a tjänsteskrivelse: its parts' usual names (the organisation may rename them) and how
 * each matter is named in a title. Memos are Swedish documents whatever the interface language.
 */
export const MEMO_PART_NAMES: Record<MemoPartName, string> = {
  summary: 'Sammanfattning',
  description: 'Ärendebeskrivning',
  opinion: 'Förvaltningens yttrande',
  ekonomi: 'Ekonomisk bedömning',
  barn: 'Barnkonsekvensanalys',
  jamstalldhet: 'Jämställdhetsanalys',
  miljo: 'Miljöbedömning',
  proposal: 'Förslag till beslut',
  sendTo: 'Beslutet ska skickas till',
  attachments: 'Bilagor',
};

/** A part's name: the organisation's own, else the usual one. */
export function memoPartName(part: MemoPartName, settings: MemoSettings | undefined): string {
  return settings?.partNames[part]?.trim() || MEMO_PART_NAMES[part];
}

/** The organisation's template, or the layout of the time before templates for a profile that has none. */
export const memoTemplate = (settings: MemoSettings | undefined): MemoTemplate => settings?.template ?? DEFAULT_MEMO_TEMPLATE;

/** Parts that are not a heading of their own in the memo, named for the settings and the checks. */
const UNHEADED_PART_NAMES = { remiss: 'Remiss', assessments: 'Konsekvensbedömningar', signatures: 'Underskrifter' } as const;

/** Any part of the template by the name the organisation gave it: an own part by its own name. */
export function templatePartName(key: MemoPartKey, settings: MemoSettings | undefined): string {
  const own = ownPartId(key);
  if (own !== null) return memoTemplate(settings).ownParts.find((part) => part.id === own)?.name.trim() || 'Egen del';
  return key in UNHEADED_PART_NAMES ? UNHEADED_PART_NAMES[key as keyof typeof UNHEADED_PART_NAMES] : memoPartName(key as MemoPartName, settings);
}

export const MEMO_HEADER = {
  kindWord: 'TJÄNSTESKRIVELSE',
  date: 'Datum',
  officer: 'Handläggare',
  recipient: 'Till',
  phone: 'Telefon',
  email: 'E-post',
  attachment: (number: number) => `Bilaga ${number}`,
} as const;

/** The usual labels of the header's facts; the registry number's is the organisation's metadata label. */
export const HEADER_FACT_LABELS: Record<Exclude<MemoHeaderFact, 'registryNumber'>, string> = {
  date: MEMO_HEADER.date,
  officer: MEMO_HEADER.officer,
  recipient: MEMO_HEADER.recipient,
};

/** The standard decision points accepted as they are when the organisation has not set its own. */
export const DEFAULT_STANDARD_POINTS: readonly string[] = [
  'Tjänsteskrivelsen utgör svar på remissen.',
  'Tjänsteutlåtandet utgör svar på remissen.',
  'Omedelbar justering.',
  'Paragrafen justeras omedelbart.',
];
export const standardPoints = (settings: MemoSettings | undefined): readonly string[] => settings?.standardPoints ?? DEFAULT_STANDARD_POINTS;

/** "Tjänsteutlåtande" as the start of a title: a capital first letter, the rest as written. */
export const kindTitle = (kindWord: string): string => {
  const word = kindWord.trim() || 'Tjänsteskrivelse';
  return `${word.charAt(0).toLocaleUpperCase('sv')}${word.slice(1).toLocaleLowerCase('sv')}`;
};

/**
 * The kind word in its definite form, as a decision point says it: "Tjänsteutlåtandet utgör svar på
 * remissen". Swedish nouns in -ande/-ende take -t, others ending in -e take -n (tjänsteskrivelsen),
 * the rest -en (tjänsteanteckningen).
 */
export function kindDefinite(kindWord: string): string {
  const word = kindTitle(kindWord);
  if (/(ande|ende)$/.test(word)) return `${word}t`;
  return /e$/.test(word) ? `${word}n` : `${word}en`;
}

/** "Tjänsteskrivelse – Upphävande av Riktlinje för …": the matter as a noun. */
export const MATTER_TITLES: Record<MemoMatter, string> = {
  anta: 'Antagande av',
  revidera: 'Revidering av',
  upphava: 'Upphävande av',
  remissvar: 'Remissvar om',
};

export const ASSESSMENTS_IN_ORDER: readonly MemoAssessment[] = ['ekonomi', 'barn', 'jamstalldhet', 'miljo'];

/** The definite form of a generic body: kommunstyrelsen, socialnämnden, kommunfullmäktige, arbetsutskottet. */
const GENERIC_BODY = /(fullmäktige|styrelsen|nämnden|utskottet|beredningen|direktionen|rådet)$/;

/**
 * A body's name as it stands mid-sentence. Swedish writes a generic body in lower case
 * ("Förslag till beslut i kommunstyrelsen") but keeps a proper name as it is ("i Rinkeby-Kista
 * stadsdelsnämnd"). Only the first letter is ever lowered, and only when the name is a generic body
 * in the definite form with no other capital in it: a place name ("Rinkeby-Kista"), an indefinite
 * form ("Sjöviks kommunstyrelse") or an abbreviation ("KS") keeps its case.
 */
export function bodyMidSentence(body: string): string {
  const name = body.trim();
  const rest = name.slice(1);
  if (rest !== rest.toLocaleLowerCase('sv') || !GENERIC_BODY.test(name)) return name;
  return `${name.charAt(0).toLocaleLowerCase('sv')}${rest}`;
}

/** "Förslag till beslut i kommunstyrelsen": the proposal to one body. */
export function proposalHeading(name: string, body: string): string {
  return body.trim() ? `${name} i ${bodyMidSentence(body)}` : name;
}
