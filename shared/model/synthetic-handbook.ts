import { block, table } from './block-content';
import { TOP_LEVEL_BLOCK_TYPES, TOP_LEVEL_DECLARATIONS, variantsOf, type ExampleText } from './blocks';
import { FOOTNOTE_TYPE, IMAGE_TYPE, PAGE_BREAK_TYPE } from './rich-nodes';
import { bulletList, content, heading, numberedList, paragraph, type SerializedNode } from './content';
import type { DocumentSeed } from './document';
import { descendants } from './tree';

/**
 * A synthetic quality handbook of about `pages` A4 pages (about 400 words and 8 blocks a page), with
 * every block type, for benchmarks and for the command line's `sample --pages N`. Deterministic: the
 * same page count always gives the same document, so figures compare across runs.
 */
export const WORDS_PER_PAGE = 400;

const VOCABULARY = (
  'kommunen verksamheten kvalitet invånarna uppföljning förbättring ansvar nämnden chefer medarbetare mål resultat ' +
  'rutiner arbetet service behov fakta analys plan åtgärder samverkan dialog underlag beslut process tydlig enkel ' +
  'gemensam årlig viktig trygg likvärdig effektiv varje alla våra ska kan bör genom för att och med till av på i om ' +
  'som det den vi de när hur vad där också inom under efter enligt utifrån mellan internkontroll nyckeltal enkät ' +
  'avvikelse förvaltningen styrelsen budget delårsrapport årsredovisning mätning metod verktyg stöd utveckling'
).split(' ');

/** A 2×2 PNG, so that the handbook has figures without weighing much. */
const FIGURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';

/** A small, seeded pseudo-random generator (mulberry32): the same seed, the same handbook. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function countWords(node: SerializedNode): number {
  let words = 0;
  for (const each of descendants([node])) if (typeof each.text === 'string') words += each.text.split(/\s+/).filter(Boolean).length;
  return words;
}

export function syntheticHandbook(pages: number): DocumentSeed {
  const next = random(pages * 7919 + 17);
  const pick = () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!;
  const sentence = (words: number) => {
    const list = Array.from({ length: words }, pick);
    return `${list.join(' ').replace(/^./, (first) => first.toUpperCase())}.`;
  };
  const prose = (words: number) => {
    const parts: string[] = [];
    for (let left = words; left > 0; left -= 12) parts.push(sentence(Math.min(12, left)));
    return parts.join(' ');
  };
  const blocks: SerializedNode[] = [];
  const targetWords = pages * WORDS_PER_PAGE;
  let words = 0;
  const add = (...added: SerializedNode[]) => {
    blocks.push(...added);
    words += added.reduce((sum, node) => sum + countWords(node), 0);
  };
  // A section: heading, two paragraphs, one structured block (in turn), a list, a closing paragraph;
  // a chapter ends with a figure, a table, a paragraph with a footnote and a page break.
  const text: ExampleText = { sentence, prose, word: pick, percent: () => Math.round(next() * 100) };
  // Each block type in turn, filled with its declared example; a block with variants alternates them.
  const structured = () => {
    const type = TOP_LEVEL_BLOCK_TYPES[sectionCount % TOP_LEVEL_BLOCK_TYPES.length]!;
    const filled = block(type, TOP_LEVEL_DECLARATIONS[type].example(text));
    const variants = variantsOf(type);
    return variants.length ? { ...filled, variant: variants[(blocks.length + 1) % variants.length] } : filled;
  };
  let chapter = 0;
  let sectionCount = 0;
  while (words < targetWords) {
    chapter += 1;
    add(heading(1, `${chapter} ${sentence(3).slice(0, -1)}`));
    for (let section = 1; section <= 4 && words < targetWords; section += 1) {
      add(heading(2, `${chapter}.${section} ${sentence(4).slice(0, -1)}`), paragraph(prose(84)), paragraph(prose(72)));
      add(structured());
      add(sectionCount % 2 ? numberedList(sentence(12), sentence(12), sentence(12)) : bulletList(sentence(10), sentence(10), sentence(10)));
      add(paragraph(prose(72)));
      sectionCount += 1;
    }
    add(
      { type: IMAGE_TYPE, version: 1, src: FIGURE, altText: `Diagram över ${pick()} och ${pick()}`, decorative: false, caption: `Figur ${chapter}. ${sentence(4)}` },
      table([['Roll', 'Ansvar'], ...[1, 2].map(() => [pick(), sentence(6)])], true),
      paragraph(sentence(10), { type: FOOTNOTE_TYPE, version: 1, text: `Se ${pick()} ${chapter}.` }, ` ${sentence(8)}`),
      { type: PAGE_BREAK_TYPE, version: 1 },
    );
  }
  return {
    kind: 'handbok',
    title: `Syntetisk handbok, ${pages} sidor`,
    status: 'utkast',
    metadata: { version: '1.0', registryNumber: 'KS 2026/1' },
    decisions: [],
    content: content(...blocks),
  };
}
