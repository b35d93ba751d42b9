import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createArchive, serializeArchive } from '../../../shared/archive/archive';
import { sampleOrganisation } from '../../../resources/samples/sample-organisation';

const userData = mkdtempSync(join(tmpdir(), 'handbok-userdata-'));
vi.mock('electron', async () => {
  const mock = await import('./electron-mock');
  return { ...mock, app: { ...mock.app, getPath: (name: string) => (name === 'userData' ? userData : tmpdir()) } };
});
const { writeBackup } = await import('../../../electron/main/handlers/write-backup');
const event = {} as Parameters<typeof writeBackup>[1];

describe('write-backup', () => {
  it('writes a valid archive into backups/ in the app data folder', async () => {
    const text = serializeArchive(createArchive(sampleOrganisation, [], '2026-11-22T10:00:00.000Z'));
    const summary = await writeBackup(text, event);
    expect(summary.name).toMatch(/^handbok-\d{4}-\d{2}-\d{2}T[\d-]+Z\.handbok$/);
    expect(readdirSync(join(userData, 'backups'))).toEqual([summary.name]);
    expect(readFileSync(join(userData, 'backups', summary.name), 'utf8')).toBe(text);
  });

  it('refuses text that is not a whole archive, and writes nothing', async () => {
    const before = readdirSync(join(userData, 'backups'));
    await expect(writeBackup('{"format":"handbok-archive","formatVersion":1,"documents":[', event)).rejects.toThrow('not a valid .handbok archive');
    expect(readdirSync(join(userData, 'backups'))).toEqual(before);
  });
});
