import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { describeError } from '../ui/describe-error';
import type { ExportState } from './use-export-word';

export type ExportFormat = 'word' | 'pdf' | 'html';

/**
 * What came of an export: under way (with the step it is at), done, done with warnings (listed), or
 * failed (explained).
 */
export function ExportResult({ state, format, onClose }: { state: ExportState; format: ExportFormat; onClose: () => void }) {
  const { t } = useTranslation();
  if (state.status === 'working') {
    return (
      <p className="banner" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" /> {state.detail ?? t(`export.working.${format === 'word' ? 'word' : 'pdf'}`)}
      </p>
    );
  }
  if (state.status === 'done' && state.warnings.length === 0) {
    return (
      <p className="banner banner--ok" role="status">
        {t(`export.done.${format}`)}
        <button type="button" className="icon-button" aria-label={t('dialog.close')} onClick={onClose}>
          ×
        </button>
      </p>
    );
  }
  if (state.status === 'done') {
    return (
      <Dialog title={t(`export.doneWithWarnings.${format}`)} onClose={onClose}>
        <p>{t(`export.warningsIntro.${format}`)}</p>
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
