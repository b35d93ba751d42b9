import type { HandbokDocument } from '@shared/model/document';
import type { ChangesAgainst } from '@shared/render/export';
import { documentAsVersion, formatVersionNumber } from '@shared/model/versions';
import { DocumentNotFoundError } from '@shared/storage-errors';
import type { Organisation } from '@shared/model/organisation';
import type { ReferenceTarget } from '@shared/model/reference-target';
import { useCallback } from 'react';
import { readableHeaders } from '../storage/documents-repository';
import { useOrganisation, useStorage } from '../storage/storage';
import { useUserName } from '../ui/user-name';

/**
 * Which text an export writes: the document as it stands, or one of its adopted versions as it was
 * adopted; and, given `againstVersionId`, with its changes against that version marked (Word's tracked
 * changes, the PDF's jämförelseversion).
 */
export interface ExportVariant {
  versionId?: string;
  againstVersionId?: string;
}

/** What every export of a document starts from. */
export interface ExportSource {
  document: HandbokDocument;
  /** The name the saved file is offered under: the title, and the version's number for a version. */
  fileName: string;
  /** For an export with changes: the older version, named, and who and when the changes are tracked as. */
  changesAgainst?: ChangesAgainst;
  organisation: Organisation | null;
  resolveReference: (id: string) => ReferenceTarget | undefined;
}

/**
 * Gives a function that saves what is typed (`flush`), then reads the stored document (or one of its
 * versions), the
 * organisation's profile and the library (for the titles of references): an export writes what is
 * stored, never a half-saved state.
 */
export function useExportSource(id: string, flush: () => Promise<void>): (variant?: ExportVariant) => Promise<ExportSource> {
  const { documents } = useStorage();
  const organisation = useOrganisation();
  const [userName] = useUserName();
  return useCallback(async ({ versionId, againstVersionId }: ExportVariant = {}) => {
    await flush();
    const loaded = await documents.get(id);
    if (!loaded?.ok) throw new Error('document-unreadable');
    const versionOf = async (wanted: string | undefined) => {
      if (wanted === undefined) return null;
      const version = await documents.getVersion(wanted);
      if (!version || version.documentId !== id) throw new DocumentNotFoundError(wanted);
      return version;
    };
    const [version, against] = await Promise.all([versionOf(versionId), versionOf(againstVersionId)]);
    const document = version ? documentAsVersion(loaded.document, version) : loaded.document;
    const library = readableHeaders(await documents.listHeaders());
    const profile = organisation?.status === 'ok' ? organisation.organisation : null;
    const title = document.title || 'dokument';
    const againstNumber = against && formatVersionNumber(against.number);
    return {
      document,
      fileName: `${title}${version ? ` – version ${formatVersionNumber(version.number)}` : ''}${againstNumber ? ` – ändringar mot version ${againstNumber}` : ''}`,
      // Word shows each tracked change's author: the person at this computer, else the organisation.
      ...(against && { changesAgainst: { content: against.content, label: `version ${againstNumber}`, author: userName || profile?.name || 'Handbok', date: new Date().toISOString() } }),
      organisation: profile,
      resolveReference: (target) => library.get(target),
    };
  }, [documents, flush, id, organisation, userName]);
}

/** Lets a "working" state reach the screen before heavy work takes the main thread. */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
