import { describe, expect, it } from 'vitest';
import { readCustomProperties } from '../../../../shared/import/docx/word-parts';
import type { ImportProposal } from '../../../../shared/import/propose';
import { frontPageDifferences } from '../../../../shared/import/word-back/front-page';
import { findOrigin, type LibraryEntry } from '../../../../shared/import/word-back/origin';
import { planWordBack } from '../../../../shared/import/word-back/plan';
import { withBlockIds } from '../../../../shared/model/block-ids';
import { content, heading, paragraph } from '../../../../shared/model/content';
import type { DocumentHeader } from '../../../../shared/model/document';
import { originFromProperties, originProperties } from '../../../../shared/model/file-origin';
import type { DocumentVersion } from '../../../../shared/model/versions';

/** Where a Word file came from, and what it may become, for every state its document can be in. */

const body = withBlockIds(content(heading(1, 'Syfte'), paragraph('Avvikelser ska rapporteras.')), () => crypto.randomUUID());

function header(changes: Partial<DocumentHeader> = {}): DocumentHeader {
  return {
    id: 'doc-1',
    formatVersion: 1,
    kind: 'riktlinje',
    title: 'Riktlinje för avvikelser',
    status: 'gallande',
    metadata: { registryNumber: 'KS 2024/12', version: '2.1' },
    decisions: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    revision: 7,
    versioning: { latest: { id: 'v21', number: { major: 2, minor: 1 }, adoptedAt: '2025-06-12' }, revising: false },
    ...changes,
  };
}

function version(id: string, major: number, minor: number, text = 'Avvikelser ska rapporteras.'): DocumentVersion {
  return {
    id,
    documentId: 'doc-1',
    number: { major, minor },
    change: 'substantive',
    adoptedAt: '2025-06-12',
    decisionId: null,
    frozenAt: '2025-06-12T00:00:00.000Z',
    header: { title: 'Riktlinje för avvikelser', kind: 'riktlinje', status: 'gallande', metadata: { registryNumber: 'KS 2024/12', version: `${major}.${minor}` }, decisions: [] },
    content: text === 'Avvikelser ska rapporteras.' ? body : content(heading(1, 'Syfte'), paragraph(text)),
  };
}

/** A proposal as the reader makes it, reduced to what finding the origin looks at. */
function proposal(changes: Partial<ImportProposal> = {}): Pick<ImportProposal, 'origin' | 'ownFile' | 'title' | 'status' | 'metadata'> {
  return {
    origin: null,
    ownFile: true,
    title: 'Riktlinje för avvikelser',
    status: 'gallande',
    metadata: {
      fields: [
        { key: 'registryNumber', value: 'KS 2024/12', label: 'Diarienummer', confidence: 1, index: 0 },
        { key: 'version', value: '2.1', label: 'Version', confidence: 1, index: 0 },
      ],
      decisions: [],
      consumed: [],
      unrecognised: [],
    },
    ...changes,
  };
}

const fromProperties = (version: string | null = '2.1') => proposal({ origin: { documentId: 'doc-1', version } });
const library = (...headers: DocumentHeader[]): LibraryEntry[] => headers.map((entry) => ({ id: entry.id, header: entry }));

describe('the origin written into a Word file', () => {
  it('names the document, and the version only while the document shows it', () => {
    expect(originProperties(header())).toEqual([
      { name: 'HandbokDocumentId', value: 'doc-1' },
      { name: 'HandbokVersion', value: '2.1' },
    ]);
    expect(originProperties(header({ versioning: { latest: header().versioning!.latest, revising: true } }))).toEqual([{ name: 'HandbokDocumentId', value: 'doc-1' }]);
    expect(originProperties(header({ versioning: { latest: null, revising: false } }))).toEqual([{ name: 'HandbokDocumentId', value: 'doc-1' }]);
  });

  it('is read back from docProps/custom.xml, and a damaged or foreign one names nothing', () => {
    const xml = `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
      <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="HandbokDocumentId"><vt:lpwstr>doc-1</vt:lpwstr></property>
      <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="HandbokVersion"><vt:lpwstr>2.1</vt:lpwstr></property>
      <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="Avdelning"><vt:i4>12</vt:i4></property></Properties>`;
    const properties = readCustomProperties(xml);
    expect(properties.get('Avdelning')).toBe('12');
    expect(originFromProperties(properties)).toEqual({ documentId: 'doc-1', version: '2.1' });
    expect(originFromProperties(readCustomProperties('<Properties><property'))).toBeNull();
    expect(originFromProperties(readCustomProperties(undefined))).toBeNull();
    expect(originFromProperties(new Map([['HandbokDocumentId', 'doc-1'], ['HandbokVersion', 'senaste']]))).toEqual({ documentId: 'doc-1', version: null });
    expect(originFromProperties(new Map([['HandbokDocumentId', '   ']]))).toBeNull();
  });
});

