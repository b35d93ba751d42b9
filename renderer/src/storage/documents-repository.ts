import type { SerializedContent } from '@shared/model/content';
import type { Decision } from '@shared/model/decision';
import { DOCUMENT_FORMAT_VERSION, documentsFromSeeds, type DocumentHeader, type DocumentSeed, type HandbokDocument } from '@shared/model/document';
import {
  normalizeDocument,
  normalizeDocumentHeader,
  type NormalizeProblem,
} from '@shared/model/normalize-document';
import type { ConflictChoice } from '@shared/archive/merge';
import type { Organisation } from '@shared/model/organisation';
import type { AttachedFile } from '@shared/model/attached-file';
import { ORGANISATION_ROW_ID, type HandbokDatabase, type StoredRow } from './database';
import { loadDocument, loadVersion, newContentRow, versionRow, type LoadedDocument } from './stored-rows';
import { withBlockIds, withoutBlockIds } from '@shared/model/block-ids';
import { adoptionBy, assessRevision, draftFromVersion, editorialDecision, firstVersioning, freezeVersion, isLocked, withNewIdentity, type Assessment, type DocumentVersion } from '@shared/model/versions';
import { ContentConflictError, DocumentChangedError, DocumentLockedError, DocumentNotEditableError, DocumentNotFoundError, InvalidDocumentError } from '@shared/storage-errors';

export { loadDocument, type LoadedDocument };

/** A header as the library sees it: either valid, or unreadable with its raw data and the reasons. */
export type LoadedHeader =
  | { ok: true; header: DocumentHeader }
  | { ok: false; id: string; raw: unknown; problems: NormalizeProblem[] };

/**
 * What an editor's content is in step with: the stored content's revision, and the stamp of the
 * header as it was then (null when not known).
 */
export interface ContentBase {
  revision: string | null;
  headerStamp: string | null;
}

/** Changes whenever anything writes the header: every edit moves its revision and its time. */
export const headerStamp = (header: Pick<DocumentHeader, 'revision' | 'updatedAt'>) => `${header.revision}@${header.updatedAt}`;

/** What a user may change on a header; identity, timestamps and the revision belong to the repository. */
export type HeaderChanges = Partial<Pick<DocumentHeader, 'title' | 'kind' | 'status' | 'metadata' | 'decisions' | 'memo' | 'tableOfContents'>>;

const now = () => new Date().toISOString();

/** The headers that could be read, by id: how references and exports look documents up. */
export function readableHeaders(loaded: readonly LoadedHeader[]): Map<string, DocumentHeader> {
  return new Map(loaded.flatMap((header) => (header.ok ? [[header.header.id, header.header] as const] : [])));
}

/**
 * Whether two stored values are the same, whatever the order of their keys: a header read back is
 * normalised into the schema's key order, while a form's draft keeps the order it was typed in, so
 * comparing their JSON took this window's own earlier save for another window's change.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => sameValue(left[key], right[key]));
}

function loadHeader(row: StoredRow): LoadedHeader {
  const normalized = normalizeDocumentHeader(row);
  return normalized.ok
    ? { ok: true, header: normalized.value }
    : { ok: false, id: String(row.id), raw: row, problems: normalized.problems };
}

/**
 * The only code that reads and writes documents. Every read passes the normalisers; every write runs
 * in a transaction that first re-reads and re-validates the stored row, so an unreadable document is
 * never overwritten and each change bumps the revision exactly once.
 */
export class DocumentsRepository {
  constructor(private readonly db: HandbokDatabase) {}

  /**
   * Every document, in the trash or not. Read from the table, not an index: a damaged row that lacks
   * the indexed field would be missing from the index, and so from the library, as if it were lost.
   */
  async listHeaders(): Promise<LoadedHeader[]> {
    const rows = await this.db.documents.toArray();
    return rows.map(loadHeader);
  }

  async getHeader(id: string): Promise<LoadedHeader | undefined> {
    const row = await this.db.documents.get(id);
    return row ? loadHeader(row) : undefined;
  }

  async get(id: string): Promise<LoadedDocument | undefined> {
    return this.db.transaction('r', this.db.documents, this.db.contents, this.db.files, async () => {
      const row = await this.db.documents.get(id);
      if (!row) return undefined;
      const loaded = loadDocument(row, await this.db.contents.get(id));
      return loaded.ok ? { ...loaded, document: await this.withFiles(loaded.document) } : loaded;
    });
  }

