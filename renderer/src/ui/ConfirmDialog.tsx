import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

/**
 * Asks before a step that changes much at once. The focus starts on Avbryt, so that Enter pressed out
 * of habit does nothing; `danger` marks a step that cannot be undone.
 */
export function ConfirmDialog({
  title,
  confirmLabel,
  tone = 'primary',
  onCancel,
  onConfirm,
  children,
}: {
  title: string;
  confirmLabel: string;
  tone?: 'primary' | 'danger';
  onCancel: () => void;
  onConfirm: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button" autoFocus onClick={onCancel}>
            {t('dialog.cancel')}
          </button>
          <button type="button" className={`button button--${tone}`} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
