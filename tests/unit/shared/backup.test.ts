import { describe, expect, it } from 'vitest';
import { createArchive } from '../../../shared/archive/archive';
import { backupsToKeep, contentsOf, KEEP_NEWEST, type BackupEntry } from '../../../shared/backup';
import { documentsFromSeeds } from '../../../shared/model/document';
import { sampleOrganisation } from '../../../resources/samples/sample-organisation';
import { sampleLibrary } from '../../../resources/samples/sample-library';

const DAY = 86_400_000;
const entry = (time: Date, reason: BackupEntry['reason'] = 'automatic') => ({ id: time.toISOString(), createdAt: time.toISOString(), reason });

describe('backup retention', () => {
  const now = new Date('2026-11-22T12:00:00.000Z');

  it('keeps the newest ten and the newest of each day for thirty days', () => {
    // Today: twelve backups an hour apart; the forty days before: three a day.
    const today = Array.from({ length: 12 }, (_, hour) => entry(new Date(`2026-11-22T${String(hour).padStart(2, '0')}:00:00.000Z`)));
    const earlier = Array.from({ length: 40 }, (_, day) => day + 1).flatMap((day) => [8, 12, 16].map((hour) => entry(new Date(now.getTime() - day * DAY + (hour - 12) * 3_600_000))));
    const keep = backupsToKeep([...today, ...earlier], now);
    expect([...keep].filter((id) => id.startsWith('2026-11-22'))).toHaveLength(KEEP_NEWEST);
    expect(keep.has(today[0]!.id)).toBe(false);
    expect(keep.size).toBe(10 + 30);
    expect(keep.has(new Date(now.getTime() - 5 * DAY + 4 * 3_600_000).toISOString())).toBe(true);
    expect(keep.has(new Date(now.getTime() - 5 * DAY - 4 * 3_600_000).toISOString())).toBe(false);
    expect(keep.has(new Date(now.getTime() - 35 * DAY + 4 * 3_600_000).toISOString())).toBe(false);
  });

  it('keeps a backup taken before a restore or an upgrade for thirty days, however many come after', () => {
    const beforeRestore = entry(new Date(now.getTime() - 3 * DAY), 'before-restore');
    const later = Array.from({ length: 30 }, (_, index) => entry(new Date(now.getTime() - 3 * DAY + (index + 1) * 60_000)));
    const old = entry(new Date(now.getTime() - 31 * DAY), 'before-upgrade');
    const keep = backupsToKeep([beforeRestore, ...later, old], now);
    expect(keep.has(beforeRestore.id)).toBe(true);
    expect(keep.has(old.id)).toBe(false);
  });
});

describe('backup contents', () => {
  it('counts every document and lists the titles outside the trash', () => {
    const documents = documentsFromSeeds(sampleLibrary, '2026-11-22T10:00:00.000Z', () => crypto.randomUUID());
    documents[0] = { ...documents[0]!, deletedAt: '2026-11-22T11:00:00.000Z' };
    const contents = contentsOf(createArchive(sampleOrganisation, documents, '2026-11-22T12:00:00.000Z'));
    expect(contents.documentCount).toBe(documents.length);
    expect(contents.titles).toEqual(documents.slice(1).map((document) => document.title));
    expect(contents.organisationName).toBe(sampleOrganisation.name);
  });
});
