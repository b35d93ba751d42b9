import { describe, expect, it } from 'vitest';
import { documentKindOf, recogniseMetadata, type MetadataCandidate, type MetadataProposal } from '../../../../shared/import/recognise/metadata';
import { findRegistryNumber, isRegistryNumber, splitRegistryNumber } from '../../../../shared/import/recognise/registry-number';
import { expectLinear } from '../../../support/linear-time';

const table = (index: number, rows: string[][]): MetadataCandidate => ({ index, kind: 'table', rows });
const line = (index: number, text: string): MetadataCandidate => ({ index, kind: 'line', text });

/** The proposed values by key, for assertions that read like the metadata block. */
const values = (proposal: MetadataProposal) => Object.fromEntries(proposal.fields.map((field) => [field.key, field.value]));
const field = (proposal: MetadataProposal, key: string) => proposal.fields.find((candidate) => candidate.key === key);

describe('findRegistryNumber', () => {
  it.each([
    ['KS 2023/145', 'KS 2023/145'],
    ['Dnr KS-2023-145', 'KS-2023-145'],
    ['Dnr KS 2023.145', 'KS 2023.145'],
    ['Dnr: KS 2023/145', 'KS 2023/145'],
    ['Diarienr. BUN 2022/0012', 'BUN 2022/0012'],
    ['Diarienummer KSKF/2022:195', 'KSKF/2022:195'],
    ['2024.493 KS', '2024.493 KS'],
    ['KS 2021/0123-3', 'KS 2021/0123-3'],
    ['KS2023/145', 'KS2023/145'],
    ['2023/145', '2023/145'],
    ['Dnr 2023/45', '2023/45'],
    ['Riktlinje för klagomål   Dnr KS 2023/145   Sida 1 av 3', 'KS 2023/145'],
    ['Sjöviks kommun | KS 2024/493 | Version 2', 'KS 2024/493'],
  ])('finds %j', (text, expected) => expect(findRegistryNumber(text)).toBe(expected));

  it.each([
    '2023-04-13',
    'KF 2023-04-13 § 64',
    'Kommunfullmäktige 2023-04-13',
    'Läsåret 2023/24',
    'Budget 2023/2024',
    'Mätt 2023/04',
    '2023/04/13',
    'Enligt SOU 2009:32',
    'Dataskyddsförordningen (EU) 2016/679',
    'AFS 2001:1',
    'HSLF-FS 2016:40',
    'Sida 1 av 3',
    'Version 2.1',
    '',
  ])('finds none in %j', (text) => expect(findRegistryNumber(text)).toBeNull());

  it('scans a long header in linear time', () => {
    expectLinear(
      (size) => 'KS 2023-04 Dnr   '.repeat(size / 16),
      (text) => findRegistryNumber(text),
    );
  });
});

describe('isRegistryNumber and splitRegistryNumber', () => {
  it('is true only for a text that is wholly a registry number, after its label', () => {
    expect(isRegistryNumber('KS 2023/145')).toBe(true);
    expect(isRegistryNumber('  Dnr KS-2023-145 ')).toBe(true);
    expect(isRegistryNumber('Diarienummer: 2023/145')).toBe(true);
    expect(isRegistryNumber('Ärende KS 2023/145 om budget')).toBe(false);
    expect(isRegistryNumber('2023-04-13')).toBe(false);
    expect(isRegistryNumber('Läsår 2023/24')).toBe(false);
  });

  it('splits the letters, year, number and sub-number', () => {
    expect(splitRegistryNumber('Dnr KS 2021/0123-3')).toEqual({ prefix: 'KS', year: '2021', number: '0123', suffix: '3' });
    expect(splitRegistryNumber('2024.493 KS')).toEqual({ prefix: 'KS', year: '2024', number: '493', suffix: '' });
    expect(splitRegistryNumber('2023/145')).toEqual({ prefix: '', year: '2023', number: '145', suffix: '' });
    expect(splitRegistryNumber('inget nummer')).toBeNull();
  });
});

