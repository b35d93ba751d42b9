import type { DocumentHeader } from '../../model/document';
import type { FileOrigin } from '../../model/file-origin';
import { formatVersionNumber, hasVersions, parseVersionNumber } from '../../model/versions';
import type { ImportProposal } from '../propose';

/**
 * Which library document a Word file came from. The file says so in its properties (exported by this
 * Handbok or later: model/file-origin.ts); a file Handbok exported before that is known by its title
 * and registry number, when they match exactly one document of the library. A document found only in
 * the trash, or one that cannot be read or is gone, is named with the reason the file cannot come back
 * into it.
 */

/** A library document as the import sees it: its header, or null when the stored header cannot be read. */
export interface LibraryEntry {
  id: string;
  header: DocumentHeader | null;
}

export type OriginUnavailable = 'gone' | 'unreadable' | 'trashed' | 'not-versioned';

export type FoundOrigin =
  | { found: 'none' }
  | { found: 'unavailable'; reason: OriginUnavailable; title: string | null; version: string | null }
  | { found: 'document'; header: DocumentHeader; version: string | null; by: 'properties' | 'title-and-registry-number' };

export function findOrigin(proposal: Pick<ImportProposal, 'origin' | 'ownFile' | 'title' | 'status' | 'metadata'>, library: readonly LibraryEntry[]): FoundOrigin {
  if (proposal.origin) return byProperties(proposal.origin, library);
  return proposal.ownFile ? byTitleAndRegistryNumber(proposal, library) : { found: 'none' };
}

function byProperties(origin: FileOrigin, library: readonly LibraryEntry[]): FoundOrigin {
  const entry = library.find((candidate) => candidate.id === origin.documentId);
  if (!entry) return { found: 'unavailable', reason: 'gone', title: null, version: origin.version };
  return usable(entry, origin.version, 'properties');
}

function usable(entry: LibraryEntry, version: string | null, by: 'properties' | 'title-and-registry-number'): FoundOrigin {
  const { header } = entry;
  if (!header) return { found: 'unavailable', reason: 'unreadable', title: null, version };
  if (header.deletedAt !== null) return { found: 'unavailable', reason: 'trashed', title: header.title, version };
  if (!hasVersions(header)) return { found: 'unavailable', reason: 'not-versioned', title: header.title, version };
  return { found: 'document', header, version, by };
}

const fieldOf = (proposal: Pick<ImportProposal, 'metadata'>, key: string) => proposal.metadata.fields.find((field) => field.key === key)?.value.trim() ?? '';

/**
 * An older own file: the same title and the same registry number as exactly one document (outside the
 * trash; else exactly one in it). The version its first page states counts only when the file shows
 * an adopted document: a draft's version field names the version it will replace.
 */
function byTitleAndRegistryNumber(proposal: Pick<ImportProposal, 'title' | 'status' | 'metadata'>, library: readonly LibraryEntry[]): FoundOrigin {
  const title = proposal.title.trim();
  const registryNumber = fieldOf(proposal, 'registryNumber');
  if (!title || !registryNumber) return { found: 'none' };
  const matches = library.filter(({ header }) => header && hasVersions(header) && header.title.trim() === title && (header.metadata.registryNumber ?? '').trim() === registryNumber);
  const inUse = matches.filter((entry) => entry.header!.deletedAt === null);
  const match = inUse.length === 1 ? inUse[0] : inUse.length === 0 && matches.length === 1 ? matches[0] : undefined;
  if (!match) return { found: 'none' };
  const stated = parseVersionNumber(fieldOf(proposal, 'version'));
  const adopted = proposal.status === 'gallande' || proposal.status === 'upphavd';
  return usable(match, stated && adopted ? formatVersionNumber(stated) : null, 'title-and-registry-number');
}
