import { z } from 'zod';
import { isIsoDate, isParagraph } from './dates';

/**
 * What a decision did to the document. `redaktionell`: an editorial revision adopted by the document's
 * owner under delegation; `aktualitetsprovad`: reviewed and kept without change, which restarts the
 * review interval. A Handbok that does not know an action reads it as `ovrigt`.
 */
export const DECISION_ACTIONS = ['antagen', 'reviderad', 'redaktionell', 'aktualitetsprovad', 'upphavd', 'ovrigt'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/**
 * One entry of the document history: a decision always has the form body, date, paragraph
 * ("Kommunfullmäktige 2016-04-27 § 102") and says what was decided.
 */
export const decisionSchema = z.looseObject({
  id: z.string().min(1),
  body: z.string(),
  date: z.string(),
  paragraph: z.string(),
  action: z.enum(DECISION_ACTIONS).catch('ovrigt'),
  summary: z.string().default(''),
});
export type Decision = z.infer<typeof decisionSchema>;

export type DecisionIssueCode = 'missing-body' | 'missing-date' | 'invalid-date' | 'missing-paragraph' | 'invalid-paragraph';
export interface DecisionIssue {
  field: 'body' | 'date' | 'paragraph';
  code: DecisionIssueCode;
}

/** A decision reference is only useful when body, date and paragraph are all present and well-formed. */
export function validateDecision(decision: Decision): DecisionIssue[] {
  const issues: DecisionIssue[] = [];
  if (!decision.body.trim()) issues.push({ field: 'body', code: 'missing-body' });
  const date = decision.date.trim();
  if (!date) issues.push({ field: 'date', code: 'missing-date' });
  else if (!isIsoDate(date)) issues.push({ field: 'date', code: 'invalid-date' });
  const paragraph = decision.paragraph.trim();
  if (!paragraph) issues.push({ field: 'paragraph', code: 'missing-paragraph' });
  else if (!isParagraph(paragraph)) issues.push({ field: 'paragraph', code: 'invalid-paragraph' });
  return issues;
}

/** "Kommunfullmäktige 2016-04-27 § 102": the form in which decisions are cited. */
export function formatDecisionReference(decision: Pick<Decision, 'body' | 'date' | 'paragraph'>): string {
  return [decision.body, decision.date, decision.paragraph]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}

/** Newest first, which is how a document history is read. Undated entries go last. */
export function sortDecisionsNewestFirst(decisions: readonly Decision[]): Decision[] {
  return [...decisions].sort((a, b) => (b.date || '0000').localeCompare(a.date || '0000'));
}

/**
 * The newest decision with a valid date among those that pass; of two on one day, the one recorded
 * later. Undated decisions cannot be placed in time and are passed over.
 */
export function latestDecisionWhere(decisions: readonly Decision[], passes: (decision: Decision) => boolean): Decision | null {
  let latest: Decision | null = null;
  for (const decision of decisions) {
    if (!passes(decision) || !isIsoDate(decision.date.trim())) continue;
    if (!latest || decision.date.trim() >= latest.date.trim()) latest = decision;
  }
  return latest;
}

/**
 * The decision by which the document was last reviewed and kept without change (`aktualitetsprovad`),
 * or null when it has never been so reviewed (or every such decision lacks a date). What the first
 * page of an export says as "Senast aktualitetsprövad".
 */
export const lastReviewedWithoutChange = (decisions: readonly Decision[]): Decision | null =>
  latestDecisionWhere(decisions, (decision) => decision.action === 'aktualitetsprovad');