describe('finding the document a file came from', () => {
  it('by the file’s properties; a document gone, unreadable, in the trash or a memo is named with its reason', () => {
    expect(findOrigin(fromProperties(), library(header()))).toMatchObject({ found: 'document', version: '2.1', by: 'properties' });
    expect(findOrigin(fromProperties(), library(header({ id: 'another' })))).toMatchObject({ found: 'unavailable', reason: 'gone' });
    expect(findOrigin(fromProperties(), [{ id: 'doc-1', header: null }])).toMatchObject({ found: 'unavailable', reason: 'unreadable' });
    expect(findOrigin(fromProperties(), library(header({ deletedAt: '2026-02-02T00:00:00.000Z' })))).toMatchObject({ found: 'unavailable', reason: 'trashed', title: 'Riktlinje för avvikelser' });
    expect(findOrigin(fromProperties(), library(header({ kind: 'tjansteskrivelse' })))).toMatchObject({ found: 'unavailable', reason: 'not-versioned' });
  });

  it('for an older own file, by the one document of its title and registry number', () => {
    expect(findOrigin(proposal(), library(header()))).toMatchObject({ found: 'document', version: '2.1', by: 'title-and-registry-number' });
    // Two of the same title and number: which one cannot be told, so neither is taken.
    expect(findOrigin(proposal(), library(header(), header({ id: 'doc-2' })))).toEqual({ found: 'none' });
    // Another registry number, or a file Handbok did not write, or no registry number at all.
    expect(findOrigin(proposal(), library(header({ metadata: { registryNumber: 'KS 2024/13' } })))).toEqual({ found: 'none' });
    expect(findOrigin(proposal({ ownFile: false }), library(header()))).toEqual({ found: 'none' });
    expect(findOrigin(proposal({ metadata: { ...proposal().metadata, fields: [] } }), library(header()))).toEqual({ found: 'none' });
    // The one outside the trash is taken; only one in the trash is named as such.
    expect(findOrigin(proposal(), library(header({ id: 'old', deletedAt: '2026-02-02T00:00:00.000Z' }), header()))).toMatchObject({ found: 'document', header: { id: 'doc-1' } });
    expect(findOrigin(proposal(), library(header({ deletedAt: '2026-02-02T00:00:00.000Z' })))).toMatchObject({ found: 'unavailable', reason: 'trashed' });
    // A draft's first page names the version it will replace, not one it shows.
    expect(findOrigin(proposal({ status: 'utkast' }), library(header()))).toMatchObject({ found: 'document', version: null });
  });
});

