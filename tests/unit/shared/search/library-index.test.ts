import { describe, expect, it } from 'vitest';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { withBlockIds } from '../../../../shared/model/block-ids';
import { block } from '../../../../shared/model/block-content';
import { content, heading, paragraph, type SerializedContent } from '../../../../shared/model/content';
import { documentsFromSeeds } from '../../../../shared/model/document';
import { LibrarySearchIndex, SEARCH_INDEX_FORMAT, type DocumentHit, type IndexableDocument } from '../../../../shared/search/library-index';

let nextId = 0;
const ids = () => `b${++nextId}`;

function doc(id: string, title: string, body: SerializedContent, extra: Partial<IndexableDocument> = {}): IndexableDocument {
  return { id, title, kind: 'riktlinje', status: 'gallande', deletedAt: null, revision: 1, content: withBlockIds(body, ids), ...extra };
}

const titles = (hits: DocumentHit[]) => hits.map((hit) => hit.title);
/** The snippet as a reader sees it, the marked words in brackets. */
const shown = (hit: DocumentHit) => hit.snippet.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');

describe('ranking', () => {
  const index = LibrarySearchIndex.build([
    doc('body', 'Riktlinje för inköp', content(paragraph('Vid varje inköp ska en avvikelse rapporteras till kvalitetsgruppen.'))),
    doc('title', 'Rutin för avvikelser', content(paragraph('Rutinen beskriver hur vi tar emot och utreder det som hänt.'))),
    doc('definition', 'Begrepp i kvalitetsarbetet', content(block('definition', { term: 'Avvikelse', definition: 'Något som inte blev som bestämt.' }))),
  ]);

  it('puts a title hit before a definition, and a definition before running text', () => {
    expect(titles(index.search('avvikelse'))).toEqual(['Rutin för avvikelser', 'Begrepp i kvalitetsarbetet', 'Riktlinje för inköp']);
  });

  it('opens at the block that matched, with the match marked in the snippet', () => {
    const [hit] = index.search('inköp avvikelse');
    expect(hit?.title).toBe('Riktlinje för inköp');
    expect(hit?.blockId).toMatch(/^b\d+$/);
    expect(shown(hit!)).toBe('Vid varje [inköp] ska en [avvikelse] rapporteras till kvalitetsgruppen.');
  });

  it('finds words as they are typed, and with one typo in a longer word', () => {
    expect(titles(index.search('avvik'))).toContain('Riktlinje för inköp');
    expect(titles(index.search('avvilelse'))).toContain('Riktlinje för inköp');
    // Typos the stems hide: "avvikelce" stems to "avvikelc", two letters from the stem "avvik" of the word it misspells.
    expect(titles(index.search('avvikelce'))).toContain('Riktlinje för inköp');
    expect(titles(index.search('rapportras'))).toEqual(['Riktlinje för inköp']);
    expect(index.search('inkp')).toEqual([]); // a typo in a word of four letters is not forgiven: it is too often another word
  });

  it('gives nothing for a query of stop words only, or of no words', () => {
    expect(index.search('och att det')).toEqual([]);
    expect(index.search('  – ')).toEqual([]);
  });
});

describe('compounds found by their parts', () => {
  const index = LibrarySearchIndex.build([
    doc('a', 'Metodstöd', content(paragraph('Förbättringsarbete i förskolan följs upp varje termin.'))),
    doc('b', 'Ordlista', content(paragraph('Arbete och förbättring är två ord som används i handboken.'))),
  ]);

  it('finds "förbättringsarbete" by "arbete" and by "förbättring", and marks the compound', () => {
    expect(titles(index.search('arbete'))).toEqual(expect.arrayContaining(['Metodstöd', 'Ordlista']));
    const hit = index.search('förbättring').find((candidate) => candidate.title === 'Metodstöd');
    expect(shown(hit!)).toContain('[Förbättringsarbete]');
  });
});

describe('filters', () => {
  const index = LibrarySearchIndex.build([
    doc('in-force', 'Riktlinje för chefer', content(paragraph('Chefer följer upp.'))),
    doc('repealed', 'Gammal riktlinje för chefer', content(paragraph('Chefer följde upp.')), { status: 'upphavd' }),
    doc('trashed', 'Kasserad plan för chefer', content(paragraph('Chefer')), { kind: 'plan', status: 'utkast', deletedAt: '2025-01-01T00:00:00Z' }),
    doc('policy', 'Policy för chefer', content(paragraph('Chefer leder.')), { kind: 'policy', status: 'remiss' }),
  ]);

  it('leaves repealed documents and the trash out unless asked', () => {
    expect(titles(index.search('chefer')).sort()).toEqual(['Policy för chefer', 'Riktlinje för chefer']);
    expect(index.search('chefer', { includeRepealedAndTrash: true })).toHaveLength(4);
    const trashed = index.search('kasserad', { includeRepealedAndTrash: true })[0];
    expect(trashed?.deleted).toBe(true);
  });

  it('filters by kind and by status', () => {
    expect(titles(index.search('chefer', { kinds: ['policy'] }))).toEqual(['Policy för chefer']);
    expect(titles(index.search('chefer', { statuses: ['gallande'] }))).toEqual(['Riktlinje för chefer']);
    const hit = index.search('chefer', { kinds: ['policy'] })[0]!;
    expect([hit.kind, hit.status]).toEqual(['policy', 'remiss']);
  });
});

