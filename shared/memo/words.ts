import type { MemoAssessment, MemoMatter, MemoPartName, MemoSettings } from '../model/memo';

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

export const MEMO_HEADER = {
  kindWord: 'TJÄNSTESKRIVELSE',
  date: 'Datum',
  officer: 'Handläggare',
  recipient: 'Till',
  attachment: (number: number) => `Bilaga ${number}`,
} as const;

/** "Tjänsteskrivelse – Upphävande av Riktlinje för …": the matter as a noun. */
export const MATTER_TITLES: Record<MemoMatter, string> = {
  anta: 'Antagande av',
  revidera: 'Revidering av',
  upphava: 'Upphävande av',
  remissvar: 'Remissvar om',
};

export const ASSESSMENTS_IN_ORDER: readonly MemoAssessment[] = ['ekonomi', 'barn', 'jamstalldhet', 'miljo'];

/** "Förslag till beslut i kommunstyrelsen": the proposal to one body, the body's name in lower case as Swedish writes it mid-sentence. */
export function proposalHeading(name: string, body: string): string {
  return body.trim() ? `${name} i ${body.trim().toLocaleLowerCase('sv')}` : name;
}
