import { formatDecisionReference, validateDecision, type Decision } from '../model/decision';
import { toIsoDate } from '../model/dates';
import type { DocumentHeader, DocumentSeed } from '../model/document';
import { EMPTY_REMISS, type Memo, type MemoMatter } from '../model/memo';
import type { Body, Organisation } from '../model/organisation';
import { content } from '../model/content';
import { emptyMemoText, memoTextOfParagraphs } from '../model/memo-text';
import { KIND_NAMES } from '../i18n/document-names';
import { describeChange, summarizeComparison } from '../i18n/compare';
import { formatVersionNumber, type Assessment, type VersionNumber } from '../model/versions';
import type { Comparison } from '../text/compare';
import { MATTER_TITLES, kindDefinite, kindTitle, memoTemplate } from './words';

/** What a decision did, as the verb of a sentence about the document. */
const DONE: Record<Decision['action'], string> = {
  antagen: 'antogs',
  reviderad: 'reviderades',
  redaktionell: 'ändrades redaktionellt',
  aktualitetsprovad: 'aktualitetsprövades utan ändring',
  upphavd: 'upphävdes',
  ovrigt: 'behandlades',
};

/** What the proposal asks the body to do with the document. */
const PROPOSED: Record<Exclude<MemoMatter, 'remissvar'>, (title: string) => string> = {
  anta: (title) => `anta ${title} enligt bilaga 1`,
  revidera: (title) => `anta den reviderade versionen av ${title} enligt bilaga 1`,
  upphava: (title) => `upphäva ${title}`,
};

const byDate = (a: Decision, b: Decision) => (a.date || '9999').localeCompare(b.date || '9999');

/**
 * One sentence per earlier decision, oldest first, with body, date and paragraph. What the history
 * lacks is said, never made up.
 */
function citeDecisions(subject: DocumentHeader): string[] {
  return [...subject.decisions].sort(byDate).map((decision) => {
    const missing = validateDecision(decision).map((issue) => issue.field);
    const reference = formatDecisionReference(decision);
    const lacking = missing.length ? ` (${missingWords(missing)} saknas i beslutshistoriken)` : '';
    const summary = decision.summary.trim() ? ` ${decision.summary.trim().replace(/\.?$/, '.')}` : '';
    return `Dokumentet ${DONE[decision.action]}${reference ? ` av ${reference}` : ''}${lacking}.${summary}`;
  });
}

