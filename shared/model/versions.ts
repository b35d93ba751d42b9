import { z } from 'zod';
import { withBlockIds } from './block-ids';
import { contentSchema, type SerializedContent } from './content';
import type { Decision } from './decision';
import { isIsoDate, toIsoDate } from './dates';
import type { DocumentHeader, HandbokDocument } from './document';
import { assessmentSchema, versionNumberSchema, type Assessment, type VersionNumber } from './versioning';

export { assessmentSchema, versioningSchema, versionNumberSchema, type Assessment, type Versioning, type VersionNumber } from './versioning';

/**
 * Versions of a governing document. When a document is adopted, its content and metadata are frozen as
 * a version: a number, the date and the decision that adopted it. An adopted version is never edited
 * again; the document shows it read-only until "Revidera" opens a draft of the next version. A memo
 * (tjänsteskrivelse) has no versions: it is the paper that brings a document to its decision.
 */

/**
 * How a version came to be: the first adoption (or the state of a document adopted before Handbok had
 * versions); a substantive revision, decided by the deciding body after a tjänsteskrivelse; or an
 * editorial one (names, law references, links, contact details, typos) that the owner adopts under
 * delegation.
 */
export const VERSION_CHANGES = ['first', 'substantive', 'editorial'] as const;
export type VersionChange = (typeof VERSION_CHANGES)[number];

/** A frozen version: the whole document as it was adopted. Never changed after it is written. */
export const documentVersionSchema = z.looseObject({
  id: z.string().min(1),
  documentId: z.string().min(1),
  number: versionNumberSchema,
  change: z.enum(VERSION_CHANGES),
  /** The date it was adopted: its decision's date, else the day it was frozen. */
  adoptedAt: z.string(),
  /** The decision that adopted it, when there is one in the document's history. */
  decisionId: z.string().nullable(),
  /** When Handbok froze it (ISO 8601 time). */
  frozenAt: z.string(),
  /** Who judged the revision editorial or substantive, and when; absent for a first version or one adopted unassessed. */
  assessment: assessmentSchema.nullable().optional(),
  /** Title, kind, status and metadata as adopted. */
  header: z.looseObject({
    title: z.string(),
    kind: z.string(),
    status: z.string(),
    metadata: z.record(z.string(), z.unknown()),
    decisions: z.array(z.unknown()),
  }),
  content: contentSchema,
});
export type DocumentVersion = z.infer<typeof documentVersionSchema> & {
  header: Pick<DocumentHeader, 'title' | 'kind' | 'status' | 'metadata' | 'decisions'> & Record<string, unknown>;
  content: SerializedContent;
};

/** "2.1", or "3" for a major version with no editorial revisions. */
export function formatVersionNumber({ major, minor }: VersionNumber): string {
  return minor === 0 ? String(major) : `${major}.${minor}`;
}

/** The version a metadata field names ("2.1", "v3", "Version 2"), or null when it names none. */
export function parseVersionNumber(text: string | undefined): VersionNumber | null {
  const match = /^\s*(?:version\s*|v\.?\s*)?(\d{1,4})(?:[.,](\d{1,4}))?\s*$/i.exec(text ?? '');
  return match ? { major: Number(match[1]), minor: Number(match[2] ?? 0) } : null;
}

export function nextVersionNumber(latest: VersionNumber | null, change: VersionChange): VersionNumber {
  if (!latest) return { major: 1, minor: 0 };
  return change === 'editorial' ? { major: latest.major, minor: latest.minor + 1 } : { major: latest.major + 1, minor: 0 };
}

export const hasVersions = (document: Pick<DocumentHeader, 'kind'>) => document.kind !== 'tjansteskrivelse';

/** Whether the document shows an adopted version that must not be edited: adopted, and no revision in work. */
export function isLocked(header: Pick<DocumentHeader, 'versioning'>): boolean {
  return header.versioning?.latest != null && !header.versioning.revising;
}

/** Decisions that adopt the document's content as it stands. */
const ADOPTING_ACTIONS: readonly Decision['action'][] = ['antagen', 'reviderad', 'redaktionell'];

