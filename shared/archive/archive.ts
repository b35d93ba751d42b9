import { z } from 'zod';
import type { HandbokDocument } from '../model/document';
import { normalizeContent, normalizeDocument, normalizeOrganisation, type ContentRepair, type NormalizeProblem } from '../model/normalize-document';
import type { Organisation } from '../model/organisation';
import { documentVersionSchema, type DocumentVersion } from '../model/versions';

/**
 * The .handbok archive: one JSON file holding an organisation profile and one or more documents, for
 * moving a library between computers, for backups and for the command line. `format` says what the
 * file is; `formatVersion` which shape of it, so that a newer Handbok's archive is refused by name
 * rather than misread. Each document is read through normalizeDocument, as stored data is.
 */
export const ARCHIVE_FORMAT = 'handbok-archive';
/** 2: documents carry their adopted versions (`versions`); an archive of version 1 has none and is read as well. */
export const ARCHIVE_FORMAT_VERSION = 2;
/** The file name extension, with its dot. */
export const ARCHIVE_EXTENSION = '.handbok';

export interface HandbokArchive {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  /** When the archive was written (ISO 8601). */
  exportedAt: string;
  organisation: Organisation | null;
  documents: HandbokDocument[];
  /** The adopted versions of the archive's documents (shared/model/versions.ts). */
  versions: DocumentVersion[];
}

const envelopeSchema = z.looseObject({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int().positive(),
  exportedAt: z.string().default(''),
  organisation: z.unknown().optional(),
  documents: z.array(z.unknown()),
  versions: z.array(z.unknown()).default([]),
});

/** What is wrong with a file that was to be read as an archive, and where. */
export type ArchiveProblem =
  | { code: 'not-json'; detail: string }
  | { code: 'not-an-archive' }
  | { code: 'newer-format'; formatVersion: number }
  | { code: 'invalid-envelope'; path: string }
  | { code: 'invalid-organisation'; problems: NormalizeProblem[] }
  | { code: 'invalid-document'; index: number; title: string | null; problems: NormalizeProblem[] }
  | { code: 'duplicate-id'; index: number; id: string }
  | { code: 'invalid-version'; index: number; path: string }
  | ArchiveFileProblem;

/** What is wrong with the bytes of a file before they are text (see archive-file.ts). */
export type ArchiveFileProblem =
  | { code: 'too-large'; limitBytes: number }
  | { code: 'wrong-encoding'; encoding: 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE' }
  | { code: 'not-utf8'; offset: number };

/** What the gate repaired in one document of an archive as it was read (see bound-content.ts). */
export interface DocumentRepairs {
  index: number;
  title: string;
  repairs: ContentRepair[];
}

export type ArchiveReadResult = { ok: true; archive: HandbokArchive; repairs: DocumentRepairs[] } | { ok: false; problems: ArchiveProblem[] };

/** Builds an archive of the given organisation profile and documents. */
export function createArchive(organisation: Organisation | null, documents: readonly HandbokDocument[], exportedAt: string, versions: readonly DocumentVersion[] = []): HandbokArchive {
  return { format: ARCHIVE_FORMAT, formatVersion: ARCHIVE_FORMAT_VERSION, exportedAt, organisation, documents: [...documents], versions: [...versions] };
}

/** The archive as the text of a .handbok file. */
export function serializeArchive(archive: HandbokArchive): string {
  return `${JSON.stringify(archive, null, 1)}\n`;
}

/** Reads the text of a .handbok file. Nothing is half-read: either every part is valid, or the problems are listed. */
export function readArchive(text: string): ArchiveReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ code: 'not-json', detail: error instanceof Error ? error.message : String(error) }] };
  }
  return parseArchive(raw);
}

const titleOf = (raw: unknown): string | null =>
  typeof raw === 'object' && raw !== null && typeof (raw as { title?: unknown }).title === 'string' ? (raw as { title: string }).title : null;

/** Checks parsed JSON as an archive. */
export function parseArchive(raw: unknown): ArchiveReadResult {
  const looksLikeArchive = typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === ARCHIVE_FORMAT;
  if (!looksLikeArchive) return { ok: false, problems: [{ code: 'not-an-archive' }] };
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > ARCHIVE_FORMAT_VERSION) {
    return { ok: false, problems: [{ code: 'newer-format', formatVersion: version }] };
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    return { ok: false, problems: envelope.error.issues.map((issue) => ({ code: 'invalid-envelope', path: issue.path.join('.') })) };
  }

  const problems: ArchiveProblem[] = [];
  let organisation: Organisation | null = null;
  if (envelope.data.organisation !== undefined && envelope.data.organisation !== null) {
    const normalized = normalizeOrganisation(envelope.data.organisation);
    if (normalized.ok) organisation = normalized.value;
    else problems.push({ code: 'invalid-organisation', problems: normalized.problems });
  }
  const documents: HandbokDocument[] = [];
  const repairs: DocumentRepairs[] = [];
  const seen = new Set<string>();
  envelope.data.documents.forEach((rawDocument, index) => {
    const normalized = normalizeDocument(rawDocument);
    if (!normalized.ok) {
      problems.push({ code: 'invalid-document', index, title: titleOf(rawDocument), problems: normalized.problems });
      return;
    }
    if (seen.has(normalized.value.id)) problems.push({ code: 'duplicate-id', index, id: normalized.value.id });
    seen.add(normalized.value.id);
    documents.push(normalized.value);
    if (normalized.repairs?.length) repairs.push({ index, title: normalized.value.title, repairs: normalized.repairs });
  });
  const versions: DocumentVersion[] = [];
  const versionIds = new Set<string>();
  envelope.data.versions.forEach((rawVersion, index) => {
    const version = readVersion(rawVersion);
    if (!version.ok) problems.push({ code: 'invalid-version', index, path: version.path });
    else if (!seen.has(version.value.documentId)) problems.push({ code: 'invalid-version', index, path: 'documentId' });
    else if (versionIds.has(version.value.id)) problems.push({ code: 'invalid-version', index, path: 'id' });
    else {
      versionIds.add(version.value.id);
      versions.push(version.value);
    }
  });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    archive: { format: ARCHIVE_FORMAT, formatVersion: ARCHIVE_FORMAT_VERSION, exportedAt: envelope.data.exportedAt, organisation, documents, versions },
    repairs,
  };
}

/** A version of an archive: its content through the content gate, the rest through its schema. */
function readVersion(raw: unknown): { ok: true; value: DocumentVersion } | { ok: false; path: string } {
  const content = normalizeContent(typeof raw === 'object' && raw !== null ? (raw as { content?: unknown }).content : undefined);
  if (!content.ok) return { ok: false, path: `content${content.problems[0]?.path ? `.${content.problems[0].path}` : ''}` };
  const parsed = documentVersionSchema.safeParse({ ...(raw as object), content: content.value });
  if (!parsed.success) return { ok: false, path: parsed.error.issues[0]?.path.join('.') ?? '' };
  return { ok: true, value: parsed.data as DocumentVersion };
}
