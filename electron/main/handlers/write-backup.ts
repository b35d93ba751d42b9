import { join } from 'node:path';
import { app } from 'electron';
import { readArchive } from '../../../shared/archive/archive';
import { writeBackup as writeBackupFile } from '../../node/backups';
import type { IpcHandler } from '../ipc';

/** The backups live in the app's own data folder, beside the browser store they protect. */
export const backupFolder = () => join(app.getPath('userData'), 'backups');

/** Writes the library the renderer sent as a backup, after checking that it is a whole, valid archive. */
export const writeBackup: IpcHandler<'write-backup'> = async (archiveText) => {
  const read = readArchive(archiveText);
  if (!read.ok) throw new Error('write-backup: the text is not a valid .handbok archive; no backup was written');
  const { name, createdAt, bytes } = await writeBackupFile(backupFolder(), archiveText, new Date());
  return { name, createdAt, bytes };
};
