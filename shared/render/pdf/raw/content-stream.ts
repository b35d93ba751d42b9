import { concatBytes, isRegular, isWhite } from './objects';

/**
 * Meets each operator of a content stream, as its operator code (see `op`), with its numeric operands
 * (others are NaN) and its byte range, operands included.
 */
export type OperationVisitor = (operator: number, numbers: readonly number[], start: number, end: number) => void;

/**
 * An operator as a number: its (at most three) bytes, first byte lowest. Every operator of PDF has
 * three characters or fewer; comparing numbers makes no string for each of a page's many operators.
 */
export function op(name: string): number {
  return name.charCodeAt(0) | ((name.charCodeAt(1) || 0) << 8) | ((name.charCodeAt(2) || 0) << 16);
}
/** Each byte's kind: part of a word, white space, or a delimiter (ISO 32000-1, 7.2.2). */
const [REGULAR, WHITE, DELIMITER] = [0, 1, 2];
const KIND = new Uint8Array(256);
for (const code of [0, 9, 10, 12, 13, 32]) KIND[code] = WHITE;
for (const char of '()<>[]{}/%') KIND[char.charCodeAt(0)] = DELIMITER;

/** What a word longer than any operator is taken as: an unknown operator. */
const UNKNOWN = -1;
const BI = op('BI');

/** A number's text (ISO 32000-1, 7.3.3: digits with an optional sign and point), read without making a string. */
function numberAt(bytes: Uint8Array, start: number, end: number): number {
  let index = start;
  let sign = 1;
  if (bytes[index] === 0x2d) {
    sign = -1;
    index += 1;
  } else if (bytes[index] === 0x2b) index += 1;
  let value = 0;
  let scale = 0;
  for (; index < end; index += 1) {
    const code = bytes[index]!;
    if (code === 0x2e && scale === 0) scale = 1;
    else if (code >= 0x30 && code <= 0x39) {
      if (scale) scale *= 10;
      value = value * 10 + code - 0x30;
    } else return Number.NaN;
  }
  return sign * (scale ? value / scale : value);
}

/** Skips a string, hex string, dictionary or array that starts at `at`; returns where it ends. */
function skipOperand(bytes: Uint8Array, at: number): number {
  const code = bytes[at];
  if (code === 0x28) {
    let depth = 0;
    for (let index = at; index < bytes.length; index += 1) {
      const char = bytes[index];
      if (char === 0x5c) index += 1;
      else if (char === 0x28) depth += 1;
      else if (char === 0x29 && --depth === 0) return index + 1;
    }
    return bytes.length;
  }
  if (code === 0x3c && bytes[at + 1] !== 0x3c) {
    const close = bytes.indexOf(0x3e, at);
    return close < 0 ? bytes.length : close + 1;
  }
  // Arrays and dictionaries: nested brackets, with strings skipped whole.
  let depth = 0;
  for (let index = at; index < bytes.length; ) {
    const char = bytes[index]!;
    if (char === 0x28 || (char === 0x3c && bytes[index + 1] !== 0x3c && depth > 0)) {
      index = skipOperand(bytes, index);
      continue;
    }
    if (char === 0x5b || (char === 0x3c && bytes[index + 1] === 0x3c)) {
      depth += 1;
      index += char === 0x5b ? 1 : 2;
    } else if (char === 0x5d || (char === 0x3e && bytes[index + 1] === 0x3e)) {
      depth -= 1;
      index += char === 0x5d ? 1 : 2;
      if (depth === 0) return index;
    } else index += 1;
  }
  return bytes.length;
}

/**
 * The operators of a content stream (ISO 32000-1, 7.8.2) in order. Operands are skipped, not
 * parsed, except numbers; an inline image's data is passed over whole. Hot for long documents (tens
 * of megabytes of content), so it makes no strings and reuses its operand list.
 */