  /** A memo with the bytes of the files its bilagor list (a file no longer listed is not carried along). */
  private async withFiles(document: HandbokDocument): Promise<HandbokDocument> {
    const listed = new Set(document.memo?.attachments.flatMap((attachment) => (attachment.kind === 'file' ? [attachment.id] : [])));
    if (!listed.size) return document;
    const rows = await this.db.files.where('documentId').equals(document.id).toArray();
    const files = rows.filter((row) => listed.has(row.id)).map(({ documentId: _memo, ...file }) => file);
    return files.length ? { ...document, files } : document;
  }

  /**
   * Keeps a file attached to a memo, before the memo's form lists it: the form's next save then
   * names it. The bytes were checked by checkAttachedFile.
   */
  async addFile(documentId: string, file: AttachedFile): Promise<void> {
    await this.db.files.put({ ...file, documentId });
  }

  /**
   * Every readable document whole, for an archive of the library (the trash included, marked as such).
   * Documents that cannot be read are counted, not exported, so that the user is told.
   */
  async exportAll(): Promise<{ documents: HandbokDocument[]; versions: DocumentVersion[]; unreadable: number }> {
    const rows = await this.db.documents.toArray();
    const loaded = await Promise.all(rows.map((row) => this.get(String(row.id))));
    const documents = loaded.flatMap((document) => (document?.ok ? [document.document] : []));
    const exported = new Set(documents.map((document) => document.id));
    const versions = (await this.db.versions.toArray()).flatMap((row) => {
      const version = loadVersion(row);
      return version && exported.has(version.documentId) ? [version] : [];
    });
    return { documents, versions, unreadable: loaded.length - documents.length };
  }

  /** A document's adopted versions, oldest first; a stored version that cannot be read is left out and counted. */
  async listVersions(documentId: string): Promise<{ versions: DocumentVersion[]; unreadable: number }> {
    const rows = await this.db.versions.where('documentId').equals(documentId).toArray();
    const versions = rows.flatMap((row) => loadVersion(row) ?? []);
    versions.sort((a, b) => a.number.major - b.number.major || a.number.minor - b.number.minor);
    return { versions, unreadable: rows.length - versions.length };
  }

  async getVersion(versionId: string): Promise<DocumentVersion | undefined> {
    const row = await this.db.versions.get(versionId);
    return (row && loadVersion(row)) ?? undefined;
  }

  /**
   * "Revidera": a draft of the next version, made from the adopted version the document shows (or,
   * given, an older one), becomes what the editor edits. The adopted versions stay as they are. Given
   * `content` (a Word file that came back edited), the draft holds that content instead of the version's.
   */
  async revise(id: string, fromVersionId?: string, content?: SerializedContent): Promise<void> {
    await this.db.transaction('rw', this.db.documents, this.db.contents, this.db.versions, this.db.files, async () => {
      const loaded = await this.get(id);
      if (!loaded) throw new DocumentNotFoundError(id);
      if (!loaded.ok) throw new DocumentNotEditableError(id);
      const versionId = fromVersionId ?? loaded.document.versioning?.latest?.id;
      const version = versionId ? await this.getVersion(versionId) : undefined;
      if (!version || version.documentId !== id) throw new DocumentNotFoundError(versionId ?? id);
      const draft = draftFromVersion(loaded.document, version);
      await this.mutate(id, () => draft.header);
      await this.db.contents.put(newContentRow(id, content ? withBlockIds(structuredClone(content)) : draft.content));
    });
  }

  /**
   * Adds a decision to the history as it is stored (not as a window last saw it), in one transaction,
   * so that a decision another window added meanwhile is kept. One that adopts freezes a version.
   */
  async addDecision(id: string, decision: Decision): Promise<DocumentHeader> {
    return this.mutateAdopting(id, (header) => ({ ...header, decisions: [...header.decisions, decision] }));
  }

  /** Records a person's assessment of the draft in work as editorial or substantive. */
  async assess(id: string, assessment: Assessment): Promise<DocumentHeader> {
    return this.mutate(id, (header) => {
      const assessed = assessRevision(header, assessment);
      if (!assessed) throw new DocumentNotEditableError(id);
      return assessed;
    });
  }