function missingWords(fields: string[]): string {
  const words = fields.map((field) => ({ body: 'beslutande organ', date: 'datum', paragraph: 'paragraf' })[field] ?? field);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} och ${words.at(-1)}` : words[0]!;
}

/**
 * The body that answers a remiss for the organisation: its own nämnd, not the council or the board that
 * usually sent the remiss. The first body that is neither, else Kommunstyrelsen, else the first.
 */
export function answeringBody(organisation: Organisation | null): Body | undefined {
  const bodies = organisation?.bodies ?? [];
  const central = (body: Body) => /^(kommunfullmäktige|kommunstyrelsen|regionfullmäktige|regionstyrelsen)$/i.test(body.name.trim());
  return bodies.find((body) => body.name.trim() && !central(body)) ?? bodies.find((body) => body.name === bodyNamed(organisation, 'Kommunstyrelsen')) ?? bodies[0];
}

/** The body that decides on the document: the one its metadata names, else the one of its latest decision. */
function decidingBody(subject: DocumentHeader): string {
  const latest = [...subject.decisions].sort(byDate).reverse().find((decision) => decision.body.trim());
  return subject.metadata.decidedBy?.trim() || latest?.body.trim() || '';
}

const bodyNamed = (organisation: Organisation | null, name: string) =>
  organisation?.bodies.find((body) => body.name.toLocaleLowerCase('sv') === name.toLocaleLowerCase('sv'))?.name;

/** What a revision changes, for the memo that brings it to its decision. */
export interface RevisionChanges {
  /** The version in force, which the revision replaces. */
  from: VersionNumber;
  /** The number the revision gets when adopted. */
  to: VersionNumber;
  comparison: Comparison;
  assessment: Assessment | null;
}

/** At most this many changes are named one by one; the summary counts them all. */
const NAMED_CHANGES = 15;

/**
 * The revision in words: which version replaces which, the summary of the changes, each change named,
 * and who assessed them. Each its own paragraph, so that no list collapses into one line.
 */
function describeRevision(title: string, { from, to, comparison, assessment }: RevisionChanges): string[] {
  const [fromNumber, toNumber] = [formatVersionNumber(from), formatVersionNumber(to)];
  const intro = `Förslaget är version ${toNumber} av ${title} och ersätter gällande version ${fromNumber}. Ändringar jämfört med version ${fromNumber}: ${summarizeComparison(comparison, 'sv').toLocaleLowerCase('sv')}.`;
  const named = comparison.changes.slice(0, NAMED_CHANGES).map((change) => {
    const what = describeChange(change.kind, change.type, 'sv');
    return `${what.charAt(0).toLocaleUpperCase('sv')}${what.slice(1)}${change.title ? `: ”${change.title}”` : ''}.`;
  });
  const more = comparison.changes.length - named.length;
  const moreWords = more === 1 ? 'ytterligare en ändring' : `ytterligare ${more} ändringar`;
  const assessed = assessment
    ? [`Ändringarna har bedömts som ${assessment.change === 'editorial' ? 'redaktionella' : 'sakliga'} av ${assessment.by} ${toIsoDate(new Date(assessment.at))}.`]
    : [];
  return [intro, ...named, ...(more > 0 ? [`Därutöver finns ${moreWords}, som framgår av jämförelseversionen.`] : []), ...assessed];
}

function description(subject: DocumentHeader, matter: MemoMatter, organisation: Organisation | null, body: string, revision?: RevisionChanges): string[] {
  const title = subject.title;
  const kind = KIND_NAMES[subject.kind].toLocaleLowerCase('sv');
  const history = citeDecisions(subject);
  const noHistory =
    'Dokumentets beslutshistorik i Handbok är tom. Ange här när och av vilket organ dokumentet senast beslutades (organ, datum och paragraf).';
  const decider = body ? `Dokumentet beslutas av ${body}.` : 'Ange vilket organ som beslutar om dokumentet.';
  switch (matter) {
    case 'anta':
      return [`Förvaltningen har tagit fram ett förslag till ${title}, som här läggs fram för att antas. ${decider}`, ...history];
    case 'revidera':
      return [
        `Förvaltningen har sett över ${title} och lägger fram en reviderad version för beslut. ${decider}`,
        ...(revision ? describeRevision(title, revision) : []),
        ...(history.length ? history : [noHistory]),
      ];
    case 'upphava':
      return [`Förvaltningen föreslår att ${title} upphävs. ${decider}`, ...(history.length ? history : [noHistory])];
    case 'remissvar':
      return [`${body || organisation?.name || 'Kommunen'} har fått ${title} (${kind}) på remiss. Förvaltningen har tagit fram ett förslag till yttrande.`, ...history];
  }
}

export interface MemoDraftInput {
  subject: DocumentHeader;
  matter: MemoMatter;
  organisation: Organisation | null;
  /** Today's date, ISO (2026-11-22): the memo's date. */
  today: string;
  newId: () => string;
  /** For a revision whose draft is in work: what it changes against the version in force. */
  revision?: RevisionChanges;
  /** For a remissvar: the organisation's body that answers (decides and receives the memo); else answeringBody(). */
  answeringBodyId?: string;
}

/**
 * The first draft of a tjänsteskrivelse about a governing document, written from what Handbok knows
 * of it: the title, a description that cites the earlier decisions with body, date and paragraph
 * (and says what is missing instead of inventing it), the draft decision points as complete
 * sentences naming the deciding body, the document as bilaga 1 and the memo linked to it. What only
 * the official can write (the office's opinion, the assessments) is left empty for them, and the
 * quality checks ask for it.
 */
export function draftMemo({ subject, matter, organisation, today, newId, revision, answeringBodyId }: MemoDraftInput): DocumentSeed {
  const answering = matter === 'remissvar' ? (organisation?.bodies.find((candidate) => candidate.id === answeringBodyId) ?? answeringBody(organisation)) : undefined;
  const body = answering ? answering.name : decidingBody(subject);
  const registry = subject.metadata.registryNumber?.trim();
  const object = matter === 'upphava' && registry ? `${subject.title} (${registry})` : subject.title;
  const recipient = answering ?? organisation?.bodies.find((candidate) => candidate.name === bodyNamed(organisation, 'Kommunstyrelsen')) ?? organisation?.bodies[0];
  const settings = organisation?.memoSettings;
  const template = memoTemplate(settings);
  // A remissvar is answered with the organisation's standard point ("Tjänsteutlåtandet utgör svar på remissen."), the others by a sentence naming the body.
  const points = matter === 'remissvar' ? [`${kindDefinite(template.kindWord)} utgör svar på remissen.`] : [`${body || '[Beslutande organ]'} beslutar att ${PROPOSED[matter](object)}.`];
  const memo: Memo = {
    matter,
    subjectId: subject.id,
    date: today,
    officerId: '',
    recipientId: recipient?.id ?? '',
    summary: emptyMemoText(),
    description: memoTextOfParagraphs(description(subject, matter, organisation, body, revision)),
    opinion: emptyMemoText(),
    assessments: Object.fromEntries((settings?.assessments ?? ['ekonomi']).map((assessment) => [assessment, emptyMemoText()])),
    proposal: [{ id: newId(), body, points }],
    sendTo: [subject.metadata.owner?.trim()].filter((recipientName): recipientName is string => Boolean(recipientName)),
    signatoryIds: [],
    attachments: [{ kind: 'document', id: subject.id, documentId: subject.id }],
    ownParts: Object.fromEntries(template.ownParts.map((part) => [part.id, emptyMemoText()])),
    remiss: { ...EMPTY_REMISS },
  };
  return {
    kind: 'tjansteskrivelse',
    title: `${kindTitle(template.kindWord)} – ${MATTER_TITLES[matter]} ${subject.title}`,
    status: 'utkast',
    metadata: {},
    decisions: [],
    content: content(),
    memo,
  };
}
