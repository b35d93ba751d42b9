/**
 * The last content of a document whose save failed, kept in the page's localStorage: a store apart
 * from IndexedDB, so that a crash or a closed window after a failed save (a full disk, a broken
 * database) still leaves the text to recover when the document is opened again. It is removed as
 * soon as a save succeeds. localStorage may be full or blocked as well; then only memory is left.
 */
const keyOf = (id: string) => `handbok.unsaved.${id}`;

export interface UnsavedContent {
  /** The content as JSON text, as the editor serialised it. */
  content: string;
  /** When the save failed, as an ISO timestamp. */
  failedAt: string;
}

export function rememberUnsaved(id: string, content: string): void {
  try {
    localStorage.setItem(keyOf(id), JSON.stringify({ content, failedAt: new Date().toISOString() } satisfies UnsavedContent));
  } catch {
    // Nowhere else to put it: the autosave keeps it in memory and retries.
  }
}

export function forgetUnsaved(id: string): void {
  try {
    localStorage.removeItem(keyOf(id));
  } catch {
    // Blocked storage holds nothing to forget.
  }
}

/** What a failed save left for this document; null when nothing, or when the entry cannot be read. */
export function unsavedContentOf(id: string): UnsavedContent | null {
  try {
    const raw = localStorage.getItem(keyOf(id));
    if (raw === null) return null;
    const entry = JSON.parse(raw) as Partial<UnsavedContent>;
    return typeof entry.content === 'string' && typeof entry.failedAt === 'string' ? { content: entry.content, failedAt: entry.failedAt } : null;
  } catch {
    return null;
  }
}
