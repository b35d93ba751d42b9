import { readArchiveFile } from '@shared/archive/archive-file';
import type { BackupEntry } from '@shared/backup';
import { formatDateTime } from '@shared/model/dates';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/describe-error';
import { useNotice } from '../ui/notices';
import { useHost } from '../host';
import { describeArchiveProblem } from '../ui/describe-archive-problem';
import { useStorage } from '../storage/storage';
import { libraryArchive } from '../storage/library-archive';

/**
 * The host's backups: listed newest first, restored, or saved as a file. A restore reads and checks
 * the whole backup first, backs the library as it is now up, and only then replaces the library, in
 * one transaction; anything failing on the way leaves the library as it was.
 */
export function useBackups() {
  const host = useHost();
  const storage = useStorage();
  const notice = useNotice();
  const { t } = useTranslation();
  const [backups, setBackups] = useState<BackupEntry[] | undefined>(undefined);
  const [listError, setListError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  // Bumped to read the list again (after a restore, which adds a backup).
  const [listed, setListed] = useState(0);
  const refresh = useCallback(() => setListed((count) => count + 1), []);
  useEffect(() => {
    let current = true;
    host.backups.list().then(
      (list) => {
        if (!current) return;
        setBackups(list);
        setListError(null);
      },
      (error: unknown) => {
        if (current) setListError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [host, listed]);

  const restore = useCallback(
    async (backup: BackupEntry) => {
      setBusy(true);
      const when = formatDateTime(backup.createdAt);
      try {
        const read = readArchiveFile(await host.backups.read(backup.id));
        if (!read.ok) {
          const reasons = read.problems.slice(0, 3).map((problem) => describeArchiveProblem(problem, t));
          notice({ tone: 'error', text: `${t('backups.unreadable', { when })} ${reasons.join(' ')}` });
          return;
        }
        const current = await libraryArchive(storage);
        if (current.documentCount > 0) await host.backups.write(current.text, 'before-restore');
        await storage.documents.replaceLibrary(read.archive.documents, read.archive.organisation, read.archive.versions);
        notice({ tone: 'info', text: t(current.documentCount > 0 ? 'backups.restored' : 'backups.restoredIntoEmpty', { when }) });
      } catch (error) {
        notice({ tone: 'error', text: t('backups.restoreFailed', { when, reason: describeError(error, t) }) });
      } finally {
        setBusy(false);
        refresh();
      }
    },
    [host, storage, notice, t, refresh],
  );

  const saveAsFile = useCallback(
    async (backup: BackupEntry) => {
      try {
        const bytes = await host.backups.read(backup.id);
        const suggestedName = `${t('backups.fileName')} ${formatDateTime(backup.createdAt).replace(':', '.')}`;
        await host.saveFile({ kind: 'handbok', suggestedName, bytes });
      } catch (error) {
        notice({ tone: 'error', text: t('backups.saveFailed', { reason: describeError(error, t) }) });
      }
    },
    [host, notice, t],
  );

  return { backups, listError, busy, refresh, restore, saveAsFile };
}