export function forEachOperation(bytes: Uint8Array, visit: OperationVisitor): void {
  let start = -1;
  const numbers: number[] = [];
  const { length } = bytes;
  let index = 0;
  while (index < length) {
    const code = bytes[index]!;
    const kind = KIND[code];
    if (kind === WHITE) {
      index += 1;
      continue;
    }
    if (code === 0x25) {
      while (index < length && bytes[index] !== 10 && bytes[index] !== 13) index += 1;
      continue;
    }
    if (start < 0) start = index;
    if (code === 0x28 || code === 0x3c || code === 0x5b) {
      index = skipOperand(bytes, index);
      numbers.push(Number.NaN);
      continue;
    }
    if (code === 0x2f) {
      index += 1;
      while (index < length && KIND[bytes[index]!] === REGULAR) index += 1;
      numbers.push(Number.NaN);
      continue;
    }
    if (kind === DELIMITER) {
      // A stray delimiter (")", ">", "]", "{", "}"): passed over.
      index += 1;
      continue;
    }
    const wordStart = index;
    while (index < length && KIND[bytes[index]!] === REGULAR) index += 1;
    if ((code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2b || code === 0x2e) {
      numbers.push(numberAt(bytes, wordStart, index));
      continue;
    }
    const size = index - wordStart;
    const operator = size > 3 ? UNKNOWN : code | ((size > 1 ? bytes[wordStart + 1]! : 0) << 8) | ((size > 2 ? bytes[wordStart + 2]! : 0) << 16);
    if (operator === BI) {
      // Inline image: its data runs from "ID" to an "EI" between white space.
      let at = index;
      for (; at < length - 2; at += 1) {
        if (bytes[at] === 0x49 && bytes[at + 1] === 0x44 && isWhite(bytes[at + 2]) && isWhite(bytes[at - 1])) break;
      }
      for (at += 3; at < length - 1; at += 1) {
        if (isWhite(bytes[at - 1]) && bytes[at] === 0x45 && bytes[at + 1] === 0x49 && (at + 2 >= length || isWhite(bytes[at + 2]) || !isRegular(bytes[at + 2]))) break;
      }
      index = Math.min(length, at + 2);
      numbers.length = 0;
    }
    visit(operator, numbers, start, index);
    start = -1;
    numbers.length = 0;
  }
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const matrixOf = (numbers: readonly number[]): Matrix | null => {
  const six = numbers.slice(-6);
  return six.length === 6 && six.every(Number.isFinite) ? (six as Matrix) : null;
};

const MCID = new TextEncoder().encode('/MCID');
const ARTIFACT = new TextEncoder().encode('/Artifact');

function includes(bytes: Uint8Array, start: number, end: number, needle: Uint8Array): boolean {
  outer: for (let index = start; index + needle.length <= end; index += 1) {
    for (let offset = 0; offset < needle.length; offset += 1) if (bytes[index + offset] !== needle[offset]) continue outer;
    return true;
  }
  return false;
}

/** Whether a BDC or BMC (its operands from start to end) begins tagged content (an MCID) or an artifact. */
const tagsContent = (bytes: Uint8Array, start: number, end: number) => includes(bytes, start, end, MCID) || includes(bytes, start, end, ARTIFACT);

/** What an artifact is (ISO 32000-1, 14.8.2.2): the running header or footer, or page layout. */
export type ArtifactKind = 'header' | 'footer' | 'layout';

const ARTIFACT_TAGS: Record<ArtifactKind, string> = {
  header: '/Artifact <</Type /Pagination /Subtype /Header>> BDC\n',
  footer: '/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n',
  layout: '/Artifact <</Type /Layout>> BDC\n',
};

/** Operators that put ink on the page: showing text, painting a path, an image, a shading, a form. */
const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'Do', 'sh', 'BI'].map(op));
const [q, Q, CM, BDC, BMC, EMC, BT, ET, TM] = ['q', 'Q', 'cm', 'BDC', 'BMC', 'EMC', 'BT', 'ET', 'Tm'].map(op);

export interface ArtifactOptions {
  /** The page's height, and how far its header and footer reach from the top and the bottom edge. */
  pageHeight: number;
  margin: number;
}

/**
 * A content stream in which everything drawn outside marked content is marked as an artifact:
 * Chromium tags the page's real content, and what it leaves untagged (the running header and
 * footer of the page-margin boxes, backgrounds and rules, decorative images) is what a reader
 * should skip. Text in the top or bottom margin becomes a pagination artifact, the rest layout.
 * A sequence never crosses the start or end of a text object or of other marked content, so
 * the stream stays well nested; tagged content and its MCIDs are left exactly as they were.
 * Returns null when nothing needed marking.
 */
export function markUntaggedAsArtifacts(bytes: Uint8Array, { pageHeight, margin }: ArtifactOptions): Uint8Array | null {
  const out: Uint8Array[] = [];
  let copied = 0;
  let depth = 0;
  let open: { at: number; end: number; paints: boolean; kind: ArtifactKind | null } | null = null;
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  let marked = false;
  const encoder = new TextEncoder();

  // Only a run that paints is marked; one that just sets the graphics state stays as it is.
  const close = () => {
    if (open?.paints) {
      out.push(bytes.subarray(copied, open.at), encoder.encode(ARTIFACT_TAGS[open.kind ?? 'layout']), bytes.subarray(open.at, open.end), encoder.encode('\nEMC'));
      copied = open.end;
      marked = true;
    }
    open = null;
  };

  // Marked content that neither tags nor marks an artifact (a Span with ActualText, optional content)
  // goes inside a run, whole: its BDC and EMC both.
  let neutral = 0;
  forEachOperation(bytes, (operator, numbers, start, end) => {
    // The graphics state is followed everywhere: a Q inside tagged content restores a q from outside it.
    if (operator === q) stack.push(ctm);
    else if (operator === Q) ctm = stack.pop() ?? IDENTITY;
    else if (operator === CM) {
      const matrix = matrixOf(numbers);
      if (matrix) ctm = multiply(matrix, ctm);
    }
    const begins = operator === BDC || operator === BMC;
    if (depth > 0) {
      if (begins) depth += 1;
      else if (operator === EMC) depth -= 1;
      return;
    }
    if (begins && tagsContent(bytes, start, end)) {
      // Tagged content inside neutral content cannot be left out of a run around it: that run stays unmarked.
      if (neutral > 0 && open) open.paints = false;
      else close();
      depth = 1;
      return;
    }
    if (neutral === 0 && (operator === BT || operator === ET || operator === EMC)) {
      close();
      return;
    }
    if (begins) neutral += 1;
    else if (operator === EMC) neutral -= 1;
    open ??= { at: start, end, paints: false, kind: null };
    open.end = end;
    if (PAINTING.has(operator)) open.paints = true;
    if (operator === TM && open.kind === null) {
      const matrix = matrixOf(numbers);
      if (matrix) {
        const y = matrix[4] * ctm[1] + matrix[5] * ctm[3] + ctm[5];
        open.kind = y > pageHeight - margin ? 'header' : y < margin ? 'footer' : 'layout';
      }
    }
  });
  close();
  if (!marked) return null;
  out.push(bytes.subarray(copied));
  return concatBytes(out);
}