  /**
   * An editorial revision adopted by the document's owner under delegation: recorded in the decision
   * history as such, which freezes the draft as the next minor version. Only a draft assessed as
   * editorial is adopted this way; a substantive one needs the deciding body's decision.
   */
  async adoptEditorially(id: string, date: string): Promise<DocumentHeader> {
    return this.mutateAdopting(id, (header) => {
      const assessment = header.versioning?.revising ? header.versioning.assessment : null;
      if (assessment?.change !== 'editorial') throw new DocumentNotEditableError(id);
      return { ...header, decisions: [...header.decisions, editorialDecision(header, assessment, date, crypto.randomUUID())] };
    });
  }

  /**
   * A Word import, all of it or nothing: new documents created, and documents whose Word file came back
   * edited each given a new draft (as `revise`) holding the file's content. `revision` is the document's
   * header revision when the user reviewed the file: a document that has changed since (edited in
   * another window, put in the trash, revised) is not written over unseen, and nothing is imported.
   * Returns the ids of the new documents.
   */
  async importWordFiles(
    seeds: readonly DocumentSeed[],
    drafts: readonly { id: string; fromVersionId: string; content: SerializedContent; revision: number }[],
  ): Promise<string[]> {
    return this.db.transaction('rw', this.db.documents, this.db.contents, this.db.versions, this.db.files, async () => {
      for (const draft of drafts) {
        const header = await this.getHeader(draft.id);
        if (!header) throw new DocumentNotFoundError(draft.id);
        if (!header.ok) throw new DocumentNotEditableError(draft.id);
        if (header.header.revision !== draft.revision || header.header.deletedAt !== null) throw new DocumentChangedError(draft.id);
        await this.revise(draft.id, draft.fromVersionId, draft.content);
      }
      return seeds.length ? this.createMany(seeds) : [];
    });
  }

  /** Which of these ids the library has already (in the trash included). */
  async existingIds(ids: readonly string[]): Promise<string[]> {
    const rows = await this.db.documents.bulkGet([...ids]);
    return ids.filter((_, index) => rows[index] !== undefined);
  }

  /**
   * Adds the documents of an archive, and its organisation profile when the library has none, in one
   * transaction: all of it or nothing. A document whose id the library has already is, as the user
   * chose, added beside it under a new id or put in its place.
   */
  async importArchive(
    documents: readonly HandbokDocument[],
    organisation: Organisation | null,
    onConflict: ConflictChoice,
    versions: readonly DocumentVersion[] = [],
  ): Promise<{ imported: number; copies: number; replaced: number; tookProfile: boolean }> {
    let copies = 0;
    let replaced = 0;
    let tookProfile = false;
    await this.db.transaction('rw', [this.db.documents, this.db.contents, this.db.organisation, this.db.versions, this.db.files], async () => {
      for (const document of documents) {
        const taken = (await this.db.documents.get(document.id)) !== undefined;
        const copy = taken && onConflict === 'keep-both';
        const own = versions.filter((version) => version.documentId === document.id);
        const { document: placed, versions: placedVersions } = copy ? withNewIdentity(document, own, () => crypto.randomUUID()) : { document, versions: own };
        if (copy) copies += 1;
        else if (taken) {
          replaced += 1;
          await this.db.versions.where('documentId').equals(document.id).delete();
          await this.db.files.where('documentId').equals(document.id).delete();
        }
        await this.putWithVersions(placed, placedVersions);
      }
      if (organisation && !(await this.db.organisation.get(ORGANISATION_ROW_ID))) {
        await this.db.organisation.put({ ...organisation, id: ORGANISATION_ROW_ID } as StoredRow);
        tookProfile = true;
      }
    });
    return { imported: documents.length, copies, replaced, tookProfile };
  }

  /**
   * Makes the library what a backup holds, in one transaction: every document and its content is
   * replaced by the backup's, and the organisation profile by the backup's when it has one. Settings
   * (the language, the first-run choice) are the user's and stay. A stored document that cannot be
   * read, and so is in no backup, stays too unless the backup has a document with its id.
   */
  async replaceLibrary(documents: readonly HandbokDocument[], organisation: Organisation | null, versions: readonly DocumentVersion[] = []): Promise<void> {
    await this.db.transaction('rw', [this.db.documents, this.db.contents, this.db.organisation, this.db.versions, this.db.files], async () => {
      const incoming = new Set(documents.map((document) => document.id));
      const stored = await this.db.documents.toCollection().primaryKeys();
      const loaded = await Promise.all(stored.map((id) => this.get(id)));
      const replaced = stored.filter((id, index) => loaded[index]?.ok || incoming.has(id));
      await this.db.documents.bulkDelete(replaced);
      await this.db.contents.bulkDelete(replaced);
      await this.db.versions.where('documentId').anyOf(replaced).delete();
      await this.db.files.where('documentId').anyOf(replaced).delete();
      for (const document of documents) {
        await this.putWithVersions(document, versions.filter((version) => version.documentId === document.id));
      }
      if (organisation) await this.db.organisation.put({ ...organisation, id: ORGANISATION_ROW_ID } as StoredRow);
    });
  }

