/** A run of a word diff: text kept, inserted or deleted. Words are cut as Intl.Segmenter cuts Swedish. */
export interface WordPart {
  kind: 'same' | 'inserted' | 'deleted';
  text: string;
}

export type ChangeKind = 'added' | 'removed' | 'moved' | 'changed';

/**
 * Editorial or substantive: a proposal the user confirms. Swedish practice delegates a *redaktionell
 * ändring* (punctuation, case, spelling, a renamed unit applied everywhere, links, law references,
 * contact details, moves) to the document's owner; anything that changes what the document requires
 * or promises goes back to the deciding body.
 */
export interface Classification {
  kind: 'editorial' | 'substantive';
  /** Why, as codes the interface and the CLI put in words. */
  reason: ClassificationReason;
}

export type ClassificationReason =
  | 'moved'
  | 'formatting'
  | 'punctuation-or-case'
  | 'spelling'
  | 'rename'
  | 'link-or-reference'
  | 'contact-details'
  | 'modal-verb'
  | 'negation'
  | 'number'
  | 'block-added'
  | 'block-removed'
  | 'item-added'
  | 'item-removed'
  | 'wording';

/** Words that say what must, should, may or can be done: changing one changes a duty. */
const MODAL_VERBS = new Set(['ska', 'skall', 'bör', 'får', 'kan', 'måste', 'behöver', 'borde']);
const NEGATIONS = new Set(['inte', 'ej', 'icke', 'aldrig', 'ingen', 'inget', 'inga']);
/** A law reference (SFS 2017:725, 6 kap. 1 §), a link, or contact details: editorial by Swedish practice. */
const REFERENCE_PATTERN = /\b(?:sfs|sou|prop\.|kap\.)|§|\d{4}:\d+|https?:\/\/|www\.|@|\+46|\b0\d{1,3}[- ]?\d{2,3}(?: ?\d{2}){2,3}\b/i;
const CONTACT_PATTERN = /@|\+46|\b0\d{1,3}[- ]?\d{2,3}(?: ?\d{2}){2,3}\b/;

export interface ClassifyContext {
  renames: readonly (readonly [string, string])[];
  beforeText: string;
  afterText: string;
}

const words = (text: string) => text.toLocaleLowerCase('sv').match(/[\p{L}\p{N}]+/gu) ?? [];
const textOf = (parts: readonly WordPart[], kind: WordPart['kind']) => parts.filter((part) => part.kind === kind).map((part) => part.text).join('');

/** Edit distance of two short words, stopping early past the limit. */
function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...next) > limit) return false;
    row = next;
  }
  return row[b.length]! <= limit;
}

/** The replaced runs of a word diff: each deletion with the insertion that follows it. */
function replacements(parts: readonly WordPart[]): { deleted: string; inserted: string }[] {
  const found: { deleted: string; inserted: string }[] = [];
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index]!;
    if (part.kind === 'same') continue;
    const next = parts[index + 1];
    if (part.kind === 'deleted' && next?.kind === 'inserted') {
      found.push({ deleted: part.text, inserted: next.text });
      index += 1;
    } else found.push(part.kind === 'deleted' ? { deleted: part.text, inserted: '' } : { deleted: '', inserted: part.text });
  }
  return found;
}

/** A change of the words of a text. */
function classifyText(parts: readonly WordPart[], context: ClassifyContext): Classification {
  const deleted = words(textOf(parts, 'deleted'));
  const inserted = words(textOf(parts, 'inserted'));
  const changedWords = [...deleted, ...inserted];
  if (changedWords.some((word) => MODAL_VERBS.has(word))) return { kind: 'substantive', reason: 'modal-verb' };
  if (changedWords.some((word) => NEGATIONS.has(word))) return { kind: 'substantive', reason: 'negation' };
  const pairs = replacements(parts);
  if (pairs.length === 0) return { kind: 'editorial', reason: 'formatting' };
  if (pairs.every(({ deleted: a, inserted: b }) => words(a).join(' ') === words(b).join(' '))) return { kind: 'editorial', reason: 'punctuation-or-case' };
  if (pairs.every(({ deleted: a, inserted: b }) => REFERENCE_PATTERN.test(a) || REFERENCE_PATTERN.test(b))) {
    return { kind: 'editorial', reason: pairs.some(({ deleted: a, inserted: b }) => CONTACT_PATTERN.test(a) || CONTACT_PATTERN.test(b)) ? 'contact-details' : 'link-or-reference' };
  }
  if (pairs.every((pair) => isRename(pair, context))) return { kind: 'editorial', reason: 'rename' };
  if (changedWords.some((word) => /\d/.test(word))) return { kind: 'substantive', reason: 'number' };
  const spelling = pairs.every(({ deleted: a, inserted: b }) => {
    const [from, to] = [words(a), words(b)];
    return from.length === 1 && to.length === 1 && from[0]!.length >= 4 && withinEdits(from[0]!, to[0]!, 2);
  });
  if (spelling) return { kind: 'editorial', reason: 'spelling' };
  return { kind: 'substantive', reason: 'wording' };
}

/**
 * A rename applied consistently: declared by the organisation, or a name that the newer version no
 * longer uses anywhere (every "Kvalitetsenheten" became "Enheten för kvalitet och utveckling").
 */
function isRename({ deleted, inserted }: { deleted: string; inserted: string }, context: ClassifyContext): boolean {
  const from = deleted.trim();
  const to = inserted.trim();
  if (!from || !to) return false;
  if (context.renames.some(([a, b]) => a.trim() === from && b.trim() === to)) return true;
  const capitalised = /^\p{Lu}/u.test(from) && /^\p{Lu}/u.test(to);
  return capitalised && !context.afterText.includes(from) && context.beforeText.includes(from);
}

/** A block's change proposed editorial or substantive. */
export function classifyWords(kind: ChangeKind, type: string, parts: readonly WordPart[], inner: readonly { kind: ChangeKind; itemType?: string }[], context: ClassifyContext): Classification {
  const emptyBlock = parts.every((part) => part.text.trim() === '');
  if (kind === 'moved') return { kind: 'editorial', reason: 'moved' };
  if (kind === 'added') return emptyBlock || type === 'page-break' ? { kind: 'editorial', reason: 'formatting' } : { kind: 'substantive', reason: 'block-added' };
  if (kind === 'removed') return emptyBlock || type === 'page-break' ? { kind: 'editorial', reason: 'formatting' } : { kind: 'substantive', reason: 'block-removed' };
  const itemChange = inner.find((part) => part.itemType && (part.kind === 'added' || part.kind === 'removed'));
  if (itemChange) return { kind: 'substantive', reason: itemChange.kind === 'added' ? 'item-added' : 'item-removed' };
  return classifyText(parts, context);
}
