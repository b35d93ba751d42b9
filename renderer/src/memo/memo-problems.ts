import type { MemoProblem, RequiredPart } from '@shared/memo/checks';
import { memoPartName, templatePartName } from '@shared/memo/words';
import type { MemoPartKey } from '@shared/model/memo-template';
import type { MemoSettings } from '@shared/model/memo';
import { useTranslation } from 'react-i18next';
import { useMetadataLabel } from '../storage/metadata-labels';

/** Facts and parts said in a sentence of their own; any other part is named as the template names it. */
const UNNAMED_PARTS: readonly RequiredPart[] = ['date', 'officer', 'registryNumber', 'recipient', 'title', 'remiss', 'proposal', 'signatures'];

/** Each problem of the memo checks as a sentence in the user's language; the registry number under the organisation's label. */
export function useMemoProblemText(settings: MemoSettings | undefined): (problem: MemoProblem) => string {
  const { t } = useTranslation();
  const label = useMetadataLabel();
  return (problem) => {
    switch (problem.code) {
      case 'missing-part':
        // A fact of the header, or a part that is named by the template's name for it (renamed or the organisation's own).
        return UNNAMED_PARTS.includes(problem.part)
          ? t(`memo.checks.parts.${problem.part as (typeof UNNAMED_PARTS)[number]}`, { field: label('registryNumber') })
          : t('memo.checks.partMissing', { name: templatePartName(problem.part as MemoPartKey, settings) });
      case 'missing-assessment':
        return t('memo.checks.assessment', { name: memoPartName(problem.assessment, settings) });
      case 'incomplete-point':
        return t(problem.reason === 'no-body' ? 'memo.checks.noBody' : 'memo.checks.notSentence', { group: problem.group, point: problem.point });
      case 'summary-needed':
        return t('memo.checks.summary', { words: problem.words });
    }
  };
}
