import { Unzip, UnzipInflate, zipSync, type Zippable } from 'fflate';

/**
 * Opens a .docx (a zip of XML parts) without trusting it: a Word file may come from anywhere, and a zip
 * can claim small sizes in its headers and inflate to gigabytes. The bytes are inflated as a stream and
 * the real output counted as it comes, so a bomb is stopped after at most one small step past the limit.
 */

export interface DocxLimits {
  maxFileBytes: number;
  maxUnpackedBytes: number;
  maxParts: number;
  maxTableDepth: number;
}

const MB = 1024 * 1024;

/** Far above any real governing document (a 300-page handbook with images is some 20 MB unpacked). */
export const DOCX_LIMITS: DocxLimits = { maxFileBytes: 100 * MB, maxUnpackedBytes: 400 * MB, maxParts: 5000, maxTableDepth: 32 };

export type DocxRefusalCode =
  | 'empty'
  | 'not-docx'
  | 'legacy-or-encrypted'
  | 'truncated'
  | 'too-large'
  | 'zip-bomb'
  | 'too-many-parts'
  | 'no-document'
  | 'too-deep';

export interface DocxRefusal {
  code: DocxRefusalCode;
  detail?: string;
}

/** Part name (no leading '/', e.g. 'word/document.xml') → its inflated bytes. */
export type DocxParts = Map<string, Uint8Array>;

const DOCUMENT_PART = 'word/document.xml';

/** Compound File Binary: Word 97–2003 files, and every password-protected Office file (encrypted OOXML lives inside one). */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The zip is fed to the inflater in steps this small because fflate inflates all it is given at once:
 * deflate expands at most ~1032×, so one step can overshoot the limit by ~16 MB, never by gigabytes.
 */
const STEP_BYTES = 16 * 1024;

/** Thrown from inside fflate's callbacks to stop it at once; the reason is kept beside it. */
class Stop extends Error {}

export function readDocxParts(
  bytes: Uint8Array,
  limits: DocxLimits = DOCX_LIMITS,
): { ok: true; parts: DocxParts } | { ok: false; refusal: DocxRefusal } {
  const refuse = (code: DocxRefusalCode, detail?: string) => ({ ok: false as const, refusal: detail === undefined ? { code } : { code, detail } });

  if (bytes.length === 0) return refuse('empty');
  if (bytes.length > limits.maxFileBytes) return refuse('too-large', `${bytes.length} bytes`);
  if (OLE_SIGNATURE.every((byte, i) => bytes[i] === byte)) return refuse('legacy-or-encrypted');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return refuse('not-docx');
  // The streaming reader goes by the local headers and would accept a file cut off between two parts;
  // a whole zip ends with its central directory's end record.
  if (!hasEndOfCentralDirectory(bytes)) return refuse('truncated', 'the zip has no end of central directory');

  const chunks = new Map<string, Uint8Array[]>();
  let entries = 0;
  let unpacked = 0;
  let stopped: DocxRefusal | undefined;
  const stop = (refusal: DocxRefusal): never => {
    stopped = refusal;
    throw new Stop(refusal.code);
  };

  const unzip = new Unzip((file) => {
    if (++entries > limits.maxParts) stop({ code: 'too-many-parts', detail: `more than ${limits.maxParts}` });
    const name = file.name.replace(/^\/+/, '');
    const isDirectory = name === '' || name.endsWith('/');
    const own: Uint8Array[] = [];
    // A later entry of the same name wins, as in a zip's central directory.
    if (!isDirectory) chunks.set(name, own);
    file.ondata = (error, data, _final) => {
      if (error) throw error;
      unpacked += data.length;
      if (unpacked > limits.maxUnpackedBytes) stop({ code: 'zip-bomb', detail: `inflates to more than ${limits.maxUnpackedBytes} bytes` });
      if (!isDirectory && data.length) own.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  try {
    for (let at = 0; at < bytes.length; at += STEP_BYTES) {
      const end = Math.min(at + STEP_BYTES, bytes.length);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (error) {
    // fflate's UnzipInflate catches a throw from ondata and hands it back as `error`, which is thrown
    // again: so the refusal set before the first throw is what counts.
    if (stopped) return { ok: false, refusal: stopped };
    return refuse('truncated', error instanceof Error ? error.message : String(error));
  }

  const parts: DocxParts = new Map();
  for (const [name, pieces] of chunks) parts.set(name, join(pieces));
  const documentXml = partText(parts, DOCUMENT_PART);
  if (documentXml === undefined) return refuse('no-document');
  if (tablesDeeperThan(documentXml, limits.maxTableDepth)) return refuse('too-deep', `tables nested more than ${limits.maxTableDepth} deep`);
  return { ok: true, parts };
}

/** A part's text, as UTF-8 (what Word writes), without a byte order mark; undefined when there is no such part. */
export function partText(parts: DocxParts, name: string): string | undefined {
  const bytes = parts.get(name.replace(/^\/+/, ''));
  // TextDecoder drops a leading BOM by default (ignoreBOM is false).
  return bytes && new TextDecoder('utf-8').decode(bytes);
}

/** The parts as a zip again, stored without compression: mammoth reads it at once, and deflating would only cost time. */
export function packStored(parts: DocxParts): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of parts) {
    // fflate gathers the files in a plain object, where this name would set its prototype; no real part has it.
    if (name !== '__proto__') files[name] = data;
  }
  return zipSync(files, { level: 0 });
}

/** The end record (PK\x05\x06) lies in the last 22 bytes, or up to 64 KB before them when the zip has a comment. */
function hasEndOfCentralDirectory(bytes: Uint8Array): boolean {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) return true;
  }
  return false;
}

function join(pieces: Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  const whole = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    whole.set(piece, at);
    at += piece.length;
  }
  return whole;
}

/**
 * Whether `<w:tbl>` elements nest deeper than `limit`. Tables in tables are read recursively further on
 * (mammoth, the body reader), so a hostile depth is refused here by counting opens and closes: two
 * indexOf scans, linear and fast on a 50 MB document, no parse.
 */
function tablesDeeperThan(xml: string, limit: number): boolean {
  const OPEN = '<w:tbl';
  const CLOSE = '</w:tbl>';
  let depth = 0;
  let open = xml.indexOf(OPEN);
  let close = xml.indexOf(CLOSE);
  while (open !== -1) {
    if (close !== -1 && close < open) {
      depth = Math.max(0, depth - 1);
      close = xml.indexOf(CLOSE, close + CLOSE.length);
      continue;
    }
    // '<w:tbl' also begins <w:tblPr>, <w:tblGrid>…; and <w:tbl/> is empty, opening nothing.
    const next = xml.charCodeAt(open + OPEN.length);
    if (next === 0x3e /* > */ || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d) {
      if (++depth > limit) return true;
    }
    open = xml.indexOf(OPEN, open + OPEN.length);
  }
  return false;
}
