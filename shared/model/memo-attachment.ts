import { z } from 'zod';

/**
 * A bilaga of a tjänsteskrivelse, of one of three kinds: a document of the library (any kind, memos
 * included), a file the official attached (a PDF or a Word file, its bytes kept apart from the memo,
 * see attached-file.ts), or a line of text naming a document kept elsewhere ("Protokoll KS 2024-03-12
 * § 40"). Each has an id of its own, so that the form can reorder and remove it whatever its kind.
 */
export const ATTACHED_FILE_TYPES = ['pdf', 'docx'] as const;
export type AttachedFileType = (typeof ATTACHED_FILE_TYPES)[number];

export const memoAttachmentSchema = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('document'), id: z.string().min(1), documentId: z.string().min(1) }),
  z.looseObject({
    kind: z.literal('file'),
    /** Also the id of the file's bytes (attached-file.ts). */
    id: z.string().min(1),
    name: z.string().min(1),
    fileType: z.enum(ATTACHED_FILE_TYPES),
    size: z.number().int().nonnegative(),
  }),
  z.looseObject({ kind: z.literal('text'), id: z.string().min(1), text: z.string() }),
]);
export type MemoAttachment = z.infer<typeof memoAttachmentSchema>;
export type MemoAttachmentOf<K extends MemoAttachment['kind']> = Extract<MemoAttachment, { kind: K }>;

/**
 * A memo stored before bilagor had kinds listed documents by id (`attachmentIds`): each becomes a
 * library document bilaga, in the same order, its id the document's (unique, as a document is listed
 * once). A memo that has `attachments` already keeps them; `attachmentIds` is dropped either way.
 */
export function upgradeMemoAttachments(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('attachmentIds' in raw)) return raw;
  const { attachmentIds, ...memo } = raw as Record<string, unknown>;
  if ('attachments' in memo || !Array.isArray(attachmentIds)) return memo;
  const ids = attachmentIds.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return { ...memo, attachments: ids.map((documentId) => ({ kind: 'document', id: documentId, documentId })) };
}

/** The library documents a memo lists as bilagor, in order. */
export const attachedDocumentIds = (attachments: readonly MemoAttachment[]): string[] =>
  attachments.flatMap((attachment) => (attachment.kind === 'document' ? [attachment.documentId] : []));