describe('recogniseMetadata: a table of label | value rows', () => {
  const proposal = recogniseMetadata([
    line(0, 'Sjöviks kommun'),
    table(1, [
      ['Beslutad av', 'Kommunfullmäktige 2023-04-13 § 64'],
      ['Diarienummer', 'Dnr KS 2023/145'],
      ['Dokumenttyp', 'Riktlinje'],
      ['Ersätter', 'Riktlinje för synpunkter, KS 2016/12'],
      ['Gäller för', 'Alla nämnder och bolag'],
      ['Gäller fr.o.m.', '1 maj 2023'],
      ['Gäller t.o.m.', 'Tills vidare'],
      ['Dokumentansvarig', 'Kvalitetsstrateg'],
      ['Version', '2.0'],
      ['Revideras senast', '2027, före ny mandatperiod'],
      ['Kontaktperson', 'Anna Andersson'],
    ]),
    line(2, 'Den här riktlinjen beskriver hur synpunkter och klagomål tas emot.'),
  ]);

  it('proposes each field with its value in Handbok’s form', () => {
    expect(values(proposal)).toEqual({
      decidedBy: 'Kommunfullmäktige',
      decidedDate: '2023-04-13',
      decidedParagraph: '§ 64',
      registryNumber: 'KS 2023/145',
      documentKind: 'Riktlinje',
      replaces: 'Riktlinje för synpunkter, KS 2016/12',
      appliesTo: 'Alla nämnder och bolag',
      validFrom: '2023-05-01',
      validUntil: 'Tills vidare',
      owner: 'Kvalitetsstrateg',
      version: '2.0',
      reviewBy: '2027, före ny mandatperiod',
    });
    expect(proposal.kind).toBe('riktlinje');
  });

  it('says where each field came from and how sure it is', () => {
    expect(field(proposal, 'registryNumber')).toMatchObject({ label: 'Diarienummer', index: 1 });
    expect(field(proposal, 'decidedBy')!.confidence).toBeGreaterThan(0.8);
    expect(proposal.fields.every((candidate) => candidate.confidence > 0 && candidate.confidence <= 1)).toBe(true);
  });

  it('takes the table out of the body, keeps an unknown label as text, and leaves the other lines', () => {
    expect(proposal.consumed).toEqual([1]);
    expect(proposal.unrecognised).toEqual([{ label: 'Kontaktperson', value: 'Anna Andersson', index: 1 }]);
  });

  it('makes the adopting decision of a full reference', () => {
    expect(proposal.decisions).toEqual([{ body: 'Kommunfullmäktige', date: '2023-04-13', paragraph: '§ 64', action: 'antagen' }]);
  });

  it('reads two label | value pairs in a row and a value continued in the row below', () => {
    const wide = recogniseMetadata([
      table(0, [
        ['Beslutsinstans', 'Kommunstyrelsen', 'Diarienummer', 'KS 2022/88'],
        ['Beslutsdatum', '2022-11-07', 'Paragraf', '§ 212'],
        ['Senast reviderad', 'Reviderad av kommunstyrelsen 2023-02-06 § 18', '', ''],
        ['', 'Reviderad av kommunstyrelsen 2024-03-04 § 40', '', ''],
      ]),
    ]);
    expect(values(wide)).toMatchObject({
      decidedBy: 'Kommunstyrelsen',
      decidedDate: '2022-11-07',
      decidedParagraph: '§ 212',
      registryNumber: 'KS 2022/88',
      lastRevisedDate: '2024-03-04',
      lastRevisedParagraph: '§ 40',
    });
    expect(wide.consumed).toEqual([0]);
    expect(wide.decisions).toEqual([
      { body: 'Kommunstyrelsen', date: '2023-02-06', paragraph: '§ 18', action: 'reviderad' },
      { body: 'Kommunstyrelsen', date: '2024-03-04', paragraph: '§ 40', action: 'reviderad' },
    ]);
  });
});

describe('recogniseMetadata: a grid of labels over values', () => {
  const proposal = recogniseMetadata([
    table(3, [
      ['Dokumentnamn', 'Dokumenttyp', 'Fastställd', 'Beslutsinstans'],
      ['Riktlinje för informationssäkerhet', 'Riktlinje', '2023-04-13', 'Kommunfullmäktige'],
      ['Dokumentansvarig', 'Diarienummer', 'Version', 'Giltighetstid'],
      ['Säkerhetschef', 'KS 2023/145', '3', '2023-12-31'],
    ]),
  ]);

  it('pairs each label with the value below it, over several pairs of rows', () => {
    expect(values(proposal)).toEqual({
      documentName: 'Riktlinje för informationssäkerhet',
      documentKind: 'Riktlinje',
      decidedDate: '2023-04-13',
      decidedBy: 'Kommunfullmäktige',
      owner: 'Säkerhetschef',
      registryNumber: 'KS 2023/145',
      version: '3',
      validUntil: '2023-12-31',
    });
    expect(proposal.kind).toBe('riktlinje');
    expect(proposal.consumed).toEqual([3]);
    expect(proposal.unrecognised).toEqual([]);
  });

  it('reads "Kvalitetshandbok" as a handbook and keeps an unknown column as text', () => {
    const grid = recogniseMetadata([
      table(0, [
        ['Dokumentkategori', 'Beslutad av', 'Diarienummer', 'Status'],
        ['Kvalitetshandbok', 'KS 2024-01-15, § 9', 'KS 2023/501', 'Gällande'],
      ]),
    ]);
    expect(grid.kind).toBe('handbok');
    expect(values(grid)).toMatchObject({ decidedBy: 'Kommunstyrelsen', decidedDate: '2024-01-15', decidedParagraph: '§ 9', registryNumber: 'KS 2023/501' });
    expect(grid.consumed).toEqual([0]);
    expect(grid.unrecognised).toEqual([{ label: 'Status', value: 'Gällande', index: 0 }]);
  });
});

