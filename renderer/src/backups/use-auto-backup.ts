import type { BackupReason } from '@shared/backup';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../app/describe-error';
import { useNotice } from '../app/notices';
import { useHost } from '../host';
import { useStorage } from '../storage/storage';
import { libraryArchive, libraryFingerprint } from './library-archive';

/** How often the library is backed up while it changes. */
export const BACKUP_INTERVAL_MS = 3 * 60 * 1000;

/**
 * Backs the library up outside its own store: when the app starts, every few minutes while documents
 * change, when the window is hidden, and when the desktop app asks before its window closes. A library
 * that has not changed since the last backup is not written again. A failure is said once, not every
 * few minutes.
 */
export function useAutoBackup() {
  const host = useHost();
  const storage = useStorage();
  const notice = useNotice();
  const { t } = useTranslation();

  useEffect(() => {
    let backedUp = '';
    let running: Promise<void> | null = null;
    let warned = false;
    const backUp = (reason: BackupReason) => {
      running ??= (async () => {
        try {
          const { fingerprint, documentCount } = await libraryFingerprint(storage);
          if (documentCount === 0 || fingerprint === backedUp) return;
          await host.backups.write((await libraryArchive(storage)).text, reason);
          backedUp = fingerprint;
          warned = false;
        } catch (error) {
          if (!warned) notice({ tone: 'error', text: t('backup.failed', { reason: describeError(error, t) }) });
          warned = true;
        } finally {
          running = null;
        }
      })();
      return running;
    };
    const onHidden = () => document.visibilityState === 'hidden' && void backUp('automatic');
    const timer = window.setInterval(() => void backUp('automatic'), BACKUP_INTERVAL_MS);
    document.addEventListener('visibilitychange', onHidden);
    const stopListening = host.onBackupRequest(async () => {
      // A backup already under way may predate the last edits: wait for it, then back up what is new.
      await running;
      await backUp('quit');
    });
    void backUp('automatic');
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onHidden);
      stopListening();
    };
  }, [host, storage, notice, t]);
}