/**
 * Whether a change of the header adopts the document: a decision that adopts it was recorded, or its
 * status became gällande. Returns the adopting decision (null when only the status moved), or
 * undefined when the change adopts nothing. A locked document has nothing new to adopt.
 */
export function adoptionBy(before: DocumentHeader, after: DocumentHeader): { decision: Decision | null } | undefined {
  if (!hasVersions(after) || isLocked(before)) return undefined;
  // A decision adopts once it is complete enough to cite: an adopting action, a body and a valid date.
  // It is typed field by field over several saves, so what counts is that it did not qualify before.
  const qualifies = (entry: Decision | undefined) => entry !== undefined && ADOPTING_ACTIONS.includes(entry.action) && entry.body.trim() !== '' && isIsoDate(entry.date.trim());
  const earlier = new Map(before.decisions.map((entry) => [entry.id, entry]));
  const decision = after.decisions.find((entry) => qualifies(entry) && !qualifies(earlier.get(entry.id)));
  if (decision) return { decision };
  if (after.status === 'gallande' && before.status !== 'gallande') return { decision: null };
  return undefined;
}

export interface Freezing {
  id: string;
  change: VersionChange;
  decision: Decision | null;
  /** ISO 8601 time of the freeze. */
  at: string;
}

/**
 * The document frozen as its next version, and its header as it stands after: the version is the latest,
 * no revision is in work, the status is gällande and the metadata's version field names the new number.
 */
export function freezeVersion(document: HandbokDocument, { id, change, decision, at }: Freezing): { version: DocumentVersion; header: DocumentHeader } {
  const latest = document.versioning?.latest ?? null;
  const stated = parseVersionNumber(document.metadata.version);
  // A document adopted before Handbok knew it keeps the number its metadata gives it; a draft's "0.9" is not a version.
  const number = latest ? nextVersionNumber(latest.number, change) : stated && stated.major >= 1 ? stated : nextVersionNumber(null, change);
  const adoptedAt = decision?.date.trim() || at.slice(0, 10);
  const { content, versioning: _versioning, ...rest } = document;
  const metadata = { ...document.metadata, version: formatVersionNumber(number) };
  const status = document.status === 'upphavd' ? 'upphavd' : 'gallande';
  const version: DocumentVersion = {
    id,
    documentId: document.id,
    number,
    change,
    adoptedAt,
    decisionId: decision?.id ?? null,
    frozenAt: at,
    assessment: document.versioning?.assessment ?? null,
    header: { title: rest.title, kind: rest.kind, status, metadata, decisions: structuredClone(rest.decisions) },
    content: withBlockIds(structuredClone(content)),
  };
  return { version, header: { ...rest, status, metadata, versioning: { latest: { id, number, adoptedAt }, revising: false } } };
}

/**
 * A document that has never been through versioning (stored, archived or seeded before versions
 * existed): an adopted or repealed one has its current state frozen as its first version (numbered as
 * its metadata says, else 1); any other is the draft it is. Null when the document needs nothing.
 */
export function firstVersioning(document: HandbokDocument, newId: () => string, at: string): { version: DocumentVersion | null; header: DocumentHeader } | null {
  if (document.versioning !== undefined) return null;
  const { content: _content, ...header } = document;
  if (!hasVersions(document) || (document.status !== 'gallande' && document.status !== 'upphavd')) {
    return { version: null, header: { ...header, versioning: { latest: null, revising: false } } };
  }
  const decision = [...document.decisions].filter((entry) => ADOPTING_ACTIONS.includes(entry.action)).sort((a, b) => b.date.localeCompare(a.date))[0] ?? null;
  return freezeVersion(document, { id: newId(), change: 'first', decision, at });
}

/**
 * The content and header of a version made into the document's new draft: what "Revidera" from an
 * older version and "Återställ som utkast" do. The decision history stays the document's own.
 */
export function draftFromVersion(current: DocumentHeader, version: DocumentVersion): { header: DocumentHeader; content: SerializedContent } {
  return {
    header: {
      ...current,
      title: version.header.title,
      metadata: { ...version.header.metadata },
      versioning: { latest: current.versioning?.latest ?? null, revising: true, assessment: null },
    },
    content: structuredClone(version.content),
  };
}