describe('recogniseMetadata: "Label: value" lines', () => {
  const proposal = recogniseMetadata([
    line(0, 'Dnr KS-2023-145'),
    line(1, 'Beslutad av: KF 2023-04-13, § 64'),
    line(2, 'Gäller från: 13/4 2023'),
    line(3, 'Dokumentansvarig\tEkonomidirektör'),
    line(4, 'Obs: läs detta'),
    line(5, 'Syftet med policyn är att alla ska veta vad som gäller när synpunkter tas emot.'),
    line(6, 'Version: 4'),
  ]);

  it('takes the registry number alone and the labelled lines of the block at the top', () => {
    expect(values(proposal)).toEqual({
      registryNumber: 'KS-2023-145',
      decidedBy: 'Kommunfullmäktige',
      decidedDate: '2023-04-13',
      decidedParagraph: '§ 64',
      validFrom: '2023-04-13',
      owner: 'Ekonomidirektör',
    });
    expect(field(proposal, 'registryNumber')).toMatchObject({ index: 0, label: '' });
  });

  it('leaves a line with an unknown label, the body text and any line after it', () => {
    expect(proposal.consumed).toEqual([0, 1, 2, 3]);
    expect(proposal.unrecognised).toEqual([]);
  });

  it('reads decisions written as sentences', () => {
    const decided = recogniseMetadata([
      line(0, 'Antagen av kommunfullmäktige 2019-03-25, § 41'),
      line(1, 'Reviderad av kommunstyrelsen 2021-05-10 § 77'),
    ]);
    expect(decided.decisions).toEqual([
      { body: 'Kommunfullmäktige', date: '2019-03-25', paragraph: '§ 41', action: 'antagen' },
      { body: 'Kommunstyrelsen', date: '2021-05-10', paragraph: '§ 77', action: 'reviderad' },
    ]);
    expect(values(decided)).toEqual({
      decidedBy: 'Kommunfullmäktige',
      decidedDate: '2019-03-25',
      decidedParagraph: '§ 41',
      lastRevisedDate: '2021-05-10',
      lastRevisedParagraph: '§ 77',
    });
    expect(decided.consumed).toEqual([0, 1]);
  });

  it('reads a label and a value of its own form without a colon', () => {
    const unseparated = recogniseMetadata([line(0, 'Diarienummer KS 2023/145'), line(1, 'Gäller till och med 31 december 2026')]);
    expect(values(unseparated)).toEqual({ registryNumber: 'KS 2023/145', validUntil: '2026-12-31' });
    expect(unseparated.consumed).toEqual([0, 1]);
  });
});

