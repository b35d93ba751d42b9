import type { BackupReason } from '@shared/backup';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/describe-error';
import { useNotice } from '../ui/notices';
import { useHost } from '../host';
import { flushEveryAutosave } from '../ui/use-autosave';
import { useStorage } from '../storage/storage';
import { libraryArchive, libraryFingerprint } from '../storage/library-archive';

/** How often the library is backed up while it changes. */
export const BACKUP_INTERVAL_MS = 3 * 60 * 1000;
/**
 * The backup at start waits this long: reading and writing a large library while the app opens
 * would slow the opening, and the library is safe in its store meanwhile.
 */
export const START_BACKUP_DELAY_MS = 5000;
/**
 * A backup that falls due (at start, or every few minutes) waits until the user has not typed or
 * clicked for this long: reading and serialising a large library takes the page a moment, which
 * must not land between two keystrokes.
 */
export const BACKUP_IDLE_MS = 2000;

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
 * Backs the library up outside its own store: five seconds after the app starts and every few
 * minutes while documents change (each time at the user's next pause), when the window is hidden, and
 * when the desktop app asks before its window closes. A library that has not changed since the last backup is not written again. A failure is
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
    let lastInput = -Infinity;
    const onInput = () => {
      lastInput = performance.now();
    };
    let idleWait: number | undefined;
    const backUpWhenIdle = () => {
      window.clearTimeout(idleWait);
      const wait = lastInput + BACKUP_IDLE_MS - performance.now();
      if (wait > 0) idleWait = window.setTimeout(backUpWhenIdle, wait);
      else void backUp('automatic');
    };
    const onHidden = () => document.visibilityState === 'hidden' && void backUp('automatic');
    const timer = window.setInterval(backUpWhenIdle, BACKUP_INTERVAL_MS);
    document.addEventListener('visibilitychange', onHidden);
    document.addEventListener('keydown', onInput, true);
    document.addEventListener('pointerdown', onInput, true);
    const stopListening = host.onBackupRequest(async () => {
      // The window is closing: store the edits still waiting for their autosave first. A backup
      // already under way may predate them: wait for it, then back up what is new.
      await flushEveryAutosave();
      await running;
      await backUp('quit');
    });
    const atStart = window.setTimeout(backUpWhenIdle, START_BACKUP_DELAY_MS);
    return () => {
      window.clearTimeout(atStart);
      window.clearTimeout(idleWait);
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onHidden);
      document.removeEventListener('keydown', onInput, true);
      document.removeEventListener('pointerdown', onInput, true);
      stopListening();
    };
  }, [host, storage, notice, t]);
}
