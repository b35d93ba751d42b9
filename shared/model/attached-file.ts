import { z } from 'zod';
import { ATTACHED_FILE_TYPES } from './memo-attachment';

/**
 * The bytes of a file attached to a memo as a bilaga. They are kept apart from the memo's header (in
 * storage a table of their own, see renderer/src/storage), so that listing the library never reads
 * them; a whole document, as an archive holds it or an export reads it, carries them in `files`, as
 * base64 so that the archive stays one JSON file.
 */
export const attachedFileSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  fileType: z.enum(ATTACHED_FILE_TYPES),
  /** The file's bytes, base64. */
  data: z.string(),
});
export type AttachedFile = z.infer<typeof attachedFileSchema>;

/**
 * At most 20 MB a file: a scanned protocol or a long report fits, and a memo with a few of them stays
 * far below the archive's limit of 150 MB (base64 adds a third).
 */
export const MAX_ATTACHED_FILE_BYTES = 20 * 1024 * 1024;

/** A file's bytes from their base64 (as atob gives them, without Node's Buffer). */
export function attachedFileBytes(file: Pick<AttachedFile, 'data'>): Uint8Array<ArrayBuffer> {
  const binary = atob(file.data);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
