import type { DocumentRepairs, HandbokArchive } from '@shared/archive/archive';
import { ARCHIVE_MAX_SIZE_TEXT, archiveTooLarge, readArchiveFile } from '@shared/archive/archive-file';
import type { ConflictChoice } from '@shared/archive/merge';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../ui/describe-error';
import { describeArchiveProblem, describeDocumentRepairs } from '../ui/describe-archive-problem';
import { formatBytes } from '../ui/read-image';
import { useNotice } from '../ui/notices';
import { useHost } from '../host';
import { useStorage } from '../storage/storage';
import { libraryArchive } from '../storage/library-archive';

/** A checked file whose documents the library partly has already, waiting for the user's choice. */
export interface ImportConflict {
  fileName: string;
  archive: HandbokArchive;
  /** What the gate repaired in the file's documents, told with the result of the import. */
  repairs: DocumentRepairs[];
  conflicts: { id: string; title: string }[];
}

/**
 * The library as a .handbok archive, out and in. An import is all or nothing: a file with any problem
 * is refused whole, each problem named, and the library stays exactly as it was.
 */
export function useLibraryArchive() {
  const storage = useStorage();
  const { documents } = storage;
  const host = useHost();
  const notice = useNotice();
  const { t, i18n } = useTranslation();

  const exportLibrary = useCallback(async () => {
    try {
      const { text, documentCount, unreadable } = await libraryArchive(storage);
      const bytes = new TextEncoder().encode(text);
      // Never write an archive Handbok would refuse to read back.
      if (archiveTooLarge(bytes.byteLength)) {
        notice({ tone: 'error', text: t('archive.tooLargeToExport', { size: formatBytes(bytes.byteLength, i18n.language), limit: ARCHIVE_MAX_SIZE_TEXT }) });
        return;
      }
      const saved = await host.saveFile({ kind: 'handbok', suggestedName: `Handbok ${new Date().toISOString().slice(0, 10)}`, bytes });
      if (saved) notice({ tone: 'info', text: t('archive.exported', { count: documentCount }) + (unreadable ? ` ${t('archive.skippedUnreadable', { count: unreadable })}` : '') });
    } catch (error) {
      notice({ tone: 'error', text: t('archive.exportFailed', { reason: describeError(error, t) }) });
    }
  }, [storage, host, notice, t, i18n]);

  const [conflict, setConflict] = useState<ImportConflict | null>(null);

  /** Imports a file that has been read and checked, all of it in one transaction. */
  const finishImport = useCallback(
    async ({ fileName, archive, repairs }: Pick<ImportConflict, 'fileName' | 'archive' | 'repairs'>, onConflict: ConflictChoice) => {
      try {
        const { imported, copies, replaced, tookProfile } = await documents.importArchive(archive.documents, archive.organisation, onConflict, archive.versions);
        const parts = [t('archive.imported', { count: imported, file: fileName })];
        if (copies) parts.push(t('archive.importedCopies', { count: copies }));
        if (replaced) parts.push(t('archive.importedReplaced', { count: replaced }));
        if (tookProfile) parts.push(t('archive.importedProfile'));
        if (repairs.length) parts.push(t('archive.repaired'), ...repairs.map((repaired) => describeDocumentRepairs(repaired, t)));
        notice({ tone: 'info', text: parts.join(' ') });
      } catch (error) {
        notice({ tone: 'error', text: t('archive.importFailed', { reason: describeError(error, t) }) });
      }
    },
    [documents, notice, t],
  );

  const importLibrary = useCallback(async () => {
    try {
      const file = await host.openFile('handbok');
      if (!file) return;
      const result = readArchiveFile(file.bytes);
      if (!result.ok) {
        const reasons = result.problems.slice(0, 5).map((problem) => describeArchiveProblem(problem, t));
        const more = result.problems.length > 5 ? ` ${t('archive.moreProblems', { count: result.problems.length - 5 })}` : '';
        notice({ tone: 'error', text: `${t('archive.refused', { file: file.name })} ${reasons.join(' ')}${more}` });
        return;
      }
      const existing = new Set(await documents.existingIds(result.archive.documents.map((document) => document.id)));
      const conflicts = result.archive.documents.filter((document) => existing.has(document.id)).map(({ id, title }) => ({ id, title }));
      // Documents the library has already: the user chooses between keeping both and replacing.
      const checked = { fileName: file.name, archive: result.archive, repairs: result.repairs };
      if (conflicts.length) setConflict({ ...checked, conflicts });
      else await finishImport(checked, 'keep-both');
    } catch (error) {
      notice({ tone: 'error', text: t('archive.importFailed', { reason: describeError(error, t) }) });
    }
  }, [host, documents, notice, t, finishImport]);

  /** The user's answer to a conflict: keep both, replace, or (null) import nothing. */
  const resolveConflict = useCallback(
    (choice: ConflictChoice | null) => {
      const pending = conflict;
      setConflict(null);
      if (pending && choice) void finishImport(pending, choice);
      else if (pending) notice({ tone: 'info', text: t('archive.importCancelled', { file: pending.fileName }) });
    },
    [conflict, finishImport, notice, t],
  );

  return { exportLibrary, importLibrary, conflict, resolveConflict };
}
