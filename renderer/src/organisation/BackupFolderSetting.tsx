import type { BackupFolder } from '@shared/ipc';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/describe-error';
import { useNotice } from '../ui/notices';
import { useHost } from '../host';

/**
 * The folder the desktop app writes its backups to, and a way to choose another: for example one
 * that the municipality's own backup covers. Not shown in the browser, whose backups stay in it.
 */
export function BackupFolderSetting() {
  const { t } = useTranslation();
  const id = useId();
  const notice = useNotice();
  const folderOf = useHost().backups.folder;
  const [folder, setFolder] = useState<BackupFolder | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!folderOf) return;
    let current = true;
    folderOf.get().then(
      (found) => current && setFolder(found),
      (error: unknown) => notice({ tone: 'error', text: t('backupFolder.failed', { reason: describeError(error, t) }) }),
    );
    return () => {
      current = false;
    };
  }, [folderOf, notice, t]);

  if (!folderOf) return null;

  const change = async (action: 'choose' | 'default') => {
    setBusy(true);
    try {
      const changed = await folderOf.change(action);
      if (!changed) return;
      setFolder(changed);
      notice({ tone: 'info', text: t('backupFolder.changed', { path: changed.path }) });
    } catch (error) {
      notice({ tone: 'error', text: t('backupFolder.failed', { reason: describeError(error, t) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('backupFolder.heading')}</h2>
      <p className="muted">{t('backupFolder.intro')}</p>
      <p>
        <code className="path">{folder?.path ?? t('app.loading')}</code>
        {folder?.isDefault ? <span className="muted"> {t('backupFolder.isDefault')}</span> : null}
      </p>
      <div className="button-row">
        <button type="button" className="button" disabled={busy || !folder} onClick={() => void change('choose')}>
          {t('backupFolder.choose')}
        </button>
        <button type="button" className="button" disabled={busy || !folder || folder.isDefault} onClick={() => void change('default')}>
          {t('backupFolder.useDefault')}
        </button>
      </div>
    </section>
  );
}
