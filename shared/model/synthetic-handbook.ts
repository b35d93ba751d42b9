import { block, table } from './block-content';
import { FOOTNOTE_TYPE, IMAGE_TYPE, PAGE_BREAK_TYPE } from './rich-nodes';
import { bulletList, content, heading, numberedList, paragraph, type SerializedElement, type SerializedNode } from './content';
import type { DocumentSeed } from './document';

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

const MONTHS = ['Januari', 'Februari', 'Mars', 'April', 'Maj', 'Juni', 'Juli', 'Augusti', 'September', 'Oktober', 'November', 'December'];

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
  if (typeof node.text === 'string') return node.text.split(/\s+/).filter(Boolean).length;
  return Array.isArray(node.children) ? (node.children as SerializedNode[]).reduce((sum, child) => sum + countWords(child), 0) : 0;
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
  const structured: (() => SerializedElement)[] = [
    () => block('principle', { title: sentence(4), explanation: prose(40) }),
    () => block('role', { role: 'Chefer', lead: 'ansvarar för att arbetet följs upp genom att', responsibilities: [bulletList(sentence(10), sentence(10), sentence(10))] }),
    () =>
      block('method-guide', {
        name: 'PDCA',
        purpose: prose(20),
        when: prose(15),
        steps: ['Planera', 'Genomföra', 'Följa upp', 'Agera'].map((title) => block('method-step', { title, guidance: prose(12) })),
        tools: sentence(8),
      }),
    () => block('goals', { title: sentence(3), goals: [1, 2, 3].map(() => block('goal', { goal: sentence(8), indicator: sentence(4), target: `${Math.round(next() * 100)} %` })) }),
    () => block('definition', { term: pick(), definition: prose(30), source: 'SOU 2009:32' }),
    () => block('comparison', { title: sentence(3), table: [table([['Från', 'Till'], ...[1, 2, 3].map(() => [sentence(5), sentence(5)])])] }),
    () => block('annual-cycle', { title: sentence(3), months: MONTHS.map((month) => block('cycle-month', { month, activities: sentence(9) })) }),
    () => block('staged-model', { title: sentence(3), stages: ['Information', 'Konsultation', 'Dialog', 'Inflytande'].map((name) => block('stage', { name, description: prose(14) })) }),
    () => block('callout', { body: prose(30) }, blocks.length % 2 ? 'note' : 'important'),
  ];
  let chapter = 0;
  let sectionCount = 0;
  while (words < targetWords) {
    chapter += 1;
    add(heading(1, `${chapter} ${sentence(3).slice(0, -1)}`));
    for (let section = 1; section <= 4 && words < targetWords; section += 1) {
      add(heading(2, `${chapter}.${section} ${sentence(4).slice(0, -1)}`), paragraph(prose(84)), paragraph(prose(72)));
      add(structured[sectionCount % structured.length]!());
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
