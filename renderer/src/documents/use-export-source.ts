import type { HandbokDocument } from '@shared/model/document';
import { documentAsVersion, formatVersionNumber } from '@shared/model/versions';
import { DocumentNotFoundError } from '@shared/storage-errors';
import type { Organisation } from '@shared/model/organisation';
import type { ReferenceTarget } from '@shared/model/reference-target';
import { useCallback } from 'react';
import { readableHeaders } from '../storage/documents-repository';
import { useOrganisation, useStorage } from '../storage/storage';

/** Which text an export writes: the document as it stands, or one of its adopted versions as it was adopted. */
export interface ExportVariant {
  versionId?: string;
}

/** What every export of a document starts from. */
export interface ExportSource {
  document: HandbokDocument;
  /** The name the saved file is offered under: the title, and the version's number for a version. */
  fileName: string;
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
  return useCallback(async ({ versionId }: ExportVariant = {}) => {
    await flush();
    const loaded = await documents.get(id);
    if (!loaded?.ok) throw new Error('document-unreadable');
    const version = versionId === undefined ? null : await documents.getVersion(versionId);
    if (version === undefined || (version && version.documentId !== id)) throw new DocumentNotFoundError(versionId!);
    const document = version ? documentAsVersion(loaded.document, version) : loaded.document;
    const library = readableHeaders(await documents.listHeaders());
    const title = document.title || 'dokument';
    return {
      document,
      fileName: version ? `${title} – version ${formatVersionNumber(version.number)}` : title,
      organisation: organisation?.status === 'ok' ? organisation.organisation : null,
      resolveReference: (target) => library.get(target),
    };
  }, [documents, flush, id, organisation]);
}

/** Lets a "working" state reach the screen before heavy work takes the main thread. */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