  /** Creates a document from a template or sample and returns its id. */
  async create(seed: DocumentSeed): Promise<string> {
    const [id] = await this.createMany([seed]);
    return id as string;
  }

  /** Creates several documents in one transaction: all of them or none, and only valid ones. */
  async createMany(seeds: readonly DocumentSeed[]): Promise<string[]> {
    const timestamp = now();
    const documents = documentsFromSeeds(seeds, timestamp, () => crypto.randomUUID()).map((made) => {
      const document = normalizeDocument(made);
      if (!document.ok) throw new InvalidDocumentError(document.problems);
      return document.value;
    });
    await this.db.transaction('rw', this.db.documents, this.db.contents, this.db.versions, this.db.files, async () => {
      for (const document of documents) await this.putWithVersions(document, []);
    });
    return documents.map((document) => document.id);
  }

  /**
   * Writes a document and its versions. A document that has never been through versioning (made from
   * a seed, or from an archive of an older Handbok) first gets it: adopted, its state is frozen as its
   * first version. Every block gets its id.
   */
  private async putWithVersions(document: HandbokDocument, versions: readonly DocumentVersion[]): Promise<void> {
    const first = firstVersioning(document, () => crypto.randomUUID(), now());
    const { content, files, ...header } = first ? { ...first.header, content: document.content, files: document.files } : document;
    await this.db.documents.put(header as StoredRow);
    if (files?.length) await this.db.files.bulkPut(files.map((file) => ({ ...file, documentId: header.id })));
    await this.db.contents.put(newContentRow(header.id, withBlockIds(content)));
    const all = first?.version ? [...versions, first.version] : versions;
    if (all.length) await this.db.versions.bulkPut(all.map(versionRow));
  }

  async update(id: string, changes: HeaderChanges): Promise<DocumentHeader> {
    return this.mutateAdopting(id, (header) => ({ ...header, ...changes }));
  }

  /**
   * Writes the fields a form changed since `base`, the header it started from, and leaves the others
   * as stored: another window's change to another field is kept. Returns the changed fields that
   * another window had also changed meanwhile, with the value this write replaced, so the form can
   * tell its user.
   */
  async updateChangedFields(id: string, draft: HeaderChanges, base: HeaderChanges): Promise<{ field: keyof HeaderChanges; replaced: unknown }[]> {
    const changed = (Object.keys(draft) as (keyof HeaderChanges)[]).filter((field) => !sameValue(draft[field], base[field]));
    const replaced: { field: keyof HeaderChanges; replaced: unknown }[] = [];
    if (changed.length === 0) return replaced;
    await this.mutateAdopting(id, (header) => {
      const next: DocumentHeader = { ...header };
      for (const field of changed) {
        const stored = header[field];
        if (!sameValue(stored, base[field]) && !sameValue(stored, draft[field])) replaced.push({ field, replaced: stored });
        Object.assign(next, { [field]: draft[field] });
      }
      return next;
    });
    return replaced;
  }

  /**
   * Saves the editor's content (the content itself, or its JSON text as the editor serialised it) and
   * counts it as a change of the document. With `base`, what the editor last loaded or saved, it
   * writes only if nobody else wrote the content since, and throws ContentConflictError with the
   * stored content otherwise. Every content write moves the header, so while the header is as the
   * editor left it the (possibly large) content row need not be read at all.
   */
  async saveContent(id: string, content: SerializedContent | string, base?: ContentBase): Promise<ContentBase> {
    const row = newContentRow(id, content);
    return this.db.transaction('rw', this.db.documents, this.db.contents, async () => {
      let before = '';
      // An assessment holds for the draft as it was assessed: changed text must be assessed again.
      const assessed = await this.getHeader(id);
      const stale = assessed?.ok && assessed.header.versioning?.assessment ? (await this.storedContent(id))?.content !== row.content : false;
      const header = await this.mutate(id, (current) => {
        if (isLocked(current)) throw new DocumentLockedError(id);
        before = headerStamp(current);
        return stale && current.versioning ? { ...current, versioning: { ...current.versioning, assessment: null } } : current;
      });
      if (base && before !== base.headerStamp) {
        const stored = await this.storedContent(id);
        // Thrown inside the transaction, which undoes the header's move above.
        if (stored && stored.revision !== base.revision) throw new ContentConflictError(id, stored);
      }
      await this.db.contents.put(row);
      return { revision: row.revision, headerStamp: headerStamp(header) };
    });
  }

