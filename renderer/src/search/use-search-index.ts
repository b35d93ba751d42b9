import { indexableDocument } from '@shared/search/library-index';
import { useEffect, useState } from 'react';
import { useDocumentHeaders, useStorage } from '../storage/storage';
import { SearchClient } from './search-client';

/**
 * Starts the window's search Worker and keeps it in step with the library: every change of a header
 * (a save moves the revision, as do a rename, the trash and a restore) sends the list of revisions, and
 * the Worker asks only for the documents whose revision it does not hold. Null until the Worker has started.
 */
export function useSearchIndex(): SearchClient | null {
  const { documents } = useStorage();
  const headers = useDocumentHeaders();
  const [client, setClient] = useState<SearchClient | null>(null);

  useEffect(() => {
    const created = new SearchClient(async (ids) => {
      const loaded = await Promise.all(ids.map((id) => documents.get(id).catch(() => undefined)));
      return loaded.flatMap((entry) => (entry?.ok ? [indexableDocument(entry.document)] : []));
    });
    // The Worker is the external system this effect starts; its client is state so that the window re-renders with it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setClient(created);
    return () => created.dispose();
  }, [documents]);

  useEffect(() => {
    if (!client || headers === undefined) return;
    client.sync(headers.flatMap((loaded) => (loaded.ok ? [{ id: loaded.header.id, revision: loaded.header.revision }] : [])));
  }, [client, headers]);

  return client;
}