/**
 * A document and its versions under new ids, for a document added beside one of the same id (an
 * archive imported or merged with "keep both"): the copy keeps its history of versions, now its own.
 */
export function withNewIdentity(document: HandbokDocument, versions: readonly DocumentVersion[], newId: () => string): { document: HandbokDocument; versions: DocumentVersion[] } {
  const id = newId();
  const newIds = new Map(versions.map((version) => [version.id, newId()]));
  const versioning = document.versioning;
  const latest = versioning?.latest;
  return {
    document: { ...document, id, ...(versioning ? { versioning: { ...versioning, latest: latest ? { ...latest, id: newIds.get(latest.id) ?? latest.id } : null } } : {}) },
    versions: versions.map((version) => ({ ...version, id: newIds.get(version.id)!, documentId: id })),
  };
}

/**
 * The draft's assessment as editorial or substantive, made by a person. Only a draft in work is
 * assessed: an adopted version keeps the assessment it was adopted with.
 */
export function assessRevision(header: DocumentHeader, assessment: Assessment): DocumentHeader | null {
  if (!header.versioning?.revising || !header.versioning.latest) return null;
  return { ...header, versioning: { ...header.versioning, assessment } };
}

/** The number the draft in work becomes when adopted: a minor step if assessed editorial, else a major one. */
export function draftVersionNumber(header: Pick<DocumentHeader, 'versioning'>): VersionNumber {
  const versioning = header.versioning;
  return nextVersionNumber(versioning?.latest?.number ?? null, versioning?.assessment?.change ?? 'substantive');
}

/**
 * A version as a document of its own, as it was adopted (title, status, metadata and decision history
 * of that day), for opening and exporting it: the document's identity is the current one's.
 */
export function documentAsVersion(current: DocumentHeader, version: DocumentVersion): HandbokDocument {
  const { title, kind, status, metadata, decisions } = version.header;
  const latest = current.versioning?.latest;
  // A version that a later one replaced says so wherever its number stands (first page, every footer).
  const superseded = latest && latest.id !== version.id ? ` (ersatt av version ${formatVersionNumber(latest.number)})` : '';
  return {
    ...current,
    title,
    kind,
    status,
    metadata: { ...structuredClone(metadata), version: `${formatVersionNumber(version.number)}${superseded}` },
    decisions: structuredClone(decisions),
    versioning: { latest: { id: version.id, number: version.number, adoptedAt: version.adoptedAt }, revising: false },
    content: structuredClone(version.content),
  };
}

/**
 * Who decides under the owner's delegation, as the decision history names it: the owner the metadata
 * gives, else "Dokumentägaren" ("Kvalitetschefen (delegation)").
 */
export const delegatedBody = (header: Pick<DocumentHeader, 'metadata'>): string => `${header.metadata.owner?.trim() || 'Dokumentägaren'} (delegation)`;

/**
 * The decision history's entry for an editorial revision: the owner (as the metadata names the owner,
 * else "Dokumentägaren") adopts it under delegation, which needs no paragraph of a deciding body. It
 * is written in Swedish, like the rest of the document's history.
 */
export function editorialDecision(header: Pick<DocumentHeader, 'metadata'>, assessment: Assessment, date: string, id: string): Decision {
  return {
    id,
    body: delegatedBody(header),
    date,
    paragraph: '',
    action: 'redaktionell',
    summary: `Redaktionell ändring, bedömd av ${assessment.by} ${toIsoDate(new Date(assessment.at))}`,
  };
}

/**
 * A document as its exports show it. A draft of the next version is a draft, whatever status the
 * version in force gives the document: it is marked as one, and numbered as the version it proposes.
 */
export function documentAsExported(document: HandbokDocument): HandbokDocument {
  if (!document.versioning?.revising || document.status !== 'gallande') return document;
  return { ...document, status: 'utkast', metadata: { ...document.metadata, version: formatVersionNumber(draftVersionNumber(document)) } };
}