  /** The stored content and its revision, as text; undefined when the document has no content row. */
  async storedContent(id: string): Promise<{ content: string; revision: string | null } | undefined> {
    const stored = await this.db.contents.get(id);
    if (!stored) return undefined;
    return { content: typeof stored.content === 'string' ? stored.content : JSON.stringify(stored.content), revision: stored.revision ?? null };
  }

  /** A copy with a new id, title "Kopia av …", back to draft; its decision history stays with the original. */
  async duplicate(id: string, titleOf: (title: string) => string): Promise<string> {
    const loaded = await this.get(id);
    if (!loaded) throw new DocumentNotFoundError(id);
    if (!loaded.ok) throw new DocumentNotEditableError(id);
    const { document } = loaded;
    return this.create({
      kind: document.kind,
      title: titleOf(document.title),
      status: 'utkast',
      metadata: { ...document.metadata },
      decisions: [],
      // A copy is another document: its blocks get identities of their own.
      content: withoutBlockIds(document.content),
    });
  }

  /** Moves a document to the trash. Nothing is deleted: the trash restores it. */
  async moveToTrash(id: string): Promise<void> {
    await this.mutate(id, (header) => ({ ...header, deletedAt: now() }));
  }

  async restore(id: string): Promise<void> {
    await this.mutate(id, (header) => ({ ...header, deletedAt: null }));
  }

  /** Deletes for good; only offered from the trash, after the user confirmed. */
  async deletePermanently(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.documents, this.db.contents, this.db.versions, this.db.files, async () => {
      const row = await this.db.documents.get(id);
      if (!row) throw new DocumentNotFoundError(id);
      const loaded = loadHeader(row);
      if (loaded.ok && loaded.header.deletedAt === null) throw new Error('Only documents in the trash can be deleted');
      await this.db.documents.delete(id);
      await this.db.contents.delete(id);
      await this.db.versions.where('documentId').equals(id).delete();
      await this.db.files.where('documentId').equals(id).delete();
    });
  }

  /**
   * A change of the header that may adopt the document (a decision that adopts it, or the status
   * becoming gällande): then, in the same transaction, its content and the changed header are frozen
   * as its next version, and the document shows that version, read-only.
   */
  private async mutateAdopting(id: string, change: (header: DocumentHeader) => DocumentHeader): Promise<DocumentHeader> {
    return this.db.transaction('rw', this.db.documents, this.db.contents, this.db.versions, this.db.files, async () => {
      let adoption: ReturnType<typeof adoptionBy>;
      const header = await this.mutate(id, (current) => {
        const next = change(current);
        adoption = adoptionBy(current, next);
        return next;
      });
      if (!adoption) return header;
      const loaded = await this.get(id);
      if (!loaded?.ok) throw new DocumentNotEditableError(id);
      const decision = adoption.decision;
      const editorial = decision ? decision.action === 'redaktionell' : header.versioning?.assessment?.change === 'editorial';
      const kind = !header.versioning?.latest ? 'first' : editorial ? 'editorial' : 'substantive';
      const frozen = freezeVersion(loaded.document, { id: crypto.randomUUID(), change: kind, decision, at: now() });
      await this.db.versions.add(versionRow(frozen.version));
      return this.mutate(id, () => frozen.header);
    });
  }

  private async mutate(id: string, change: (header: DocumentHeader) => DocumentHeader): Promise<DocumentHeader> {
    return this.db.transaction('rw', this.db.documents, async () => {
      const row = await this.db.documents.get(id);
      if (!row) throw new DocumentNotFoundError(id);
      const loaded = loadHeader(row);
      if (!loaded.ok) throw new DocumentNotEditableError(id);
      const current = loaded.header;
      const next: DocumentHeader = {
        ...change(current),
        id: current.id,
        createdAt: current.createdAt,
        formatVersion: DOCUMENT_FORMAT_VERSION,
        updatedAt: now(),
        revision: current.revision + 1,
      };
      await this.db.documents.put(next as StoredRow);
      return next;
    });
  }
}
