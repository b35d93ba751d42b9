import { formatDateTime } from '@shared/model/dates';
import type { DocumentHeader } from '@shared/model/document';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { describeError } from '../ui/describe-error';
import { useNotice } from '../ui/notices';
import { useMetadataLabel } from '../storage/metadata-labels';
import { useDocumentHeaders, useStorage } from '../storage/storage';

/** Documents moved to the trash: restore them, or delete one for good after a confirmation. */
export function TrashScreen() {
  const { t } = useTranslation();
  const label = useMetadataLabel();
  const headers = useDocumentHeaders();
  const { documents } = useStorage();
  const notice = useNotice();
  const [confirming, setConfirming] = useState<DocumentHeader | null>(null);

  if (headers === undefined) return <p className="loading">{t('app.loading')}</p>;
  const trashed = headers
    .flatMap((loaded) => (loaded.ok && loaded.header.deletedAt !== null ? [loaded.header] : []))
    .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
  const report = (error: unknown) =>
    notice({ tone: 'error', text: describeError(error, t) });
  const titleOf = (header: DocumentHeader) => header.title || t('library.untitled');

  return (
    <section className="screen" aria-labelledby="trash-title">
      <header className="screen__header">
        <div>
          <h1 id="trash-title">{t('trash.title')}</h1>
          <p className="muted">{t('trash.intro')}</p>
        </div>
      </header>
      {trashed.length === 0 ? (
        <p>{t('trash.empty')}</p>
      ) : (
        <table className="document-table">
          <thead>
            <tr>
              <th scope="col">{t('library.columns.title')}</th>
              <th scope="col">{label('documentKind')}</th>
              <th scope="col">{t('trash.deletedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('library.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {trashed.map((header) => (
              <tr key={header.id} data-document-id={header.id}>
                <th scope="row">
                  <span className="document-table__title" title={titleOf(header)}>
                    {titleOf(header)}
                  </span>
                </th>
                <td>{t(`kind.${header.kind}`)}</td>
                <td>{formatDateTime(header.deletedAt ?? '')}</td>
                <td className="row-actions" aria-label={t('library.actionsFor', { title: titleOf(header) })}>
                  <button
                    type="button"
                    className="button button--small button--primary"
                    onClick={() =>
                      void documents
                        .restore(header.id)
                        .then(() => notice({ tone: 'info', text: t('trash.restored', { title: titleOf(header) }) }), report)
                    }
                  >
                    {t('trash.restore')}
                  </button>
                  <button type="button" className="button button--small button--danger" onClick={() => setConfirming(header)}>
                    {t('trash.deleteForever')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('trash.confirmTitle')}
          confirmLabel={t('trash.confirm')}
          tone="danger"
          onCancel={() => setConfirming(null)}
          onConfirm={() => void documents.deletePermanently(confirming.id).then(() => setConfirming(null), report)}
        >
          <p>{t('trash.confirmText', { title: titleOf(confirming) })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
