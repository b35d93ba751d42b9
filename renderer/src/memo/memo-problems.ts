import type { MemoProblem } from '@shared/memo/checks';
import { memoPartName } from '@shared/memo/words';
import type { MemoSettings } from '@shared/model/memo';
import { useTranslation } from 'react-i18next';
import { useMetadataLabel } from '../storage/metadata-labels';

/** Each problem of the memo checks as a sentence in the user's language; the registry number under the organisation's label. */
export function useMemoProblemText(settings: MemoSettings | undefined): (problem: MemoProblem) => string {
  const { t } = useTranslation();
  const label = useMetadataLabel();
  return (problem) => {
    switch (problem.code) {
      case 'missing-part':
        return t(`memo.checks.parts.${problem.part}`, { field: label('registryNumber') });
      case 'missing-assessment':
        return t('memo.checks.assessment', { name: memoPartName(problem.assessment, settings) });
      case 'incomplete-point':
        return t(problem.reason === 'no-body' ? 'memo.checks.noBody' : 'memo.checks.notSentence', { group: problem.group, point: problem.point });
      case 'summary-needed':
        return t('memo.checks.summary', { words: problem.words });
    }
  };
}
