import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createArchive, serializeArchive } from '../../../shared/archive/archive';
import { fileProblemOf } from '../../../shared/file-problem';
import { ipcChannels } from '../../../shared/ipc';
import { sampleOrganisation } from '../../../resources/samples/sample-organisation';

const userData = mkdtempSync(join(tmpdir(), 'handbok-userdata-'));
const showOpenDialog = vi.fn();
vi.mock('electron', async () => {
  const mock = await import('./electron-mock');
  return {
    ...mock,
    app: { ...mock.app, getPath: (name: string) => (name === 'userData' ? userData : tmpdir()) },
    dialog: { ...mock.dialog, showOpenDialog },
  };
});
const { chooseBackupFolder, getBackupFolder } = await import('../../../electron/main/backup-folder');
const { listBackups, writeBackup } = await import('../../../electron/main/handlers/backups');
const event = { sender: {} } as Parameters<typeof chooseBackupFolder>[1];
const archive = serializeArchive(createArchive(sampleOrganisation, [], '2026-12-06T10:00:00.000Z'));
const choose = (folder: string | null) => showOpenDialog.mockResolvedValueOnce({ canceled: folder === null, filePaths: folder ? [folder] : [] });

describe('the backup folder the user chooses', () => {
  beforeEach(async () => {
    await chooseBackupFolder('default', event);
  });

  it("is the app's own backups/ folder until one is chosen", async () => {
    expect(await getBackupFolder(undefined, event)).toEqual({ path: join(userData, 'backups'), isDefault: true });
  });

  it('takes the backups from then on, and the list shows those; back to the default, the app’s own are shown again', async () => {
    const chosen = mkdtempSync(join(tmpdir(), 'kommunens-backup-'));
    choose(chosen);
    expect(await chooseBackupFolder('choose', event)).toEqual({ path: chosen, isDefault: false });
    const written = await writeBackup({ archiveText: archive, reason: 'automatic' }, event);
    expect(readdirSync(chosen)).toContain(written.id);
    // The probe file that proved the folder writable is gone.
    expect(readdirSync(chosen).filter((name) => name.startsWith('.handbok'))).toEqual([]);
    expect((await listBackups(undefined, event)).map((backup) => backup.id)).toEqual([written.id]);
    expect(await chooseBackupFolder('default', event)).toEqual({ path: join(userData, 'backups'), isDefault: true });
    expect((await listBackups(undefined, event)).map((backup) => backup.id)).not.toContain(written.id);
  });

  it('stays as it was when the user cancels the dialog', async () => {
    choose(null);
    expect(await chooseBackupFolder('choose', event)).toBeNull();
    expect((await getBackupFolder(undefined, event)).isDefault).toBe(true);
  });

  it('refuses a folder it cannot write to, with a problem the renderer can say, and keeps the old one', async () => {
    const notAFolder = join(mkdtempSync(join(tmpdir(), 'handbok-file-')), 'en-fil.txt');
    writeFileSync(notAFolder, 'inte en mapp');
    choose(notAFolder);
    const failure = await Promise.resolve()
      .then(() => chooseBackupFolder('choose', event))
      .catch((error: unknown) => error);
    expect(fileProblemOf(failure)).not.toBeNull();
    expect(await getBackupFolder(undefined, event)).toEqual({ path: join(userData, 'backups'), isDefault: true });
  });

  it('reads a damaged settings file as the defaults, and writes a whole one next time', async () => {
    writeFileSync(join(userData, 'settings.json'), '{"backupFolder": 4');
    expect((await getBackupFolder(undefined, event)).isDefault).toBe(true);
    const chosen = mkdtempSync(join(tmpdir(), 'kommunens-backup-'));
    choose(chosen);
    await chooseBackupFolder('choose', event);
    expect(JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8'))).toEqual({ backupFolder: chosen });
  });

  it('takes only the two actions', () => {
    expect(ipcChannels['choose-backup-folder'].request.safeParse('choose').success).toBe(true);
    expect(ipcChannels['choose-backup-folder'].request.safeParse('/etc').success).toBe(false);
  });
});
