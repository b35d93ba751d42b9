import { createArchive, serializeArchive } from '@shared/archive/archive';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../app/describe-error';
import { useNotice } from '../app/notices';
import { useHost } from '../host';
import { useStorage } from '../storage/storage';

/** How often the library is backed up while it changes. */
export const BACKUP_INTERVAL_MS = 3 * 60 * 1000;

/**
 * Backs the library up outside the browser store, where the host can (the desktop app writes it to
 * its data folder): when the app starts, every few minutes while documents change, and when the
 * window is hidden or closed. A library that has not changed since the last backup is not written
 * again. A failure is said once, not every few minutes.
 */
export function useAutoBackup() {
  const host = useHost();
  const { documents, organisation } = useStorage();
  const notice = useNotice();
  const { t } = useTranslation();

  useEffect(() => {
    const write = host.writeBackup;
    if (!write) return;
    let backedUp = '';
    let running = false;
    let warned = false;
    const backUp = async () => {
      if (running) return;
      running = true;
      try {
        const headers = await documents.listHeaders();
        const profile = await organisation.load();
        // What changes when anything is saved: each document's revision, and the profile's time.
        const state = [profile.status === 'ok' ? profile.organisation.updatedAt : profile.status, ...headers.map((header) => (header.ok ? `${header.header.id}:${header.header.revision}` : `${header.id}:?`)).sort()].join(',');
        if (headers.length === 0 || state === backedUp) return;
        const { documents: all } = await documents.exportAll();
        const archive = createArchive(profile.status === 'ok' ? profile.organisation : null, all, new Date().toISOString());
        await write(serializeArchive(archive));
        backedUp = state;
        warned = false;
      } catch (error) {
        if (!warned) notice({ tone: 'error', text: t('backup.failed', { reason: describeError(error, t) }) });
        warned = true;
      } finally {
        running = false;
      }
    };
    const onHidden = () => document.visibilityState === 'hidden' && void backUp();
    const timer = window.setInterval(() => void backUp(), BACKUP_INTERVAL_MS);
    document.addEventListener('visibilitychange', onHidden);
    void backUp();
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [host, documents, organisation, notice, t]);
}
