import { describe, expect, it } from 'vitest';
import { createArchive, readArchive, serializeArchive } from '../../../../shared/archive/archive';
import { checkArchive, problemCount } from '../../../../shared/archive/check';
import { block } from '../../../../shared/model/block-content';
import { content, heading, paragraph } from '../../../../shared/model/content';
import { documentFromSeed, type HandbokDocument } from '../../../../shared/model/document';
import { freezeVersion } from '../../../../shared/model/versions';
import { describeArchiveProblem } from '../../../../electron/cli/messages';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';

let counter = 0;
const newId = () => `id-${(counter += 1)}`;
const documents = sampleLibrary.map((seed) => documentFromSeed(seed, '2026-01-01T00:00:00.000Z', newId));
const text = serializeArchive(createArchive(sampleOrganisation, documents, '2026-01-01T00:00:00.000Z'));

describe('the .handbok archive', () => {
  it('reads back exactly what was written', () => {
    const result = readArchive(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.archive.organisation).toEqual(sampleOrganisation);
    expect(result.archive.documents).toEqual(documents);
  });

  it('refuses an archive whose versions are broken or belong to no document in it, naming each, and reads good ones', () => {
    const handbook = documents[0]!;
    const { version } = freezeVersion(handbook, { id: 'v1', change: 'first', decision: null, at: '2026-01-01T00:00:00.000Z' });
    const good = readArchive(serializeArchive(createArchive(null, documents, '2026-01-01T00:00:00.000Z', [version])));
    expect(good.ok && good.archive.versions).toEqual([version]);

    const orphan = { ...version, id: 'v2', documentId: 'no-such-document' };
    const broken = { ...version, id: 'v3', content: { root: 'inte innehåll' } };
    const twice = { ...version };
    const raw = JSON.parse(serializeArchive(createArchive(null, documents, '2026-01-01T00:00:00.000Z', [version]))) as { versions: unknown[] };
    raw.versions.push(orphan, broken, twice);
    const read = readArchive(JSON.stringify(raw));
    expect(read).toEqual({
      ok: false,
      problems: [
        { code: 'invalid-version', index: 1, path: 'documentId' },
        { code: 'invalid-version', index: 2, path: expect.stringMatching(/^content/) },
        { code: 'invalid-version', index: 3, path: 'id' },
      ],
    });
    if (!read.ok) {
      expect(read.problems.map(describeArchiveProblem)).toEqual([
        'version 2 i arkivet kan inte läsas (fältet "documentId")',
        expect.stringMatching(/^version 3 i arkivet kan inte läsas \(fältet "content/),
        'version 4 i arkivet kan inte läsas (fältet "id")',
      ]);
    }
  });

  it('names what is wrong with a file that is not JSON, or cut short', () => {
    expect(readArchive('Hej')).toMatchObject({ ok: false, problems: [{ code: 'not-json' }] });
    expect(readArchive(text.slice(0, text.length / 2))).toMatchObject({ ok: false, problems: [{ code: 'not-json' }] });
  });

  it('refuses JSON that is not an archive, and an archive from a newer Handbok', () => {
    expect(readArchive('{"documents": []}')).toEqual({ ok: false, problems: [{ code: 'not-an-archive' }] });
    expect(readArchive('[1, 2]')).toEqual({ ok: false, problems: [{ code: 'not-an-archive' }] });
    expect(readArchive('{"format":"handbok-archive","formatVersion":3,"documents":[]}')).toEqual({
      ok: false,
      problems: [{ code: 'newer-format', formatVersion: 3 }],
    });
    expect(readArchive('{"format":"handbok-archive","formatVersion":1}')).toEqual({
      ok: false,
      problems: [{ code: 'invalid-envelope', path: 'documents' }],
    });
  });

  it('names each invalid document by position and title, and reads none of them', () => {
    const broken = JSON.parse(text) as { documents: Record<string, unknown>[] };
    broken.documents[1] = { ...broken.documents[1], status: 'kanske', content: { root: 'ingen' } };
    const result = readArchive(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        code: 'invalid-document',
        index: 1,
        title: 'Kvalitetspolicy för Sjövik kommun',
        problems: expect.arrayContaining([
          { path: 'status', code: 'invalid-value' },
          expect.objectContaining({ path: expect.stringMatching(/^content\.root/) }),
        ]),
      },
    ]);
  });

  it('refuses two documents with the same id', () => {
    const doubled = JSON.parse(text) as { documents: unknown[] };
    doubled.documents.push(doubled.documents[0]);
    expect(readArchive(JSON.stringify(doubled))).toMatchObject({ ok: false, problems: [{ code: 'duplicate-id', index: 4, id: documents[0]!.id }] });
  });
});

describe('checkArchive', () => {
  const make = (patch: Partial<HandbokDocument>): HandbokDocument => ({ ...documents[0]!, ...patch });

  it('finds nothing wrong with the sample library', () => {
    expect(checkArchive(createArchive(sampleOrganisation, documents, '')).map(problemCount)).toEqual([0, 0, 0, 0]);
  });

  it('finds missing metadata, empty block fields, images without alt text and broken references', () => {
    const adopted = make({ id: 'a', status: 'gallande', metadata: { decidedBy: 'Kommunfullmäktige' } });
    const repealed = make({ id: 'r', status: 'upphavd', metadata: { decidedBy: 'KF', decidedDate: '2020-01-01', decidedParagraph: '§ 1', registryNumber: 'KS 1', validFrom: '2020-02-01' } });
    const faulty = make({
      id: 'f',
      status: 'utkast',
      metadata: {},
      content: content(
        heading(1, 'Text'),
        paragraph('Se'),
        block('principle', { title: 'Utan förklaring', explanation: '' }),
        { type: 'image', version: 1, src: 'data:image/png;base64,AA', altText: '', decorative: false, caption: '' },
        { type: 'reference', version: 1, documentId: 'r' },
        { type: 'reference', version: 1, documentId: 'borta' },
      ),
    });
    const [first, , third] = checkArchive(createArchive(null, [adopted, repealed, faulty], ''));
    expect(first!.missingMetadata).toEqual(['decidedDate', 'decidedParagraph', 'registryNumber', 'validFrom']);
    expect(third!.emptyRequiredFields).toEqual([{ block: 'principle', field: 'explanation', ordinal: 1 }]);
    expect(third!.imagesWithoutAlt).toEqual([1]);
    expect(third!.brokenReferences).toEqual([
      { ordinal: 1, problem: 'repealed' },
      { ordinal: 2, problem: 'missing' },
    ]);
    expect(problemCount(third!)).toBe(4);
  });
});
