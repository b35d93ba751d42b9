import type { TFunction } from 'i18next';
import { ARCHIVE_MAX_SIZE_TEXT } from '@shared/archive/archive-file';
import { fileProblemOf } from '@shared/file-problem';
import { DocumentLockedError, DocumentNotEditableError, DocumentNotFoundError, InvalidDocumentError, OrganisationNotEditableError } from '@shared/storage-errors';

/** A sentence in the user's language for anything that went wrong; technical detail only as a last resort. */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof DocumentNotEditableError) return t('errors.notEditable');
  if (error instanceof DocumentLockedError) return t('errors.locked');
  if (error instanceof DocumentNotFoundError) return t('errors.notFound');
  if (error instanceof OrganisationNotEditableError) return t('organisation.unreadable');
  if (error instanceof InvalidDocumentError) return t('errors.invalidDocument');
  if (isQuotaError(error)) return t('errors.storageFull');
  if (error instanceof Error && error.message === 'attachment-unreadable') return t('errors.attachmentUnreadable');
  // A file the desktop app's main process could not read or write; the problem crossed IPC in the message.
  const fileProblem = fileProblemOf(error);
  if (fileProblem) return t(`errors.file.${fileProblem}`, { limit: ARCHIVE_MAX_SIZE_TEXT });
  return t('errors.generic', { message: error instanceof Error ? error.message : String(error) });
}

/**
 * A full disk or exhausted storage quota, however it arrives: the browser's DOMException, or Dexie's
 * error of the same name, or an aborted transaction whose cause it is.
 */
function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { name, inner, cause } = error as { name?: unknown; inner?: unknown; cause?: unknown };
  return name === 'QuotaExceededError' || isQuotaError(inner, depth + 1) || isQuotaError(cause, depth + 1);
}
