import { useEffect, useMemo, useState } from 'react';
import { useDocumentHeaders, useStorage } from '../storage/storage';
import type { ReadDocument } from './at-hand';

export type DocumentsInForce =
  | { status: 'loading' }
  | { status: 'ready'; documents: ReadDocument[]; /** Documents in force whose stored content could not be read. */ unreadable: number }
  | { status: 'failed'; error: unknown };

/**
 * The content of every document in force, read from storage one document at a time. Read again when a
 * header changes (a document adopted, revised, repealed or edited in another window), as the library
 * headers are a live query.
 */
export function useDocumentsInForce(): DocumentsInForce {
  const { documents } = useStorage();
  const headers = useDocumentHeaders();
  const ids = useMemo(
    () => headers?.flatMap((loaded) => (loaded.ok && loaded.header.status === 'gallande' && loaded.header.deletedAt === null ? [`${loaded.header.id}\u0000${loaded.header.updatedAt}`] : [])).join('\n'),
    [headers],
  );
  const [state, setState] = useState<DocumentsInForce>({ status: 'loading' });
  useEffect(() => {
    if (ids === undefined) return;
    let current = true;
    const wanted = ids ? ids.split('\n').map((entry) => entry.split('\u0000')[0]!) : [];
    Promise.all(wanted.map((id) => documents.get(id))).then(
      (loaded) => {
        if (!current) return;
        const read = loaded.flatMap((each) => (each?.ok ? [{ header: each.document, content: each.document.content }] : []));
        setState({ status: 'ready', documents: read, unreadable: wanted.length - read.length });
      },
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [documents, ids]);
  return state;
}
