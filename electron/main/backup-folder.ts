import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { BackupFolder } from '../../shared/ipc';
import { writeAtomically } from '../node/atomic-write';
import { withFileProblems } from '../node/file-errors';
import { readMainSettings, writeMainSettings } from './main-settings';
import type { IpcHandler } from './ipc';

/*
 * Where backups are written: by default `backups/` in the app's data folder, beside the library they
 * protect; the user may choose another folder in the settings, for example one that the
 * municipality's own backup covers. The choice is kept in main's own small settings file
 * (main-settings.ts), since main writes the backups and must know the folder before any page has loaded.
 */

const defaultFolder = () => join(app.getPath('userData'), 'backups');

/** The folder backups are written to and read from now. */
export async function currentBackupFolder(): Promise<BackupFolder> {
  const chosen = (await readMainSettings()).backupFolder;
  return chosen ? { path: chosen, isDefault: false } : { path: defaultFolder(), isDefault: true };
}

/** A folder is accepted only once a file has been written to it and removed: a read-only share fails here, not at the next backup. */
async function proveWritable(folder: string): Promise<void> {
  const probe = join(folder, '.handbok-skrivprov');
  await writeAtomically(probe, 'Handbok prövar att den kan skriva här.\n');
  await rm(probe, { force: true });
}

export const getBackupFolder: IpcHandler<'get-backup-folder'> = () => currentBackupFolder();

/**
 * `choose`: the user picks a folder in the system's dialog (null when they cancel); `default`: back
 * to the app's own folder. Backups already written stay where they are.
 */
export const chooseBackupFolder: IpcHandler<'choose-backup-folder'> = async (action, event) => {
  if (action === 'default') {
    const { backupFolder: _dropped, ...rest } = await readMainSettings();
    await withFileProblems('write', () => writeMainSettings(rest));
    return currentBackupFolder();
  }
  const window = BrowserWindow.fromWebContents(event.sender) ?? undefined;
  const options = { properties: ['openDirectory' as const, 'createDirectory' as const], defaultPath: (await currentBackupFolder()).path };
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const folder = choice.filePaths[0];
  if (choice.canceled || !folder) return null;
  await withFileProblems('write', async () => {
    await proveWritable(folder);
    await writeMainSettings({ ...(await readMainSettings()), backupFolder: folder });
  });
  return currentBackupFolder();
};
