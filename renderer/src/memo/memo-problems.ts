import type { MemoProblem } from '@shared/memo/checks';
import { memoPartName } from '@shared/memo/words';
import type { MemoSettings } from '@shared/model/memo';
import type { TFunction } from 'i18next';

/** Each problem of the memo checks as a sentence in the user's language. */
export function describeMemoProblem(problem: MemoProblem, settings: MemoSettings | undefined, t: TFunction): string {
  switch (problem.code) {
    case 'missing-part':
      return t(`memo.checks.parts.${problem.part}`);
    case 'missing-assessment':
      return t('memo.checks.assessment', { name: memoPartName(problem.assessment, settings) });
    case 'incomplete-point':
      return t(problem.reason === 'no-body' ? 'memo.checks.noBody' : 'memo.checks.notSentence', { group: problem.group, point: problem.point });
    case 'summary-needed':
      return t('memo.checks.summary', { words: problem.words });
  }
}
