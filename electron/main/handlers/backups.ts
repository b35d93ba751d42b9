import { readArchive } from '../../../shared/archive/archive';
import { archiveTooLarge } from '../../../shared/archive/archive-file';
import { FileProblemError } from '../../../shared/file-problem';
import { contentsOf } from '../../../shared/backup';
import { listBackups as listBackupFiles, readBackup as readBackupFile, writeBackup as writeBackupFile } from '../../node/backups';
import { withFileProblems } from '../../node/file-errors';
import { currentBackupFolder } from '../backup-folder';
import type { IpcHandler } from '../ipc';

const backupFolder = async () => (await currentBackupFolder()).path;

/**
 * Writes the library the renderer sent as a backup, after checking that it is a whole, valid archive
 * that Handbok would read back (not over the archive limit). A full disk and the like reach the
 * renderer as file problems it can say.
 */
export const writeBackup: IpcHandler<'write-backup'> = async ({ archiveText, reason }) => {
  if (archiveTooLarge(Buffer.byteLength(archiveText))) throw new FileProblemError('too-large');
  const read = readArchive(archiveText);
  if (!read.ok) throw new Error('write-backup: the text is not a valid .handbok archive; no backup was written');
  return withFileProblems('write', async () => writeBackupFile(await backupFolder(), archiveText, { reason, ...contentsOf(read.archive) }, new Date()));
};

export const listBackups: IpcHandler<'list-backups'> = () => withFileProblems('read', async () => listBackupFiles(await backupFolder()));

export const readBackup: IpcHandler<'read-backup'> = (id) => withFileProblems('read', async () => readBackupFile(await backupFolder(), id));
