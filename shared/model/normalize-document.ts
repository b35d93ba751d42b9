import type { z } from 'zod';
import { boundContent, type ContentRepair } from './bound-content';
import { contentSchema, type SerializedContent } from './content';
import { DOCUMENT_FORMAT_VERSION, documentHeaderSchema, type DocumentHeader, type HandbokDocument } from './document';
import { tooDeeplyNested } from './nesting';
import { organisationSchema, type Organisation } from './organisation';

/** Why stored data could not be read; the interface turns the code into a sentence in the user's language. */
export interface NormalizeProblem {
  /** Where in the data, e.g. `metadata.validFrom` or `decisions.0.body`; empty for the whole value. */
  path: string;
  code: 'not-an-object' | 'missing' | 'wrong-type' | 'invalid-value' | 'newer-format' | 'too-deep' | 'too-nested' | 'too-wide';
}

export type { ContentRepair };

/** Read data, with what the gate repaired on the way (content only; absent when nothing was). */
export type Normalized<T> = { ok: true; value: T; repairs?: ContentRepair[] } | { ok: false; problems: NormalizeProblem[] };

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

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (!isRecord(current) && !Array.isArray(current)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function problemsOf(error: z.ZodError, input: unknown, prefix = ''): NormalizeProblem[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    // zod reports a missing enum or literal as a wrong value: look at the data to tell them apart.
    const missing = valueAt(input, issue.path) === undefined && issue.code !== 'custom';
    const code = missing ? 'missing' : issue.code === 'invalid_type' ? 'wrong-type' : 'invalid-value';
    return { path, code };
  });
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
  const { content: _content, ...header } = raw;
  const deep = tooDeeplyNested(header);
  if (deep) return { ok: false, problems: [{ path: deep, code: 'too-nested' }] };
  const upgraded = upgradeDocument(raw);
  if (!upgraded.ok) return upgraded;
  const parsed = documentHeaderSchema.safeParse(upgraded.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsOf(parsed.error, raw) };
}

/**
 * Validates Lexical content within the bounds of content-limits.ts (too deep or too wide is refused,
 * other excesses repaired and listed); unknown node types are kept as they are.
 */
export function normalizeContent(raw: unknown): Normalized<SerializedContent> {
  const bounded = boundContent(raw);
  if (!bounded.ok) return bounded;
  const parsed = contentSchema.safeParse(bounded.value);
  return parsed.success
    ? { ok: true, value: parsed.data, ...(bounded.repairs.length ? { repairs: bounded.repairs } : {}) }
    : { ok: false, problems: problemsOf(parsed.error, raw, 'content') };
}

/** A whole document, header and content, as held in a .handbok archive or assembled from storage. */
export function normalizeDocument(raw: unknown): Normalized<HandbokDocument> {
  const header = normalizeDocumentHeader(raw);
  const content = normalizeContent(isRecord(raw) ? raw.content : undefined);
  if (header.ok && content.ok) return { ok: true, value: { ...header.value, content: content.value }, ...(content.repairs ? { repairs: content.repairs } : {}) };
  return { ok: false, problems: [...(header.ok ? [] : header.problems), ...(content.ok ? [] : content.problems)] };
}

/** The organisation profile passes the same kind of gate. */
export function normalizeOrganisation(raw: unknown): Normalized<Organisation> {
  if (!isRecord(raw)) return { ok: false, problems: [{ path: '', code: 'not-an-object' }] };
  const deep = tooDeeplyNested(raw);
  if (deep) return { ok: false, problems: [{ path: deep, code: 'too-nested' }] };
  const parsed = organisationSchema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsOf(parsed.error, raw) };
}
