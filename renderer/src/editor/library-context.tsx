import type { DocumentHeader } from '@shared/model/document';
import { createContext, useContext, type ReactNode } from 'react';

/**
 * The library as the editor sees it: the documents a reference may point to, and the address of one.
 * Whoever shows the editor provides it (the document screen), so that the editor depends on no store
 * and no route of the app.
 */
export interface EditorLibrary {
  /** The readable documents of the library by id; undefined until the library has loaded. */
  documents: ReadonlyMap<string, DocumentHeader> | undefined;
  hrefOf(documentId: string): string;
}

const EditorLibraryContext = createContext<EditorLibrary | null>(null);

export function EditorLibraryProvider({ library, children }: { library: EditorLibrary; children: ReactNode }) {
  return <EditorLibraryContext.Provider value={library}>{children}</EditorLibraryContext.Provider>;
}

export function useEditorLibrary(): EditorLibrary {
  const library = useContext(EditorLibraryContext);
  if (!library) throw new Error('useEditorLibrary needs an EditorLibraryProvider');
  return library;
}
