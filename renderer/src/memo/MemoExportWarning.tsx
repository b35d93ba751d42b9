import type { MemoProblem } from '@shared/memo/checks';
import type { MemoSettings } from '@shared/model/memo';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { useMemoProblemText } from './memo-problems';

/** Before a memo that is not ready for decision is exported: what it lacks, and the choice to export anyway. */
export function MemoExportWarning({
  problems,
  settings,
  onCancel,
  onConfirm,
}: {
  problems: readonly MemoProblem[];
  settings: MemoSettings | undefined;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const describeMemoProblem = useMemoProblemText(settings);
  return (
    <Dialog
      title={t('memo.exportWarning.title')}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('dialog.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={onConfirm}>
            {t('memo.exportWarning.confirm')}
          </button>
        </>
      }
    >
      <p>{t('memo.exportWarning.intro')}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>{describeMemoProblem(problem)}</li>
        ))}
      </ul>
      <p>{t('memo.exportWarning.question')}</p>
    </Dialog>
  );
}
