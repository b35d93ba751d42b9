import { useTranslation } from 'react-i18next';
import { Dialog } from '../app/Dialog';
import { describeError } from '../app/describe-error';
import type { ExportState } from './use-export-word';

/** What came of an export: done, done with warnings (listed), or failed (explained). */
export function ExportResult({ state, onClose }: { state: ExportState; onClose: () => void }) {
  const { t } = useTranslation();
  if (state.status === 'working') {
    return (
      <p className="banner" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" /> {t('export.working')}
      </p>
    );
  }
  if (state.status === 'done' && state.warnings.length === 0) {
    return (
      <p className="banner banner--ok" role="status">
        {t('export.done')}
        <button type="button" className="icon-button" aria-label={t('dialog.close')} onClick={onClose}>
          ×
        </button>
      </p>
    );
  }
  if (state.status === 'done') {
    return (
      <Dialog title={t('export.doneWithWarnings')} onClose={onClose}>
        <p>{t('export.warningsIntro')}</p>
        <ul>
          {state.warnings.map((warning, index) => (
            <li key={index}>{t(`export.warnings.${warning.code}`, { detail: warning.detail })}</li>
          ))}
        </ul>
      </Dialog>
    );
  }
  if (state.status === 'failed') {
    return (
      <p className="banner banner--error" role="alert">
        {t('export.failed', { reason: describeError(state.error, t) })}
        <button type="button" className="icon-button" aria-label={t('dialog.close')} onClick={onClose}>
          ×
        </button>
      </p>
    );
  }
  return null;
}
