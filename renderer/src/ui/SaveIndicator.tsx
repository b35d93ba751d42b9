import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error';
import { useSaveState, type SaveStateSource } from './save-state';

/** Saved, saving, or why the save failed, with a way to try again at once (it also retries by itself). */
export function SaveIndicator({ source, readOnly, onRetry }: { source: SaveStateSource; readOnly?: boolean; onRetry?: () => void }) {
  const { t } = useTranslation();
  const state = useSaveState(source);
  if (readOnly) return <span className="save-indicator save-indicator--readonly">{t('save.readOnly')}</span>;
  const text =
    state.status === 'failed'
      ? t('save.failed', { reason: describeError(state.error, t) })
      : state.status === 'saving'
        ? t('save.saving')
        : t('save.saved');
  return (
    <span className={`save-indicator save-indicator--${state.status}`} role="status" data-save-state={state.status}>
      {text}
      {state.status === 'failed' && onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('save.retry')}
        </button>
      )}
    </span>
  );
}
