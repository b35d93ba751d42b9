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
 * The backup at start waits this long: reading and writing a large library while the app opens
 * would slow the opening, and the library is safe in its store meanwhile.
 */
export const START_BACKUP_DELAY_MS = 5000;

/**
 * The fingerprint of the library as last backed up, kept across starts and shared by all windows, so
 * that a start or a second window does not write the same backup again (the newest ten would soon be
 * copies of one another).
 */
const LAST_BACKUP_KEY = 'handbok.backup.lastFingerprint';

function lastBackedUp(): string {
  try {
    return localStorage.getItem(LAST_BACKUP_KEY) ?? '';
  } catch {
    return '';
  }
}

function rememberBackedUp(fingerprint: string) {
  try {
    localStorage.setItem(LAST_BACKUP_KEY, fingerprint);
  } catch {
    // Without it the next start backs up once more; nothing else depends on it.
  }
}

/**
 * Backs the library up outside its own store: five seconds after the app starts, every few minutes
 * while documents change, when the window is hidden, and when the desktop app asks before its window
 * closes. A library that has not changed since the last backup is not written again. A failure is
 * said once, not every few minutes.
 */
export function useAutoBackup() {
  const host = useHost();
  const storage = useStorage();
  const notice = useNotice();
  const { t } = useTranslation();

  useEffect(() => {
    let running: Promise<void> | null = null;
    let warned = false;
    const backUp = (reason: BackupReason) => {
      running ??= (async () => {
        try {
          const { fingerprint, documentCount } = await libraryFingerprint(storage);
          if (documentCount === 0 || fingerprint === lastBackedUp()) return;
          await host.backups.write((await libraryArchive(storage)).text, reason);
          rememberBackedUp(fingerprint);
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
    const atStart = window.setTimeout(() => void backUp('automatic'), START_BACKUP_DELAY_MS);
    return () => {
      window.clearTimeout(atStart);
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onHidden);
      stopListening();
    };
  }, [host, storage, notice, t]);
}
