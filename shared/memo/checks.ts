import type { DocumentHeader } from '../model/document';
import type { Memo, MemoAssessment } from '../model/memo';
import type { Organisation } from '../model/organisation';
import { lix, words, type Lix } from '../text/lix';
import { isBlankMemoText, memoTextParagraphs, memoTextWordCount } from '../model/memo-text';

/** A part the memo cannot go to decision without. */
export type RequiredPart = 'date' | 'officer' | 'registryNumber' | 'recipient' | 'title' | 'description' | 'opinion' | 'proposal' | 'signatures';

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

/**
 * What a memo lacks before it goes to decision, for the quality panel and the warning before export:
 * the required parts, the organisation's assessments, decision points that are not complete sentences
 * naming the deciding body, a summary when the description is long; and the memo's LIX.
 */
export function checkMemo(header: Pick<DocumentHeader, 'title' | 'metadata'>, memo: Memo, organisation: Organisation | null): MemoCheck {
  const problems: MemoProblem[] = [];
  const missing = (part: RequiredPart, empty: boolean) => empty && problems.push({ code: 'missing-part', part });
  missing('date', !memo.date.trim());
  missing('officer', !organisation?.people.some((person) => person.id === memo.officerId));
  missing('registryNumber', !header.metadata.registryNumber?.trim());
  missing('recipient', !organisation?.bodies.some((body) => body.id === memo.recipientId));
  missing('title', !header.title.trim());
  missing('description', isBlankMemoText(memo.description));
  missing('opinion', isBlankMemoText(memo.opinion));
  for (const assessment of organisation?.memoSettings.assessments ?? ['ekonomi']) {
    if (isBlankMemoText(memo.assessments[assessment])) problems.push({ code: 'missing-assessment', assessment });
  }
  const points = memo.proposal.flatMap((group) => group.points.filter((point) => point.trim()));
  missing('proposal', points.length === 0);
  const bodies = organisation?.bodies.map((body) => body.name) ?? [];
  memo.proposal.forEach((group, groupIndex) =>
    group.points.forEach((point, pointIndex) => {
      const text = point.trim();
      if (!text) return;
      const at = { group: groupIndex + 1, point: pointIndex + 1 };
      if (!namesBody(text, [...bodies, group.body])) problems.push({ code: 'incomplete-point', ...at, reason: 'no-body' });
      else if (!isSentence(text)) problems.push({ code: 'incomplete-point', ...at, reason: 'not-a-sentence' });
    }),
  );
  missing('signatures', !memo.signatoryIds.some((id) => organisation?.people.some((person) => person.id === id)));
  const descriptionWords = memoTextWordCount(memo.description);
  if (descriptionWords > LONG_DESCRIPTION_WORDS && isBlankMemoText(memo.summary)) problems.push({ code: 'summary-needed', words: descriptionWords });
  const text = [memo.summary, memo.description, memo.opinion, ...Object.values(memo.assessments)].flatMap(memoTextParagraphs);
  return { problems, lix: lix([...text, ...points]) };
}
