import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, type ReactNode } from 'react';
import { HandbokDatabase } from './database';
import { DocumentsRepository, type LoadedHeader } from './documents-repository';
import { OrganisationRepository, type LoadedOrganisation } from './organisation-repository';
import { SettingsRepository } from './settings-repository';
import { SharedEditsRepository } from './shared-edits-repository';
import type { SharedLibraryConnection } from './shared-library';

/** The repositories of one database; components reach storage only through these and the hooks below. */
export interface Storage {
  documents: DocumentsRepository;
  organisation: OrganisationRepository;
  settings: SettingsRepository;
  sharedEdits: SharedEditsRepository;
}

export function createStorage(db: HandbokDatabase = new HandbokDatabase()): Storage {
  return {
    documents: new DocumentsRepository(db),
    organisation: new OrganisationRepository(db),
    settings: new SettingsRepository(db),
    sharedEdits: new SharedEditsRepository(db),
  };
}

const StorageContext = createContext<Storage | null>(null);

export function StorageProvider({ storage, children }: { storage: Storage; children: ReactNode }) {
  return <StorageContext.Provider value={storage}>{children}</StorageContext.Provider>;
}

export function useStorage(): Storage {
  const storage = useContext(StorageContext);
  if (!storage) throw new Error('useStorage needs a StorageProvider');
  return storage;
}

/*
 * Live queries: Dexie re-runs them when the tables they read change, in this tab and in every other
 * tab or window of the same profile, so a second window sees an edit without reloading.
 * `undefined` means "still loading".
 */

export function useDocumentHeaders(): LoadedHeader[] | undefined {
  const { documents } = useStorage();
  return useLiveQuery(() => documents.listHeaders(), [documents]);
}

/**
 * One document's header, live; `null` when it does not exist. The content is deliberately not live:
 * the editor loads it once and reloads only when the revision shows that someone else wrote.
 */
export function useDocumentHeader(id: string): LoadedHeader | null | undefined {
  const { documents } = useStorage();
  return useLiveQuery(async () => (await documents.getHeader(id)) ?? null, [documents, id]);
}

export function useOrganisation(): LoadedOrganisation | undefined {
  const { organisation } = useStorage();
  return useLiveQuery(() => organisation.load(), [organisation]);
}

/** The shared library this computer signs in to: null for none, undefined while it is read. */
export function useSharedLibraryConnection(): SharedLibraryConnection | null | undefined {
  const { settings } = useStorage();
  return useLiveQuery(() => settings.sharedLibrary(), [settings]);
}

export function useOnboardingDone(): boolean | undefined {
  const { settings } = useStorage();
  return useLiveQuery(() => settings.onboardingDone(), [settings]);
}
