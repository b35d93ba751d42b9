import { readArchive, type ArchiveFileProblem, type ArchiveReadResult } from './archive';

/**
 * The one gate every .handbok file passes on its way in, as bytes: the command line, the desktop
 * app's import and its backups, and the browser build all read through `readArchiveFile`, so that
 * they accept and refuse the same files.
 */

/**
 * The largest archive Handbok reads, checked before a byte is decoded. A 5,000-page synthetic
 * handbook (`handbok sample --pages 5000`, far beyond any real one) is about 82 MB, and an image is
 * at most 5 MB; Handbok's own writers refuse to write a larger archive (see `archiveTooLarge`),
 * so nothing Handbok wrote is ever refused here, while a 200 MB file is turned away at once instead
 * of costing minutes and gigabytes.
 */
export const ARCHIVE_MAX_BYTES = 150 * 1024 * 1024;
/** The limit as people read it, for messages: "150 MB". */
export const ARCHIVE_MAX_SIZE_TEXT = `${ARCHIVE_MAX_BYTES / (1024 * 1024)} MB`;

/** Whether an archive of this many bytes is more than Handbok would read back. */
export const archiveTooLarge = (byteLength: number): boolean => byteLength > ARCHIVE_MAX_BYTES;

type Encoding = Extract<ArchiveFileProblem, { code: 'wrong-encoding' }>['encoding'];

/**
 * UTF-16 or UTF-32, by its byte-order mark or, without one, by the NUL bytes beside the first
 * character (an archive starts with `{` or a space, which UTF-8 writes without any NUL).
 */
function otherUnicodeEncoding(bytes: Uint8Array): Encoding | null {
  const [b0 = -1, b1 = -1, b2 = -1, b3 = -1] = bytes.subarray(0, 4);
  if (b0 === 0xff && b1 === 0xfe) return b2 === 0 && b3 === 0 ? 'UTF-32LE' : 'UTF-16LE';
  if (b0 === 0xfe && b1 === 0xff) return 'UTF-16BE';
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'UTF-32BE';
  if (b0 > 0 && b1 === 0) return b2 === 0 && b3 === 0 ? 'UTF-32LE' : 'UTF-16LE';
  if (b0 === 0 && b1 === 0 && b2 === 0 && b3 > 0) return 'UTF-32BE';
  if (b0 === 0 && b1 > 0) return 'UTF-16BE';
  return null;
}

/** The second byte's range for each lead byte that has a narrower one than 0x80–0xBF (no overlong forms, no surrogates). */
const SECOND_BYTE: Record<number, [number, number]> = { 0xe0: [0xa0, 0xbf], 0xed: [0x80, 0x9f], 0xf0: [0x90, 0xbf], 0xf4: [0x80, 0x8f] };

/** Where the first byte that is not UTF-8 is (the start of its sequence); run only once decoding failed. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next += 1) {
      const [low, high] = next === 1 ? (SECOND_BYTE[lead] ?? [0x80, 0xbf]) : [0x80, 0xbf];
      const byte = bytes[index + next];
      if (byte === undefined || byte < low || byte > high) return index;
    }
    index += length;
  }
  return index;
}

export type ArchiveTextResult = { ok: true; text: string } | { ok: false; problem: ArchiveFileProblem };

/** The text of an archive file: UTF-8, with or without a byte-order mark, and not too large. */
export function decodeArchiveFile(bytes: Uint8Array): ArchiveTextResult {
  if (archiveTooLarge(bytes.byteLength)) return { ok: false, problem: { code: 'too-large', limitBytes: ARCHIVE_MAX_BYTES } };
  const encoding = otherUnicodeEncoding(bytes);
  if (encoding) return { ok: false, problem: { code: 'wrong-encoding', encoding } };
  try {
    // `fatal` refuses what is not UTF-8 instead of turning it into U+FFFD; the BOM is dropped.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: { code: 'not-utf8', offset: firstInvalidUtf8(bytes) } };
  }
}

/** Reads the bytes of a .handbok file as an archive: every file Handbok opens comes through here. */
export function readArchiveFile(bytes: Uint8Array): ArchiveReadResult {
  const decoded = decodeArchiveFile(bytes);
  return decoded.ok ? readArchive(decoded.text) : { ok: false, problems: [decoded.problem] };
}
