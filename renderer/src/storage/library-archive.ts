import { createArchive, serializeArchive } from '@shared/archive/archive';
import type { Storage } from './storage';

/**
 * A fingerprint of the library that changes whenever anything in it is saved: each document's
 * revision and the profile's time. Equal fingerprints mean nothing new to back up.
 */
export async function libraryFingerprint({ documents, organisation }: Storage): Promise<{ fingerprint: string; documentCount: number }> {
  const headers = await documents.listHeaders();
  const profile = await organisation.load();
  const revisions = headers.map((header) => (header.ok ? `${header.header.id}:${header.header.revision}` : `${header.id}:?`)).sort();
  return {
    fingerprint: [profile.status === 'ok' ? profile.organisation.updatedAt : profile.status, ...revisions].join(','),
    documentCount: headers.length,
  };
}

/**
 * The whole library (the trash included) as the text of a .handbok archive, with how many documents
 * it holds and how many could not be read and so are not in it.
 */
export async function libraryArchive({ documents, organisation }: Storage): Promise<{ text: string; documentCount: number; unreadable: number }> {
  const profile = await organisation.load();
  const { documents: all, versions, unreadable } = await documents.exportAll();
  const archive = createArchive(profile.status === 'ok' ? profile.organisation : null, all, new Date().toISOString(), versions);
  return { text: serializeArchive(archive), documentCount: all.length, unreadable };
}