describe('recogniseMetadata: labels', () => {
  it('reads the organisation’s own labels first, whatever their case, spaces and colon', () => {
    const proposal = recogniseMetadata(
      [
        table(0, [
          ['PROCESSÄGARE:', 'Kvalitetschef'],
          ['Fastställd i', 'Kommunstyrelsen'],
          ['Ärende-id', 'KS 2023/77'],
        ]),
      ],
      { owner: 'Processägare', decidedBy: 'Fastställd  i', registryNumber: 'Ärende-id' },
    );
    expect(values(proposal)).toEqual({ owner: 'Kvalitetschef', decidedBy: 'Kommunstyrelsen', registryNumber: 'KS 2023/77' });
    expect(field(proposal, 'owner')!.confidence).toBe(1);
    expect(proposal.consumed).toEqual([0]);
  });

  it('lets an own label override the usual meaning of a word', () => {
    const proposal = recogniseMetadata([table(0, [['Ansvarig', 'Kommunstyrelsen'], ['Diarienummer', 'KS 2023/1']])], { decidedBy: 'Ansvarig' });
    expect(values(proposal)).toEqual({ decidedBy: 'Kommunstyrelsen', registryNumber: 'KS 2023/1' });
  });

  it('reads Handbok’s own export labels, a combined decision row included', () => {
    const proposal = recogniseMetadata([
      table(0, [
        ['Dokumenttyp', 'Policy'],
        ['Beslutad av', 'Kommunfullmäktige'],
        ['Beslutad när', '2016-04-27 § 102'],
        ['Gäller t.o.m.', '2026-12-31'],
        ['Paragraf vid revidering', '§ 5'],
      ]),
    ]);
    expect(values(proposal)).toEqual({
      documentKind: 'Policy',
      decidedBy: 'Kommunfullmäktige',
      decidedDate: '2016-04-27',
      decidedParagraph: '§ 102',
      validUntil: '2026-12-31',
      lastRevisedParagraph: '§ 5',
    });
    expect(proposal.kind).toBe('policy');
    expect(proposal.decisions).toEqual([]);
  });
});

describe('recogniseMetadata: values it cannot read', () => {
  it('keeps them as written, with less confidence', () => {
    const proposal = recogniseMetadata([
      table(0, [
        ['Beslutsdatum', 'våren 2023'],
        ['Gäller från', 'efter beslut'],
        ['Revideras senast', 'vid behov'],
        ['Paragraf', 'se protokoll'],
        ['Diarienummer', 'saknas'],
        ['Dokumenttyp', 'Reglemente'],
      ]),
    ]);
    expect(values(proposal)).toEqual({
      decidedDate: 'våren 2023',
      validFrom: 'efter beslut',
      reviewBy: 'vid behov',
      decidedParagraph: 'se protokoll',
      registryNumber: 'saknas',
      documentKind: 'Reglemente',
    });
    expect(proposal.kind).toBeUndefined();
    for (const candidate of proposal.fields) expect(candidate.confidence).toBeLessThan(0.7);
    expect(proposal.consumed).toEqual([0]);
  });

  it('normalises the forms it knows', () => {
    const proposal = recogniseMetadata([
      table(0, [
        ['Antagen', 'den 13 april 2023'],
        ['Paragraf', '64'],
        ['Gäller fr.o.m.', '2023-5-1'],
        ['Gäller t.o.m.', 'Tillsvidare'],
        ['Revideras senast', 'Senast 2027'],
      ]),
    ]);
    expect(values(proposal)).toEqual({ decidedDate: '2023-04-13', decidedParagraph: '§ 64', validFrom: '2023-05-01', validUntil: 'Tillsvidare', reviewBy: '2027' });
  });

  it('gives the explicit paragraph row precedence over one implied by a combined value', () => {
    const proposal = recogniseMetadata([table(0, [['Beslutad av', 'KF 2023-04-13 § 64'], ['Paragraf', '§ 65']])]);
    expect(field(proposal, 'decidedParagraph')).toMatchObject({ value: '§ 65', label: 'Paragraf' });
    expect(proposal.fields.filter((candidate) => candidate.key === 'decidedParagraph')).toHaveLength(1);
  });
});

describe('recogniseMetadata: the header and footer', () => {
  it('uses a registry number there when the body gave none', () => {
    const proposal = recogniseMetadata([line(0, 'Inledning')], undefined, ['Sjöviks kommun', 'Riktlinje  Dnr KS 2023/145  Sida 1 av 3']);
    expect(proposal.fields).toEqual([{ key: 'registryNumber', value: 'KS 2023/145', label: '', confidence: expect.any(Number), index: null }]);
    expect(proposal.consumed).toEqual([]);
  });

  it('prefers the body’s registry number', () => {
    const proposal = recogniseMetadata([table(0, [['Diarienummer', 'KS 2024/2'], ['Beslutad av', 'Kommunstyrelsen']])], undefined, ['Dnr KS 2023/145']);
    expect(field(proposal, 'registryNumber')).toMatchObject({ value: 'KS 2024/2', index: 0 });
  });

  it('ignores a season or a date in the footer', () => {
    expect(recogniseMetadata([], undefined, ['Verksamhetsplan 2023/24', 'Utskriven 2024-01-02']).fields).toEqual([]);
  });
});

