import { useTranslation } from 'react-i18next';
import { describeError } from '../app/describe-error';
import type { SaveState } from './use-autosave';

export function SaveIndicator({ state, readOnly }: { state: SaveState; readOnly?: boolean }) {
  const { t } = useTranslation();
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
    </span>
  );
}
