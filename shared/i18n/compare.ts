import type { Comparison } from '../text/compare';
import type { Locale } from './locales';

/**
 * The summary of a comparison in words ("1 princip ändrad, 1 roll tillagd"), for the compare view, the
 * CLI and the Revidera memo. Swedish participles agree with the noun's gender and number, so each noun
 * carries its gender.
 */
type Noun = { one: string; many: string; neuter: boolean };
const noun = (one: string, many: string, neuter = false): Noun => ({ one, many, neuter });

const SV_NOUNS: Record<string, Noun> = {
  principle: noun('princip', 'principer'),
  role: noun('roll', 'roller'),
  'method-guide': noun('metodstöd', 'metodstöd', true),
  'method-step': noun('steg', 'steg', true),
  goals: noun('mållista', 'mållistor'),
  goal: noun('mål', 'mål', true),
  definition: noun('definition', 'definitioner'),
  comparison: noun('jämförelsetabell', 'jämförelsetabeller'),
  'annual-cycle': noun('årshjul', 'årshjul', true),
  'cycle-month': noun('månad', 'månader'),
  'staged-model': noun('stegmodell', 'stegmodeller'),
  stage: noun('nivå', 'nivåer'),
  callout: noun('notering', 'noteringar'),
  paragraph: noun('stycke', 'stycken', true),
  heading: noun('rubrik', 'rubriker'),
  list: noun('lista', 'listor'),
  table: noun('tabell', 'tabeller'),
  image: noun('bild', 'bilder'),
  quote: noun('citat', 'citat', true),
  'page-break': noun('sidbrytning', 'sidbrytningar'),
};
const SV_OTHER = noun('block', 'block', true);

const SV_PARTICIPLES: Record<'added' | 'removed' | 'moved' | 'changed', [common: string, neuter: string, plural: string]> = {
  changed: ['ändrad', 'ändrat', 'ändrade'],
  added: ['tillagd', 'tillagt', 'tillagda'],
  removed: ['borttagen', 'borttaget', 'borttagna'],
  moved: ['flyttad', 'flyttat', 'flyttade'],
};

const EN_NOUNS: Record<string, [string, string]> = {
  principle: ['principle', 'principles'],
  role: ['role', 'roles'],
  'method-guide': ['method guide', 'method guides'],
  'method-step': ['step', 'steps'],
  goals: ['goal list', 'goal lists'],
  goal: ['goal', 'goals'],
  definition: ['definition', 'definitions'],
  comparison: ['comparison table', 'comparison tables'],
  'annual-cycle': ['annual cycle', 'annual cycles'],
  'cycle-month': ['month', 'months'],
  'staged-model': ['staged model', 'staged models'],
  stage: ['level', 'levels'],
  callout: ['note', 'notes'],
  paragraph: ['paragraph', 'paragraphs'],
  heading: ['heading', 'headings'],
  list: ['list', 'lists'],
  table: ['table', 'tables'],
  image: ['image', 'images'],
  quote: ['quotation', 'quotations'],
  'page-break': ['page break', 'page breaks'],
};

/** What changed, counted: a structured block changed only in its items counts its items (a goal added to a goal list). */
export function changeCounts(comparison: Comparison): { kind: 'added' | 'removed' | 'moved' | 'changed'; type: string; count: number }[] {
  const counts = new Map<string, number>();
  const count = (kind: string, type: string) => counts.set(`${kind}|${type}`, (counts.get(`${kind}|${type}`) ?? 0) + 1);
  // A whole item added, removed or moved inside a block ("goals.3"), not a change inside an item ("goals.3.target").
  const isWholeItem = (part: Comparison['changes'][number]['parts'][number]) => part.itemType !== undefined && part.kind !== 'changed' && part.path.split('.').length === 2;
  for (const change of comparison.changes) {
    if (change.kind === 'changed' && change.parts.length > 0 && change.parts.every(isWholeItem)) for (const part of change.parts) count(part.kind, part.itemType!);
    else count(change.kind, change.type);
  }
  return [...counts].map(([key, value]) => {
    const [kind, type] = key.split('|') as ['added' | 'removed' | 'moved' | 'changed', string];
    return { kind, type, count: value };
  });
}

/** "3 principer ändrade, 1 roll tillagd": every kind of change of every kind of block, in one line. */
export function summarizeComparison(comparison: Comparison, locale: Locale): string {
  const counts = changeCounts(comparison);
  if (counts.length === 0) return locale === 'sv' ? 'Inga ändringar' : 'No changes';
  return counts.map(({ kind, type, count }) => `${count} ${describeChange(kind, type, locale, count)}`).join(', ');
}

/** "princip tillagd", "stycken ändrade", "role added": a kind of block and what happened to it. */
export function describeChange(kind: 'added' | 'removed' | 'moved' | 'changed', type: string, locale: Locale, count = 1): string {
  if (locale === 'en') {
    const [one, many] = EN_NOUNS[type] ?? ['block', 'blocks'];
    return `${count === 1 ? one : many} ${kind}`;
  }
  const word = SV_NOUNS[type] ?? SV_OTHER;
  const [common, neuter, plural] = SV_PARTICIPLES[kind];
  return `${count === 1 ? word.one : word.many} ${count === 1 ? (word.neuter ? neuter : common) : plural}`;
}
