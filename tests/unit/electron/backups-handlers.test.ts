import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createArchive, serializeArchive } from '../../../shared/archive/archive';
import { ipcChannels } from '../../../shared/ipc';
import { ARCHIVE_MAX_BYTES, readArchiveFile } from '../../../shared/archive/archive-file';
import { fileProblemOf } from '../../../shared/file-problem';
import { sampleOrganisation } from '../../../resources/samples/sample-organisation';

const userData = mkdtempSync(join(tmpdir(), 'handbok-userdata-'));
vi.mock('electron', async () => {
  const mock = await import('./electron-mock');
  return { ...mock, app: { ...mock.app, getPath: (name: string) => (name === 'userData' ? userData : tmpdir()) } };
});
const { listBackups, readBackup, writeBackup } = await import('../../../electron/main/handlers/backups');
const event = {} as Parameters<typeof writeBackup>[1];

describe('backup handlers', () => {
  it('write a valid archive into backups/ in the app data folder, list it with its contents and read it back', async () => {
    const text = serializeArchive(createArchive(sampleOrganisation, [], '2026-11-22T10:00:00.000Z'));
    const written = await writeBackup({ archiveText: text, reason: 'before-restore' }, event);
    expect(written.id).toMatch(/^handbok-\d{4}-\d{2}-\d{2}T[\d-]+Z\.handbok$/);
    expect(readdirSync(join(userData, 'backups'))).toContain(written.id);
    const [listed] = await listBackups(undefined, event);
    expect(listed).toMatchObject({ id: written.id, reason: 'before-restore', documentCount: 0, organisationName: sampleOrganisation.name });
    expect(new TextDecoder().decode(await readBackup(written.id, event))).toBe(text);
  });

  it('refuse text that is not a whole archive, and write nothing', async () => {
    const before = readdirSync(join(userData, 'backups'));
    await expect(writeBackup({ archiveText: '{"format":"handbok-archive","formatVersion":1,"documents":[', reason: 'automatic' }, event)).rejects.toThrow('not a valid .handbok archive');
    expect(readdirSync(join(userData, 'backups'))).toEqual(before);
  });

  it('refuse an archive larger than Handbok would read back, as a problem the renderer can say, and write nothing', async () => {
    const before = readdirSync(join(userData, 'backups'));
    const failure = await Promise.resolve()
      .then(() => writeBackup({ archiveText: ' '.repeat(ARCHIVE_MAX_BYTES + 1), reason: 'automatic' }, event))
      .catch((error: unknown) => error);
    expect(fileProblemOf(failure)).toBe('too-large');
    expect(readdirSync(join(userData, 'backups'))).toEqual(before);
  });

  it('read a backup as bytes through the archive gate: one that was damaged into UTF-16 is named as such', async () => {
    const text = serializeArchive(createArchive(sampleOrganisation, [], '2026-11-22T10:00:00.000Z'));
    const written = await writeBackup({ archiveText: text, reason: 'automatic' }, event);
    const utf16 = Buffer.from(`\ufeff${text}`, 'utf16le');
    writeFileSync(join(userData, 'backups', written.id), utf16);
    expect(readArchiveFile(await readBackup(written.id, event))).toEqual({ ok: false, problems: [{ code: 'wrong-encoding', encoding: 'UTF-16LE' }] });
  });

  it('take only known reasons and a backup name of bounded length', () => {
    expect(ipcChannels['write-backup'].request.safeParse({ archiveText: '{}', reason: 'whenever' }).success).toBe(false);
    expect(ipcChannels['read-backup'].request.safeParse('x'.repeat(101)).success).toBe(false);
  });
});