describe('what a file that came back may become', () => {
  const found = (document: DocumentHeader, stated: string | null = '2.1') => ({ found: 'document' as const, header: document, version: stated, by: 'properties' as const });
  const v1 = version('v1', 1, 0, 'Avvikelser rapporteras.');
  const v21 = version('v21', 2, 1);
  const v3 = version('v3', 3, 0, 'Avvikelser ska rapporteras samma dag.');

  it('a new draft of the adopted version it shows, compared with that version', () => {
    const plan = planWordBack(found(header()), { versions: [v1, v21], content: null });
    expect(plan).toMatchObject({ documentId: 'doc-1', draftFrom: { id: 'v21' }, refusal: null, notes: [], suggested: 'draft', revision: 7, against: { kind: 'version', number: '2.1' } });
  });

  it('from an older version: a draft of that version, and the user is told what the newer one changed is not in it', () => {
    const newer = header({ versioning: { latest: { id: 'v3', number: { major: 3, minor: 0 }, adoptedAt: '2026-03-01' }, revising: false } });
    const plan = planWordBack(found(newer), { versions: [v1, v21, v3], content: null });
    expect(plan).toMatchObject({ draftFrom: { id: 'v21' }, notes: [{ code: 'newer-version', latest: '3' }], suggested: 'draft', against: { number: '2.1' } });
  });

  it('from a version no longer in the library: compared with the latest, and a new document is suggested', () => {
    const plan = planWordBack(found(header(), '1.5'), { versions: [v1, v21], content: null });
    expect(plan).toMatchObject({ draftFrom: { id: 'v21' }, notes: [{ code: 'version-missing', wanted: '1.5', base: '2.1' }], suggested: 'new' });
  });

  it('exported from a draft: compared with the version in force', () => {
    const plan = planWordBack(found(header(), null), { versions: [v21], content: null });
    expect(plan).toMatchObject({ draftFrom: { id: 'v21' }, notes: [{ code: 'from-draft', base: '2.1' }], suggested: 'draft' });
  });

  it('a draft in work with edits is never replaced: only a new document, compared with the draft', () => {
    const revising = header({ versioning: { latest: header().versioning!.latest, revising: true } });
    const edited = content(heading(1, 'Syfte'), paragraph('Avvikelser ska rapporteras genast.'));
    const plan = planWordBack(found(revising), { versions: [v21], content: edited });
    expect(plan).toMatchObject({ draftFrom: null, refusal: 'revising', suggested: 'new', against: { kind: 'draft-in-work', content: edited } });
    // Its title or metadata changed is an edit too.
    const retitled = header({ title: 'Riktlinje för avvikelser och klagomål', versioning: { latest: header().versioning!.latest, revising: true } });
    expect(planWordBack(found(retitled), { versions: [v21], content: body })).toMatchObject({ refusal: 'revising' });
  });

  it('a revision begun and not yet changed is replaced, and the user is told', () => {
    const revising = header({ versioning: { latest: header().versioning!.latest, revising: true } });
    const plan = planWordBack(found(revising), { versions: [v21], content: structuredClone(body) });
    expect(plan).toMatchObject({ draftFrom: { id: 'v21' }, refusal: null, notes: [{ code: 'replaces-untouched-draft' }], suggested: 'draft' });
  });

  it('a document never adopted keeps its content: only a new document, compared with it', () => {
    const never = header({ status: 'utkast', versioning: { latest: null, revising: false } });
    const plan = planWordBack(found(never, null), { versions: [], content: body });
    expect(plan).toMatchObject({ draftFrom: null, refusal: 'never-adopted', against: { kind: 'unadopted', content: body } });
  });

  it('versions that cannot be read, or a document unavailable, give only a new document', () => {
    expect(planWordBack(found(header()), { versions: [], content: null })).toMatchObject({ draftFrom: null, refusal: 'versions-unreadable' });
    expect(planWordBack({ found: 'unavailable', reason: 'trashed', title: 'Riktlinje för avvikelser', version: '2.1' }, null)).toMatchObject({
      documentId: null,
      title: 'Riktlinje för avvikelser',
      draftFrom: null,
      refusal: 'trashed',
      against: null,
    });
  });
});

describe('the first page of a file that becomes a draft', () => {
  it('names the fields the official changed there, which the draft does not take', () => {
    const changed = proposal({
      metadata: {
        ...proposal().metadata,
        fields: [
          { key: 'documentName', value: 'Riktlinje för avvikelser', label: 'Dokumentnamn', confidence: 1, index: 0 },
          { key: 'registryNumber', value: 'KS 2024/12', label: 'Diarienummer', confidence: 1, index: 0 },
          { key: 'validUntil', value: '2028-12-31', label: 'Gäller till', confidence: 1, index: 0 },
        ],
      },
    });
    expect(frontPageDifferences(changed, version('v21', 2, 1))).toEqual(['validUntil']);
    expect(frontPageDifferences({ ...changed, ownFile: false }, version('v21', 2, 1))).toEqual([]);
    // The title, which Handbok's first page shows as a heading rather than a field.
    const retitled = { ...proposal(), title: 'Riktlinje för avvikelser och klagomål' };
    expect(frontPageDifferences(retitled, version('v21', 2, 1))).toEqual(['documentName']);
    expect(frontPageDifferences(proposal(), version('v21', 2, 1))).toEqual([]);
  });
});
