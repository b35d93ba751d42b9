import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/describe-error';
import { useNotice } from '../ui/notices';
import { shareDocument } from '../storage/shared-library';
import { useSharedLibraryConnection, useStorage } from '../storage/storage';

/**
 * "Dela": a copy of the document, as it is stored, put into the shared library this computer is connected
 * to (none: no button). The local document stays as it is.
 */
export function ShareButton({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const { documents } = useStorage();
  const connection = useSharedLibraryConnection();
  const [sharing, setSharing] = useState(false);
  if (!connection) return null;

  const share = async () => {
    setSharing(true);
    try {
      const loaded = await documents.get(documentId);
      if (!loaded?.ok) return notice({ tone: 'error', text: t('sharedLibrary.problems.unreadable') });
      const result = await shareDocument(connection, loaded.document);
      if (result.ok) notice({ tone: 'info', text: t('sharedLibrary.shared', { title: loaded.document.title || t('library.untitled') }) });
      else notice({ tone: 'error', text: t(`sharedLibrary.problems.${result.problem}`) });
    } catch (error) {
      notice({ tone: 'error', text: describeError(error, t) });
    } finally {
      setSharing(false);
    }
  };

  return (
    <button type="button" className="button button--small" title={t('sharedLibrary.shareTitle')} disabled={sharing} onClick={() => void share()}>
      {t('sharedLibrary.share')}
    </button>
  );
}
