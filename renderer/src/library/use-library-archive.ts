import type { ArchiveProblem, DocumentRepairs, HandbokArchive } from '@shared/archive/archive';
import { ARCHIVE_MAX_SIZE_TEXT, archiveTooLarge, readArchiveFile } from '@shared/archive/archive-file';
import { repairSummary } from '@shared/model/bound-content';
import type { ConflictChoice } from '@shared/archive/merge';
import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../app/describe-error';
import { describeNormalizeProblem } from '../app/describe-problem';
import { formatBytes } from '../app/read-image';
import { useNotice } from '../app/notices';
import { useHost } from '../host';
import { useStorage } from '../storage/storage';
import { libraryArchive } from '../backups/library-archive';

/** One sentence per problem of a file that could not be imported, naming what and where. */
export function describeArchiveProblem(problem: ArchiveProblem, t: TFunction): string {
  switch (problem.code) {
    case 'not-json':
      return t('archive.problems.notJson');
    case 'not-an-archive':
      return t('archive.problems.notAnArchive');
    case 'newer-format':
      return t('archive.problems.newerFormat', { version: problem.formatVersion });
    case 'invalid-envelope':
      return t('archive.problems.invalidEnvelope', { path: problem.path });
    case 'invalid-organisation':
    case 'invalid-document': {
      const where =
        problem.code === 'invalid-organisation'
          ? t('archive.problems.organisation')
          : t('archive.problems.document', { position: problem.index + 1, title: problem.title ?? t('library.untitled') });
      const what = problem.problems.map((item) => describeNormalizeProblem(item, t));
      return `${where}: ${what.join(' ')}`;
    }
    case 'duplicate-id':
      return t('archive.problems.duplicateId', { position: problem.index + 1 });
    case 'too-large':
      return t('archive.problems.tooLarge', { limit: ARCHIVE_MAX_SIZE_TEXT });
    case 'wrong-encoding': {
      // "UTF-16LE" → "UTF-16 (little-endian)"
      const byteOrder = t(`archive.problems.byteOrder.${problem.encoding.slice(-2)}`);
      return t('archive.problems.wrongEncoding', { encoding: `${problem.encoding.slice(0, -2)} (${byteOrder})` });
    }
    case 'not-utf8':
      return t('archive.problems.notUtf8', { offset: problem.offset });
  }
}

/** One sentence per document the gate repaired on reading, saying what changed and where first. */
export function describeDocumentRepairs({ index, title, repairs }: DocumentRepairs, t: TFunction): string {
  const what = repairSummary(repairs).map(({ code, count, path }) => t(`archive.repairs.${code}`, { count, path }));
  return `${t('archive.problems.document', { position: index + 1, title })}: ${what.join(' ')}`;
}

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
        const { imported, copies, replaced, tookProfile } = await documents.importArchive(archive.documents, archive.organisation, onConflict);
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
