import * as Y from 'yjs';
import type { HandbokDatabase } from './database';

/** After this many kept updates of one document, they are merged into one. */
const COMPACT_AFTER = 500;

/**
 * Shared documents as this computer last had them: every Yjs update the open document took in (its
 * user's edits and those that came from the server), kept in Handbok's own database. Opened again, the
 * document is whole before the server answers, or when it cannot; edits made while the server was
 * away are in it, and the provider sends the server what it lacks once it is back. Yjs merges, so
 * keeping an update twice, or one the server already has, does no harm.
 */
export class SharedEditsRepository {
  private added = 0;

  constructor(private readonly db: HandbokDatabase) {}

  /** Everything kept of the document, merged into one update (and kept as that from now on); null for nothing. */
  async load(server: string, documentId: string): Promise<Uint8Array | null> {
    return this.db.transaction('rw', this.db.sharedEdits, async () => {
      const rows = await this.rowsOf(server, documentId).toArray();
      if (rows.length === 0) return null;
      const merged = Y.mergeUpdates(rows.map((row) => row.update));
      if (rows.length > 1) {
        await this.rowsOf(server, documentId).delete();
        await this.db.sharedEdits.add({ server, documentId, update: merged });
      }
      return merged;
    });
  }

  async add(server: string, documentId: string, update: Uint8Array): Promise<void> {
    await this.db.sharedEdits.add({ server, documentId, update });
    this.added += 1;
    // Merged now and then, so that a document typed in all day opens without applying every keystroke.
    if (this.added % COMPACT_AFTER === 0) await this.load(server, documentId);
  }

  private rowsOf(server: string, documentId: string) {
    return this.db.sharedEdits.where('[server+documentId]').equals([server, documentId]);
  }
}
