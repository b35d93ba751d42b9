import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { forgetUnsaved, unsavedContentOf } from './unsaved-journal';

/**
 * Shown when the document is opened after its last save failed (the window closed or crashed before
 * a retry succeeded): the content that did not reach the library can be put back, or let go.
 */
export function UnsavedContentBanner({ documentId, onRestore }: { documentId: string; onRestore: (content: string) => void }) {
  const { t, i18n } = useTranslation();
  // Read once, when the document opens: later failures in this window show in the save indicator.
  const [unsaved, setUnsaved] = useState(() => unsavedContentOf(documentId));
  if (!unsaved) return null;
  const failedAt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(unsaved.failedAt));
  const close = () => {
    forgetUnsaved(documentId);
    setUnsaved(null);
  };
  return (
    <div className="banner banner--warning" role="alert">
      <span>{t('unsaved.message', { time: failedAt })}</span>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          onRestore(unsaved.content);
          close();
        }}
      >
        {t('unsaved.restore')}
      </button>
      <button type="button" className="button button--small" onClick={close}>
        {t('unsaved.discard')}
      </button>
    </div>
  );
}
