import type { DocumentHeader } from '../model/document';
import type { Memo, MemoAssessment, MemoTextPart } from '../model/memo';
import { ownPartId, templateOrder, type MemoBuiltinPart, type MemoHeaderFact, type MemoPartKey } from '../model/memo-template';
import { memoTemplate, standardPoints } from './words';
import type { Organisation } from '../model/organisation';
import { lix, words, type Lix } from '../text/lix';
import { isBlankMemoText, memoTextParagraphs, memoTextWordCount } from '../model/memo-text';

/** A part the memo cannot go to decision without: a fact of the header, the title, or a part the template requires. */
export type RequiredPart = MemoHeaderFact | 'title' | MemoPartKey;

export type MemoProblem =
  | { code: 'missing-part'; part: RequiredPart }
  | { code: 'missing-assessment'; assessment: MemoAssessment }
  /** A decision point that is not a whole sentence (capital letter, full stop, a verb phrase) or names no body. */
  | { code: 'incomplete-point'; group: number; point: number; reason: 'not-a-sentence' | 'no-body' }
  | { code: 'summary-needed'; words: number };

export interface MemoCheck {
  problems: MemoProblem[];
  /** LIX of the memo's text: its parts and its decision points. */
  lix: Lix | null;
}

/** A description longer than this wants a summary above it. */
export const LONG_DESCRIPTION_WORDS = 200;

function isSentence(text: string): boolean {
  return /^[A-ZÅÄÖÉ]/.test(text) && /[.!?]$/.test(text) && words(text).length >= 4;
}

function namesBody(text: string, bodies: readonly string[]): boolean {
  const lower = text.toLocaleLowerCase('sv');
  return bodies.some((body) => body.trim() && lower.includes(body.trim().toLocaleLowerCase('sv')));
}

/** A standard phrase of the organisation's ("Omedelbar justering.") is a decision point as it is, with or without its full stop. */
export function isStandardPoint(text: string, accepted: readonly string[]): boolean {
  const plain = (phrase: string) => phrase.trim().replace(/\.$/, '').toLocaleLowerCase('sv');
  return accepted.some((phrase) => phrase.trim() && plain(phrase) === plain(text));
}

/**
 * What a memo lacks before it goes to decision, for the quality panel and the warning before export:
 * the header's facts, the title and the parts the organisation's template requires, in the template's
 * order; the organisation's assessments; decision points that are neither one of the organisation's
 * standard phrases nor complete sentences naming the deciding body; a summary when the description is
 * long; and the memo's LIX.
 */
export function checkMemo(header: Pick<DocumentHeader, 'title' | 'metadata'>, memo: Memo, organisation: Organisation | null): MemoCheck {
  const settings = organisation?.memoSettings;
  const template = memoTemplate(settings);
  const problems: MemoProblem[] = [];
  const missing = (part: RequiredPart, empty: boolean) => empty && problems.push({ code: 'missing-part', part });
  const facts: Record<MemoHeaderFact, boolean> = {
    date: !memo.date.trim(),
    officer: !organisation?.people.some((person) => person.id === memo.officerId),
    registryNumber: !header.metadata.registryNumber?.trim(),
    recipient: !organisation?.bodies.some((body) => body.id === memo.recipientId),
  };
  // The facts the template's header shows, in its order; a fact it leaves out is not asked for.
  for (const { fact } of template.header) missing(fact, facts[fact]);
  missing('title', !header.title.trim());
  const points = memo.proposal.flatMap((group) => group.points.filter((point) => point.trim()));
  const required = (key: MemoPartKey) => template.required.includes(key);
  for (const key of templateOrder(template)) {
    const own = ownPartId(key);
    if (own !== null) {
      missing(key, required(key) && isBlankMemoText(memo.ownParts[own]));
      continue;
    }
    switch (key as MemoBuiltinPart) {
      case 'remiss':
        missing(key, required(key) && memo.matter === 'remissvar' && !memo.remiss.from.trim());
        break;
      case 'summary':
      case 'description':
      case 'opinion':
        missing(key, required(key) && isBlankMemoText(memo[key as MemoTextPart]));
        break;
      case 'assessments':
        if (!required(key)) break;
        for (const assessment of settings?.assessments ?? ['ekonomi']) {
          if (isBlankMemoText(memo.assessments[assessment])) problems.push({ code: 'missing-assessment', assessment });
        }
        break;
      case 'proposal':
        missing(key, required(key) && points.length === 0);
        problems.push(...incompletePoints(memo, organisation));
        break;
      case 'sendTo':
        missing(key, required(key) && !memo.sendTo.some((line) => line.trim()));
        break;
      case 'signatures':
        missing(key, required(key) && !memo.signatoryIds.some((id) => organisation?.people.some((person) => person.id === id)));
        break;
      case 'attachments':
        missing(key, required(key) && memo.attachments.length === 0);
        break;
    }
  }
  const descriptionWords = memoTextWordCount(memo.description);
  if (descriptionWords > LONG_DESCRIPTION_WORDS && isBlankMemoText(memo.summary)) problems.push({ code: 'summary-needed', words: descriptionWords });
  const text = [memo.summary, memo.description, memo.opinion, ...Object.values(memo.assessments), ...Object.values(memo.ownParts)].flatMap(memoTextParagraphs);
  return { problems, lix: lix([...text, ...points]) };
}

function incompletePoints(memo: Memo, organisation: Organisation | null): MemoProblem[] {
  const bodies = organisation?.bodies.map((body) => body.name) ?? [];
  const accepted = standardPoints(organisation?.memoSettings);
  return memo.proposal.flatMap((group, groupIndex) =>
    group.points.flatMap((point, pointIndex): MemoProblem[] => {
      const text = point.trim();
      if (!text || isStandardPoint(text, accepted)) return [];
      const at = { group: groupIndex + 1, point: pointIndex + 1 };
      if (!namesBody(text, [...bodies, group.body])) return [{ code: 'incomplete-point', ...at, reason: 'no-body' }];
      return isSentence(text) ? [] : [{ code: 'incomplete-point', ...at, reason: 'not-a-sentence' }];
    }),
  );
}
