import type { DocumentHeader } from '@shared/model/document';
import { useSyncExternalStore } from 'react';
import type { DocumentView } from './routes';

/**
 * Whether the person at this computer only reads: then every document opens in reading mode, not only
 * the adopted ones. It belongs to the computer, not the library (a manager's laptop, not the archive a
 * controller sends round), so it lives in local storage, as the user's name does.
 */
const KEY = 'handbok.readsOnly';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return localStorage.getItem(KEY) === 'true';
  } catch {
    return false;
  }
}

function write(readsOnly: boolean) {
  try {
    localStorage.setItem(KEY, String(readsOnly));
  } catch {
    // Storage refused (private mode, full): documents open as for everyone, nothing else is lost.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useReadsOnly(): [readsOnly: boolean, setReadsOnly: (readsOnly: boolean) => void] {
  return [useSyncExternalStore(subscribe, read), write];
}

/**
 * Which view a document opens in. The address decides when it names one; otherwise reading mode for an
 * adopted document, and for every document when the person at this computer only reads, else the
 * editor. An adopted document whose revision is in work opens on its draft: someone at this computer
 * began it (Revidera, a Word file brought back) and is working on it. A memo and a document in the
 * trash always open in the document screen, where they are handled.
 */
export function chosenView(
  header: Pick<DocumentHeader, 'status' | 'deletedAt' | 'versioning'> & { isMemo: boolean },
  asked: DocumentView | undefined,
  readsOnly: boolean,
): DocumentView {
  if (header.deletedAt !== null || header.isMemo) return 'edit';
  if (asked) return asked;
  const inForce = header.status === 'gallande' && !header.versioning?.revising;
  return inForce || readsOnly ? 'read' : 'edit';
}
