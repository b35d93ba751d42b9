import { createArchive, serializeArchive } from '../../../shared/archive/archive';
import { content, element, paragraph, text, type SerializedContent, type SerializedNode } from '../../../shared/model/content';
import { documentsFromSeeds } from '../../../shared/model/document';
import { sampleLibrary } from '../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../resources/samples/sample-organisation';
import { utf8, type HostileFixture } from './fixture';

/** Hostile archives for the gate: nesting, huge numbers, hidden text and unsafe links. */

/**
 * An archive of the sample policy with the given content, as another municipality could send it.
 * Content given as JSON text is put in as it is: stringifying thousands of levels overflows the test.
 */
function policyArchive(title: string, body: SerializedContent | string): Uint8Array {
  const [policy] = documentsFromSeeds([{ ...sampleLibrary[1]!, title }], '2026-12-05T10:00:00.000Z', () => `hostile-${title.length}`);
  const placeholder = 'CONTENT-PLACEHOLDER';
  const archive = serializeArchive(createArchive(sampleOrganisation, [{ ...policy!, content: typeof body === 'string' ? (placeholder as never) : body }], '2026-12-05T10:00:00.000Z'));
  return utf8(typeof body === 'string' ? archive.replace(`"${placeholder}"`, body) : archive);
}

/** Lists nested `levels` deep below a first paragraph, as JSON text built without recursion. */
function nestedListsJson(levels: number): string {
  const open = '{"type":"list","version":1,"listType":"bullet","start":1,"tag":"ul","direction":null,"format":"","indent":0,"children":[{"type":"listitem","version":1,"value":1,"direction":null,"format":"","indent":0,"children":[';
  const pairs = Math.ceil(levels / 2);
  const root = (inner: string) => `{"root":{"type":"root","version":1,"direction":null,"format":"","indent":0,"children":[${JSON.stringify(paragraph('Inledning.'))},${inner}]}}`;
  return root(`${open.repeat(pairs)}${JSON.stringify(text('Längst in.'))}${']}]}'.repeat(pairs)}`);
}

const cell = (extra: Record<string, unknown>) =>
  element('tablecell', [paragraph('Ansvar')], { colSpan: 1, rowSpan: 1, headerState: 0, backgroundColor: null, ...extra });
const table = (...rows: SerializedNode[][]) => element('table', rows.map((cells) => element('tablerow', cells)));
const link = (url: string, words: string) => element('link', [text(words)], { url, rel: null, target: null, title: null });

export const gateFixtures: HostileFixture[] = [
  {
    name: 'nesting-3000',
    tries: 'content nested 3,000 levels deep, which overflowed the stack',
    outcome: 'refused',
    messageIncludes: 'nästlat djupare än 64 nivåer',
    bytes: () => policyArchive('Djupt nästlad', nestedListsJson(3_000)),
  },
  {
    name: 'colspan-billion',
    tries: 'a table cell spanning a billion columns, which froze the window and could never be shown again',
    outcome: 'accepted',
    messageIncludes: 'lagades vid inläsningen',
    bytes: () => policyArchive('Bred tabell', content(paragraph('Roller.'), table([cell({ colSpan: 1_000_000_000 }), cell({})], [cell({ rowSpan: 1_000_000_000 })]))),
  },
  {
    name: 'colspan-20000',
    tries: 'a table cell spanning 20,000 columns, which made 20,000 cells',
    outcome: 'accepted',
    bytes: () => policyArchive('Tjugotusen kolumner', content(table([cell({ colSpan: 20_000 })]))),
  },
  {
    name: 'huge-numbers',
    tries: 'a list starting at 10^15, an indent of a billion and 100,000 column widths',
    outcome: 'accepted',
    bytes: () =>
      policyArchive(
        'Stora tal',
        content(
          { ...paragraph('Indragen.'), indent: 1_000_000_000 },
          element('list', [element('listitem', [text('Första')], { value: 1e15, indent: 1e9 })], { listType: 'number', start: 1e15, tag: 'ol' }),
          { ...table([cell({})]), colWidths: Array.from({ length: 100_000 }, () => 1e9) },
        ),
      ),
  },
  {
    name: 'hidden-text',
    tries: 'text hidden in the editor by CSS (display:none, white on white, 1 px) that the exports printed',
    outcome: 'accepted',
    bytes: () =>
      policyArchive(
        'Dold text',
        content(
          {
            ...paragraph(),
            children: [
              text('Nämnden ansvarar för uppföljningen. '),
              { ...text('Kommunchefen får ensam besluta om undantag. '), style: 'display:none' },
              { ...text('Avgiften höjs med 40 procent. '), style: 'color:#ffffff;background-color:#ffffff' },
              { ...text('Beslutet gäller retroaktivt.'), style: 'font-size:1px' },
            ],
          },
          table([cell({ backgroundColor: '#000000' })]),
        ),
      ),
  },
  {
    name: 'deep-field',
    tries: 'an array nested 20,000 deep in a field of a paragraph, which overflowed the stack of every copy',
    outcome: 'refused',
    messageIncludes: 'nästlat djupare än',
    bytes: () => policyArchive('Djupt fält', `{"root":{"type":"root","version":1,"direction":null,"format":"","indent":0,"children":[{"type":"paragraph","version":1,"direction":null,"format":"","indent":0,"children":[],"extra":${'['.repeat(20_000)}${']'.repeat(20_000)}}]}}`),
  },
  {
    name: 'odd-sizes',
    tries: 'a level-6 heading, a row a billion pixels high and a cell a billion pixels wide',
    outcome: 'accepted',
    messageIncludes: 'rubrik på en nivå',
    bytes: () =>
      policyArchive(
        'Udda mått',
        content(element('heading', [text('Ansvar')], { tag: 'h6' }), element('table', [element('tablerow', [cell({ width: 1e9 })], { height: 1e9 })])),
      ),
  },
  {
    name: 'unsafe-links',
    tries: 'links with embedded credentials and javascript: and file: addresses',
    outcome: 'accepted',
    bytes: () =>
      policyArchive(
        'Osäkra länkar',
        content({
          ...paragraph(),
          children: [link('https://anna:hemligt@intranat.sjovik.se/', 'Intranätet'), text(', '), link('javascript:alert(1)', 'klicka här'), text(', '), link('file:///C:/Windows/system32/calc.exe', 'räknaren')],
        }),
      ),
  },
];
