import { z } from 'zod';
import { attachedFileSchema } from './attached-file';
import type { ContentRepair } from './bound-content';
import { DOCUMENT_FORMAT_VERSION, documentHeaderSchema, type DocumentHeader, type HandbokDocument } from './document';
import { tooDeeplyNested } from './nesting';
import { normalizeContent } from './normalize-content';
import { organisationSchema, type Organisation } from './organisation';
import { problemsOf, type NormalizeProblem, type Normalized } from './problems';

export type { ContentRepair, NormalizeProblem, Normalized };
export { normalizeContent };

type Raw = Record<string, unknown>;
type Upgrade = (raw: Raw) => Raw;

/**
 * Upgrades from format version n to n + 1, applied in order. Version 1 is the first format, so the
 * list is empty; a change of shape adds an entry here and a fixture test, and never removes one.
 */
const DOCUMENT_UPGRADES: Record<number, Upgrade> = {};

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function upgradeDocument(raw: Raw): Normalized<Raw> {
  let version = typeof raw.formatVersion === 'number' ? raw.formatVersion : 1;
  if (version > DOCUMENT_FORMAT_VERSION) return { ok: false, problems: [{ path: 'formatVersion', code: 'newer-format' }] };
  let upgraded = raw;
  while (version < DOCUMENT_FORMAT_VERSION) {
    const step = DOCUMENT_UPGRADES[version];
    if (!step) return { ok: false, problems: [{ path: 'formatVersion', code: 'invalid-value' }] };
    upgraded = step(upgraded);
    version += 1;
  }
  return { ok: true, value: { ...upgraded, formatVersion: DOCUMENT_FORMAT_VERSION } };
}

/**
 * The one gate through which every stored or imported document header passes (Excalidraw's `restore`):
 * upgrades older shapes, fills defaults, keeps fields it does not know, and refuses with a list of
 * problems rather than guessing. The input is never modified.
 */
export function normalizeDocumentHeader(raw: unknown): Normalized<DocumentHeader> {
  if (!isRecord(raw)) return { ok: false, problems: [{ path: '', code: 'not-an-object' }] };
  // The content has a gate of its own (normalizeContent); every other field is bounded here.
  const { content: _content, files: _files, ...header } = raw;
  const deep = tooDeeplyNested(header);
  if (deep) return { ok: false, problems: [{ path: deep, code: 'too-nested' }] };
  const upgraded = upgradeDocument(raw);
  if (!upgraded.ok) return upgraded;
  const parsed = documentHeaderSchema.safeParse(upgraded.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsOf(parsed.error, raw) };
}

/** A whole document, header and content, as held in a .handbok archive or assembled from storage. */
export function normalizeDocument(raw: unknown): Normalized<HandbokDocument> {
  const header = normalizeDocumentHeader(raw);
  const content = normalizeContent(isRecord(raw) ? raw.content : undefined);
  // A memo's attached files (attached-file.ts); a document without them has none, as before they existed.
  const files = z.array(attachedFileSchema).optional().safeParse(isRecord(raw) ? raw.files : undefined);
  const filesProblems: NormalizeProblem[] = files.success ? [] : [{ path: 'files', code: 'invalid-value' }];
  if (header.ok && content.ok && files.success) {
    const withFiles = files.data?.length ? { files: files.data } : {};
    return { ok: true, value: { ...header.value, content: content.value, ...withFiles }, ...(content.repairs ? { repairs: content.repairs } : {}) };
  }
  return { ok: false, problems: [...(header.ok ? [] : header.problems), ...(content.ok ? [] : content.problems), ...filesProblems] };
}

/** The organisation profile passes the same kind of gate. */
export function normalizeOrganisation(raw: unknown): Normalized<Organisation> {
  if (!isRecord(raw)) return { ok: false, problems: [{ path: '', code: 'not-an-object' }] };
  const deep = tooDeeplyNested(raw);
  if (deep) return { ok: false, problems: [{ path: deep, code: 'too-nested' }] };
  const parsed = organisationSchema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsOf(parsed.error, raw) };
}
