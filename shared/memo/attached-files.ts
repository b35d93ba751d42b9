import { attachedFileBytes, MAX_ATTACHED_FILE_BYTES, type AttachedFile } from '../model/attached-file';
import { documentFromSeed, type HandbokDocument } from '../model/document';
import type { MemoAttachmentOf } from '../model/memo-attachment';
import type { Organisation } from '../model/organisation';
import { importedSeed, proposeImport } from '../import/propose';
import { PdfFile } from '../render/pdf/raw/file';
import { base64 } from '../render/fonts';

/** The Word reading, loaded when a Word bilaga is first read: it (mammoth with its XML parser) is large, and a window opens without it. */
const readDocx = async (bytes: Uint8Array) => (await import('../import/docx/read-docx')).readDocx(bytes);

/** Why a file was not attached; nothing of the memo changes. */
export type AttachFileProblem = 'too-large' | 'not-pdf-or-word' | 'unreadable-pdf' | 'unreadable-word';

export type CheckedFile = { ok: true; file: AttachedFile; attachment: MemoAttachmentOf<'file'> } | { ok: false; problem: AttachFileProblem };

const startsWith = (bytes: Uint8Array, text: string, within = 0) =>
  Array.from({ length: within + 1 }, (_, at) => at).some((at) => [...text].every((char, index) => bytes[at + index] === char.charCodeAt(0)));

/**
 * A file the official chose as a bilaga, checked before it is kept: at most MAX_ATTACHED_FILE_BYTES,
 * and a PDF whose pages can be read (it is appended to the ärendepaket as it is) or a Word file the
 * app's Word reading opens (its content is set in the ärendepaket). Told apart by their bytes, not
 * by the name's ending, which may lie.
 */
export async function checkAttachedFile(name: string, bytes: Uint8Array, newId: () => string): Promise<CheckedFile> {
  if (bytes.length > MAX_ATTACHED_FILE_BYTES) return { ok: false, problem: 'too-large' };
  // A PDF's header may stand after some junk in its first kilobyte, as readers allow.
  const fileType = startsWith(bytes, '%PDF-', Math.min(1024, bytes.length)) ? 'pdf' : startsWith(bytes, 'PK\u0003\u0004') ? 'docx' : null;
  if (!fileType) return { ok: false, problem: 'not-pdf-or-word' };
  if (fileType === 'pdf' && !readablePdf(bytes)) return { ok: false, problem: 'unreadable-pdf' };
  if (fileType === 'docx' && !(await readDocx(bytes)).ok) return { ok: false, problem: 'unreadable-word' };
  const id = newId();
  return { ok: true, file: { id, name, fileType, data: base64(bytes) }, attachment: { kind: 'file', id, name, fileType, size: bytes.length } };
}

function readablePdf(bytes: Uint8Array): boolean {
  try {
    const file = new PdfFile(bytes);
    return file.pages().length > 0;
  } catch {
    return false;
  }
}

/**
 * A Word file bilaga as a document, read with the app's own Word reading (as *Importera Word* does,
 * the structured blocks it recognises included), so that the ärendepaket sets its content in the
 * memo's pages under "Bilaga N". Null when the file can no longer be read.
 */
export async function wordAttachmentDocument(file: AttachedFile, organisation: Organisation | null): Promise<HandbokDocument | null> {
  const read = await readDocx(attachedFileBytes(file));
  if (!read.ok) return null;
  const seed = importedSeed(proposeImport(read.reading, { fileName: file.name, organisation }));
  return documentFromSeed(seed, new Date(0).toISOString(), () => `${file.id}-word`);
}
