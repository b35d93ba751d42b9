import type { HandbokDocument } from '@shared/model/document';
import type { Organisation } from '@shared/model/organisation';
import type { ReferenceTarget } from '@shared/model/reference-target';
import { useCallback } from 'react';
import { readableHeaders } from '../storage/documents-repository';
import { useOrganisation, useStorage } from '../storage/storage';

/** What every export of a document starts from. */
export interface ExportSource {
  document: HandbokDocument;
  organisation: Organisation | null;
  resolveReference: (id: string) => ReferenceTarget | undefined;
}

/**
 * Gives a function that saves what is typed (`flush`), then reads the stored document, the
 * organisation's profile and the library (for the titles of references): an export writes what is
 * stored, never a half-saved state.
 */
export function useExportSource(id: string, flush: () => Promise<void>): () => Promise<ExportSource> {
  const { documents } = useStorage();
  const organisation = useOrganisation();
  return useCallback(async () => {
    await flush();
    const loaded = await documents.get(id);
    if (!loaded?.ok) throw new Error('document-unreadable');
    const library = readableHeaders(await documents.listHeaders());
    return {
      document: loaded.document,
      organisation: organisation?.status === 'ok' ? organisation.organisation : null,
      resolveReference: (target) => library.get(target),
    };
  }, [documents, flush, id, organisation]);
}

/** Lets a "working" state reach the screen before heavy work takes the main thread. */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
