import { useSyncExternalStore } from 'react';

/**
 * The name of the person at this computer, as they gave it: it stands beside an assessment of a
 * revision and as the author of Word's tracked changes. It belongs to the computer, not the library
 * (an archive sent to a colleague must not sign their work with it), so it lives in local storage.
 */
const KEY = 'handbok.userName';
const listeners = new Set<() => void>();

function read(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

function write(name: string) {
  try {
    localStorage.setItem(KEY, name.trim());
  } catch {
    // Storage refused (private mode, full): the name is asked for again next time, nothing else is lost.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUserName(): [name: string, setName: (name: string) => void] {
  const name = useSyncExternalStore(subscribe, read);
  // `write` is module-level, so the same function on every render.
  return [name, write];
}
