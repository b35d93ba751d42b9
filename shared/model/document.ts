import { z } from 'zod';
import { contentSchema, type SerializedContent } from './content';
import { decisionSchema, type Decision } from './decision';
import { documentKindSchema, documentStatusSchema, type DocumentKind } from './kinds';
import { memoSchema, type Memo } from './memo';
import { versioningSchema } from './versioning';
import { documentMetadataSchema } from './metadata';
import type { AttachedFile } from './attached-file';

/** The shape of a document this version of Handbok writes. Older shapes are upgraded by normalizeDocument. */
export const DOCUMENT_FORMAT_VERSION = 1;

/**
 * Everything about a document except its content: what the library lists and the metadata panel edits.
 * Storage keeps the content apart so that listing two hundred handbooks does not read their text.
 */
export const documentHeaderSchema = z.looseObject({
  id: z.string().min(1),
  formatVersion: z.number().int().positive().default(DOCUMENT_FORMAT_VERSION),
  kind: documentKindSchema,
  title: z.string(),
  status: documentStatusSchema,
  metadata: documentMetadataSchema.default({}),
  decisions: z.array(decisionSchema).default([]),
  createdAt: z.string().min(1),
  updatedAt: z.string().min(1),
  /** Set when the document is in the trash; it is restored by clearing it. */
  deletedAt: z.string().nullable().default(null),
  /** Counts every saved change; later used to detect that another window wrote first. */
  revision: z.number().int().nonnegative().default(0),
  /** A tjänsteskrivelse's own parts (shared/model/memo.ts); other kinds have none. */
  memo: memoSchema.optional(),
  /** Whether the exports have a table of contents; unset, the kind decides (see hasTableOfContents). */
  tableOfContents: z.boolean().optional().catch(undefined),
  /**
   * The document's adopted versions and whether a revision is in work (shared/model/versions.ts). Absent
   * on a document stored before versions existed, until firstVersioning has looked at it.
   */
  versioning: versioningSchema.optional(),
});
export type DocumentHeader = z.infer<typeof documentHeaderSchema>;

export const documentSchema = documentHeaderSchema.extend({ content: contentSchema });
/**
 * A whole document: its header, its content and, for a memo with files as bilagor, those files' bytes
 * (absent when it has none). Storage keeps content and files apart from the header.
 */
export type HandbokDocument = DocumentHeader & { content: SerializedContent; files?: AttachedFile[] };

/**
 * Kinds whose documents are long enough to need a table of contents unless the writer says otherwise.
 * A policy, a guideline or an instruction is usually a few pages, and a contents page only delays it.
 */
const KINDS_WITH_CONTENTS: readonly DocumentKind[] = ['handbok', 'strategi', 'program', 'plan'];

/** Whether a document's exports open with a table of contents: the writer's choice, else its kind's habit. */
export function hasTableOfContents(document: Pick<DocumentHeader, 'kind' | 'tableOfContents'>): boolean {
  return document.tableOfContents ?? KINDS_WITH_CONTENTS.includes(document.kind);
}

/**
 * A document before it is in the library: what a template or the sample library provides. The library
 * gives it an id, timestamps and a revision when it is created.
 */
export interface DocumentSeed {
  kind: DocumentHeader['kind'];
  title: string;
  status: DocumentHeader['status'];
  metadata: DocumentHeader['metadata'];
  decisions: Pick<Decision, 'body' | 'date' | 'paragraph' | 'action' | 'summary'>[];
  content: SerializedContent;
  memo?: Memo;
}

/**
 * A seed made into a document of the library: a new id for it and for each decision, the given time as
 * created and updated, revision 0. The content is copied, so the seed is never shared.
 */
export function documentFromSeed(seed: DocumentSeed, timestamp: string, newId: () => string): HandbokDocument {
  return {
    id: newId(),
    formatVersion: DOCUMENT_FORMAT_VERSION,
    kind: seed.kind,
    title: seed.title,
    status: seed.status,
    metadata: { ...seed.metadata },
    decisions: seed.decisions.map((decision) => ({ ...decision, id: newId() })),
    content: structuredClone(seed.content),
    ...(seed.memo ? { memo: structuredClone(seed.memo) } : {}),
    createdAt: timestamp,
    updatedAt: timestamp,
    deletedAt: null,
    revision: 0,
  };
}

/** How a seed's memo names another seed of the same batch, before either has an id: `seed:0` is the first. */
export const seedLink = (index: number) => `seed:${index}`;

/**
 * Seeds made into documents together (the sample library): as documentFromSeed, and a memo's links to
 * another seed of the batch (its subject, its attachments) become that document's new id.
 */
export function documentsFromSeeds(seeds: readonly DocumentSeed[], timestamp: string, newId: () => string): HandbokDocument[] {
  const documents = seeds.map((seed) => documentFromSeed(seed, timestamp, newId));
  const idOf = (link: string) => {
    const index = /^seed:(\d+)$/.exec(link)?.[1];
    return index === undefined ? link : (documents[Number(index)]?.id ?? '');
  };
  return documents.map((document) =>
    document.memo
      ? {
          ...document,
          memo: {
            ...document.memo,
            subjectId: idOf(document.memo.subjectId),
            attachments: document.memo.attachments.map((attachment) =>
              attachment.kind === 'document' ? { ...attachment, id: idOf(attachment.id), documentId: idOf(attachment.documentId) } : attachment,
            ),
          },
        }
      : document,
  );
}
