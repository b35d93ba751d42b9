import { MAX_CONTENT_DEPTH, MAX_NESTING, MAX_TABLE_COLUMNS } from '@shared/model/content-limits';
import type { NormalizeProblem } from '@shared/model/normalize-document';
import type { TFunction } from 'i18next';

/** Why stored or imported data could not be read, as a sentence naming where. */
export function describeNormalizeProblem(problem: NormalizeProblem, t: TFunction): string {
  const max = { 'too-deep': MAX_CONTENT_DEPTH, 'too-nested': MAX_NESTING }[problem.code as string] ?? MAX_TABLE_COLUMNS;
  return t(`problems.${problem.code}`, { path: problem.path || t('problems.wholeDocument'), max });
}
