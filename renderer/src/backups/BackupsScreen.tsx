import type { BackupEntry } from '@shared/backup';
import { formatDateTime } from '@shared/model/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { describeError } from '../ui/describe-error';
import { useHost } from '../host';
import { useBackups } from './use-backups';

/** "Säkerhetskopior": the backups of the library, what each holds, and a way back to any of them. */
export function BackupsScreen() {
  const { t } = useTranslation();
  const host = useHost();
  const { backups, listError, busy, restore, saveAsFile } = useBackups();
  const [confirming, setConfirming] = useState<BackupEntry | null>(null);

  const contentsOf = (backup: BackupEntry) => {
    const more = backup.documentCount - backup.titles.length;
    return [...backup.titles, ...(more > 0 ? [t('backups.more', { count: more })] : [])].join(', ');
  };

  return (
    <section className="screen" aria-labelledby="backups-title">
      <header className="screen__header">
        <div>
          <h1 id="backups-title">{t('backups.title')}</h1>
          <p className="muted">{t(host.backups.place === 'folder' ? 'backups.introFolder' : 'backups.introBrowser')}</p>
        </div>
      </header>
      {listError ? (
        <p role="alert">{t('backups.listFailed', { reason: describeError(listError, t) })}</p>
      ) : backups === undefined ? (
        <p className="loading">{t('app.loading')}</p>
      ) : backups.length === 0 ? (
        <p>{t('backups.empty')}</p>
      ) : (
        <table className="document-table backups-table">
          <thead>
            <tr>
              <th scope="col">{t('backups.columns.time')}</th>
              <th scope="col">{t('backups.columns.reason')}</th>
              <th scope="col">{t('backups.columns.contents')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('library.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id} data-backup-id={backup.id}>
                <th scope="row">{formatDateTime(backup.createdAt)}</th>
                <td>{t(`backups.reasons.${backup.reason}`)}</td>
                <td>
                  <div>{t('backups.documents', { count: backup.documentCount })}</div>
                  <div className="muted">{contentsOf(backup)}</div>
                </td>
                <td className="row-actions" aria-label={t('backups.actionsFor', { when: formatDateTime(backup.createdAt) })}>
                  <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => setConfirming(backup)}>
                    {t('backups.restore')}
                  </button>
                  <button type="button" className="button button--small" onClick={() => void saveAsFile(backup)}>
                    {t(host.backups.place === 'folder' ? 'backups.saveAs' : 'backups.download')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('backups.confirmTitle')}
          confirmLabel={t('backups.confirm')}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            void restore(confirming);
          }}
        >
          <p>{t('backups.confirmText', { when: formatDateTime(confirming.createdAt), count: confirming.documentCount })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