describe('kept up to date', () => {
  const original = doc('d', 'Rutin för klagomål', content(heading(2, 'Mottagning'), paragraph('Klagomål tas emot av enheten.')));

  it('follows an edit, a rename, the trash, a restore and a removal', () => {
    const index = LibrarySearchIndex.build([original]);
    expect(index.search('klagomål')).toHaveLength(1);

    const edited = { ...original, revision: 2, content: withBlockIds(content(paragraph('Synpunkter tas emot av enheten.')), ids) };
    expect(index.updateDocument(edited)).toBe(true);
    expect(index.search('synpunkter')).toHaveLength(1);
    expect(index.search('mottagning')).toEqual([]);

    const renamed = { ...edited, revision: 3, title: 'Rutin för synpunkter' };
    index.updateDocument(renamed);
    expect(titles(index.search('rutin'))).toEqual(['Rutin för synpunkter']);
    expect(index.search('klagomål')).toEqual([]);

    const trashed = { ...renamed, revision: 4, deletedAt: '2025-02-01T00:00:00Z' };
    index.updateDocument(trashed);
    expect(index.search('synpunkter')).toEqual([]);
    expect(index.search('synpunkter', { includeRepealedAndTrash: true })).toHaveLength(1);

    index.updateDocument({ ...trashed, revision: 5, deletedAt: null });
    expect(index.search('synpunkter')).toHaveLength(1);

    index.removeDocument('d');
    expect(index.search('synpunkter', { includeRepealedAndTrash: true })).toEqual([]);
    expect(index.documentIds()).toEqual([]);
  });

  it('skips a revision it already holds', () => {
    const index = LibrarySearchIndex.build([original]);
    expect(index.updateDocument({ ...original, title: 'Ändrad utan ny revision' })).toBe(false);
    expect(index.revisionOf('d')).toBe(1);
  });
});

describe('stored', () => {
  const index = LibrarySearchIndex.build([doc('d', 'Rutin för klagomål', content(paragraph('Förbättringsarbete och förbättring.')))]);

  it('answers the same after a round trip through JSON', () => {
    const loaded = LibrarySearchIndex.load(JSON.stringify(index));
    expect(loaded).not.toBeNull();
    expect(loaded!.search('arbete')).toEqual(index.search('arbete'));
    expect(loaded!.revisionOf('d')).toBe(1);
  });

  it('refuses an index of another format or a damaged one, so that the caller rebuilds it', () => {
    const stored = JSON.parse(JSON.stringify(index)) as { format: number };
    expect(LibrarySearchIndex.load({ ...stored, format: SEARCH_INDEX_FORMAT - 1 })).toBeNull();
    expect(LibrarySearchIndex.load({ ...stored, engine: { nonsense: true } })).toBeNull();
    expect(LibrarySearchIndex.load('{ not json')).toBeNull();
    expect(LibrarySearchIndex.load(null)).toBeNull();
  });
});

describe('the sample library', () => {
  let n = 0;
  const documents = documentsFromSeeds(sampleLibrary, '2025-01-01T00:00:00Z', () => `doc${++n}`).map((document) => ({
    ...document,
    content: withBlockIds(document.content, ids),
  }));
  const index = LibrarySearchIndex.build(documents);
  const handbook = 'Kvalitetshandbok för Sjövik kommun';

  it.each([
    ['PUFF', [handbook], 'PUFF'],
    ['avvikelse', [handbook], 'Avvikelse'],
    ['kvalitetsarbete', [handbook], 'kvalitetsarbetet'],
    ['förbättring', [handbook, 'Riktlinje för internkontroll'], 'förbättringscykel'],
    ['chef', [handbook, 'Kvalitetspolicy för Sjövik kommun'], 'Chefer'],
  ])('"%s" finds the documents that hold it, best first, the word marked', (query, expected, marked) => {
    const hits = index.search(query);
    expect(titles(hits)).toEqual(expected);
    expect(hits[0]!.blockId).not.toBeNull();
    expect(hits[0]!.blocks.some((hit) => hit.snippet.some((part) => part.match && part.text === marked))).toBe(true);
  });
});