describe('recogniseMetadata: tables and lines that are not metadata', () => {
  it('leaves a goal table', () => {
    const proposal = recogniseMetadata([
      table(0, [
        ['Mål', 'Indikator', 'Målvärde'],
        ['Nöjda brukare', 'Nöjd kund-index', '75'],
      ]),
    ]);
    expect(proposal).toEqual({ fields: [], decisions: [], consumed: [], unrecognised: [] });
  });

  it('leaves a "Från | Till" comparison', () => {
    const proposal = recogniseMetadata([
      table(0, [
        ['Från', 'Till'],
        ['Kontroll', 'Tillit'],
        ['Detaljstyrning', 'Mål och resultat'],
      ]),
    ]);
    expect(proposal.consumed).toEqual([]);
    expect(proposal.fields).toEqual([]);
  });

  it('leaves a revision history and a contact table whose headings are common words', () => {
    const proposal = recogniseMetadata([
      table(0, [
        ['Version', 'Datum', 'Ändring', 'Ansvarig'],
        ['1.0', '2023-04-13', 'Ny', 'Kvalitetsstrateg'],
        ['1.1', '2024-02-01', 'Rättelse', 'Kvalitetsstrateg'],
      ]),
      table(1, [
        ['Namn', 'Titel'],
        ['Anna Andersson', 'Controller'],
      ]),
    ]);
    expect(proposal).toEqual({ fields: [], decisions: [], consumed: [], unrecognised: [] });
  });

  it('does not take a table with only one known label', () => {
    const proposal = recogniseMetadata([table(0, [['Aktivitet', 'Ansvarig'], ['Budget', 'Ekonomichef']])]);
    expect(proposal.consumed).toEqual([]);
    expect(proposal.fields).toEqual([]);
  });

  it('proposes the values of a metadata table with a stray cell but leaves it in the body', () => {
    const proposal = recogniseMetadata([
      table(0, [
        ['Beslutad av', 'Kommunfullmäktige'],
        ['Diarienummer', 'KS 2023/9'],
        ['Se även bilaga 2'],
      ]),
    ]);
    expect(values(proposal)).toEqual({ decidedBy: 'Kommunfullmäktige', registryNumber: 'KS 2023/9' });
    expect(proposal.consumed).toEqual([]);
    const besideEmpty = recogniseMetadata([table(0, [['Beslutad av', 'Kommunfullmäktige'], ['Diarienummer', 'KS 2023/9'], ['Se även bilaga 2', '']])]);
    expect(besideEmpty.consumed).toEqual([]);
    expect(values(besideEmpty)).toEqual({ decidedBy: 'Kommunfullmäktige', registryNumber: 'KS 2023/9' });
  });

  it('leaves a lone "Obs:" line and a dated sentence', () => {
    const proposal = recogniseMetadata([line(0, 'Obs: läs detta'), line(1, 'Den 13 april 2023 beslutade kommunfullmäktige om en ny policy.')]);
    expect(proposal).toEqual({ fields: [], decisions: [], consumed: [], unrecognised: [] });
  });

  it('reads no metadata lines after the body has started', () => {
    const proposal = recogniseMetadata([line(0, 'Denna policy gäller alla som arbetar i kommunen och dess bolag.'), line(1, 'Version: 3')]);
    expect(proposal.consumed).toEqual([]);
    expect(proposal.fields).toEqual([]);
  });
});

describe('documentKindOf', () => {
  it.each([
    ['Riktlinje', 'riktlinje'],
    ['Riktlinjer', 'riktlinje'],
    ['Kvalitetshandbok', 'handbok'],
    ['Handbok', 'handbok'],
    ['Handlingsplan', 'plan'],
    ['Kvalitetsstrategi', 'strategi'],
    ['Rutin', 'anvisning'],
    ['Tjänsteskrivelse', 'tjansteskrivelse'],
    ['Styrdokument: Policy', 'policy'],
  ])('reads %j as %s', (value, kind) => expect(documentKindOf(value)).toBe(kind));

  it('knows no kind in "Reglemente"', () => expect(documentKindOf('Reglemente')).toBeUndefined());
});

describe('recogniseMetadata is linear', () => {
  it('in a long line and a long cell', () => {
    expectLinear(
      (size) => [line(0, `Beslutad av: ${'KF 2023-04-13 § 6 , '.repeat(size / 20)}`), table(1, [['Gäller från', ' 1 '.repeat(size / 3)], ['Diarienummer', 'KS 2023/1']])],
      (candidates) => recogniseMetadata(candidates),
    );
  });
});
