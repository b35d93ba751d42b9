import type { ArchiveProblem, DocumentRepairs } from '@shared/archive/archive';
import { ARCHIVE_MAX_SIZE_TEXT } from '@shared/archive/archive-file';
import { repairSummary } from '@shared/model/bound-content';
import type { TFunction } from 'i18next';
import { describeNormalizeProblem } from './describe-problem';

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
    case 'invalid-version':
      return t('archive.problems.invalidVersion', { position: problem.index + 1, path: problem.path });
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
