import { describe, expect, it } from 'vitest';
import { useTestLibrary } from './test-library';
import { readArchive, serializeArchive, createArchive } from '../../../../shared/archive/archive';
import { content, heading, paragraph } from '../../../../shared/model/content';
import type { DocumentSeed } from '../../../../shared/model/document';
import { isLocked } from '../../../../shared/model/versions';
import { DocumentLockedError } from '../../../../shared/storage-errors';

const draft: DocumentSeed = {
  kind: 'riktlinje',
  title: 'Riktlinje för avvikelser',
  status: 'for-beslut',
  metadata: { version: '0.9' },
  decisions: [],
  content: content(heading(1, 'Syfte'), paragraph('Avvikelser ska rapporteras.')),
};

const library = useTestLibrary();
const { load } = library;
const decision = (action: 'antagen' | 'reviderad' | 'redaktionell', date: string) => ({ id: crypto.randomUUID(), body: 'Kommunfullmäktige', date, paragraph: '§ 12', action, summary: '' });

describe('versions of a document', () => {
  it('freezes the document as version 1 when a decision adopts it, and then refuses to change its content', async () => {
    const id = await library.documents.create(draft);
    expect(isLocked(await load(id))).toBe(false);
    const adopting = decision('antagen', '2026-11-20');
    await library.documents.update(id, { decisions: [adopting] });

    const adopted = await load(id);
    expect(adopted.status).toBe('gallande');
    expect(adopted.metadata.version).toBe('1');
    expect(isLocked(adopted)).toBe(true);
    const { versions } = await library.documents.listVersions(id);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ number: { major: 1, minor: 0 }, change: 'first', adoptedAt: '2026-11-20', decisionId: adopting.id });
    expect(versions[0]!.content).toEqual(adopted.content);

    // A stray key in the editor: the adopted content is not written, and stays as decided.
    await expect(library.documents.saveContent(id, content(paragraph('Ändrad av misstag')))).rejects.toBeInstanceOf(DocumentLockedError);
    expect((await load(id)).content).toEqual(versions[0]!.content);
  });

  it('revises into a draft, adopts it as version 2, and leaves version 1 as it was', async () => {
    const id = await library.documents.create(draft);
    await library.documents.update(id, { decisions: [decision('antagen', '2025-03-01')] });
    const [first] = (await library.documents.listVersions(id)).versions;

    await library.documents.revise(id);
    const revising = await load(id);
    expect(isLocked(revising)).toBe(false);
    expect(revising.versioning).toMatchObject({ revising: true, latest: { id: first!.id } });
    await library.documents.saveContent(id, content(heading(1, 'Syfte'), paragraph('Avvikelser ska rapporteras samma dag.')));
    await library.documents.update(id, { decisions: [...revising.decisions, decision('reviderad', '2026-11-20')] });

    const { versions } = await library.documents.listVersions(id);
    expect(versions.map((version) => [version.number.major, version.number.minor, version.change])).toEqual([
      [1, 0, 'first'],
      [2, 0, 'substantive'],
    ]);
    expect(versions[0]).toEqual(first);
    expect(JSON.stringify(versions[1]!.content)).toContain('samma dag');
    expect(isLocked(await load(id))).toBe(true);
  });

  it('numbers an editorial revision as a minor version', async () => {
    const id = await library.documents.create(draft);
    await library.documents.update(id, { decisions: [decision('antagen', '2025-03-01')] });
    await library.documents.revise(id);
    const revising = await load(id);
    await library.documents.update(id, { decisions: [...revising.decisions, decision('redaktionell', '2026-11-20')] });
    const { versions } = await library.documents.listVersions(id);
    expect(versions.at(-1)).toMatchObject({ number: { major: 1, minor: 1 }, change: 'editorial' });
    expect((await load(id)).metadata.version).toBe('1.1');
  });

  it('records who assessed a revision as editorial, and the owner adopts it under delegation as the next minor version', async () => {
    const id = await library.documents.create({ ...draft, metadata: { ...draft.metadata, owner: 'Kvalitetschefen' } });
    await library.documents.update(id, { decisions: [decision('antagen', '2025-03-01')] });
    // An adopted version is not assessed: only a draft in work is.
    await expect(library.documents.assess(id, { change: 'editorial', by: 'Anna Berg', at: '2026-12-06T10:00:00.000Z' })).rejects.toThrow();
    await library.documents.revise(id);
    // Not yet assessed: the owner cannot adopt it under delegation.
    await expect(library.documents.adoptEditorially(id, '2026-12-06')).rejects.toThrow();
    await library.documents.saveContent(id, content(heading(1, 'Syfte'), paragraph('Avvikelser ska rapporteras.'), paragraph('Kontakt: kvalitet@sjovik.se')));
    await library.documents.assess(id, { change: 'substantive', by: 'Anna Berg', at: '2026-12-06T10:00:00.000Z' });
    await expect(library.documents.adoptEditorially(id, '2026-12-06')).rejects.toThrow();
    await library.documents.assess(id, { change: 'editorial', by: 'Bo Ek', at: '2026-12-06T11:00:00.000Z' });
    expect((await load(id)).versioning?.assessment).toEqual({ change: 'editorial', by: 'Bo Ek', at: '2026-12-06T11:00:00.000Z' });

    await library.documents.adoptEditorially(id, '2026-12-06');
    const adopted = await load(id);
    expect(isLocked(adopted)).toBe(true);
    expect(adopted.metadata.version).toBe('1.1');
    expect(adopted.decisions.at(-1)).toMatchObject({ action: 'redaktionell', body: 'Kvalitetschefen (delegation)', date: '2026-12-06', paragraph: '' });
    const { versions } = await library.documents.listVersions(id);
    expect(versions.at(-1)).toMatchObject({ number: { major: 1, minor: 1 }, change: 'editorial', adoptedAt: '2026-12-06', assessment: { change: 'editorial', by: 'Bo Ek' } });
    // The next revision starts unassessed.
    await library.documents.revise(id);
    expect((await load(id)).versioning?.assessment).toBeNull();
  });

  it('forgets an assessment when the draft changes after it, so that no later edit is adopted under an editorial assessment', async () => {
    const id = await library.documents.create(draft);
    await library.documents.update(id, { decisions: [decision('antagen', '2025-03-01')] });
    await library.documents.revise(id);
    const text = content(heading(1, 'Syfte'), paragraph('Avvikelser ska rapporteras.'), paragraph('Kontakt: kvalitet@sjovik.se'));
    await library.documents.saveContent(id, text);
    await library.documents.assess(id, { change: 'editorial', by: 'Bo Ek', at: '2026-12-06T11:00:00.000Z' });
    // The same text stored again (a save of what is already stored) keeps it.
    await library.documents.saveContent(id, structuredClone(text));
    expect((await load(id)).versioning?.assessment?.change).toBe('editorial');
    // A substantive edit after it: the assessment no longer holds, and the owner cannot adopt under delegation.
    await library.documents.saveContent(id, content(heading(1, 'Syfte'), paragraph('Avvikelser får rapporteras.'), paragraph('Kontakt: kvalitet@sjovik.se')));
    expect((await load(id)).versioning?.assessment).toBeNull();
    await expect(library.documents.adoptEditorially(id, '2026-12-06')).rejects.toThrow();
  });

  it('takes an older version back as the new draft', async () => {
    const id = await library.documents.create(draft);
    await library.documents.update(id, { decisions: [decision('antagen', '2025-03-01')] });
    const [first] = (await library.documents.listVersions(id)).versions;
    await library.documents.revise(id);
    await library.documents.saveContent(id, content(paragraph('Helt ny text')));
    await library.documents.update(id, { decisions: [...(await load(id)).decisions, decision('reviderad', '2026-01-01')] });
    await library.documents.revise(id, first!.id);
    expect((await load(id)).content).toEqual(first!.content);
    expect((await load(id)).versioning?.revising).toBe(true);
  });

  it('carries versions through an archive: written, read back and imported beside the original', async () => {
    const id = await library.documents.create(draft);
    await library.documents.update(id, { decisions: [decision('antagen', '2025-03-01')] });
    const exported = await library.documents.exportAll();
    expect(exported.versions).toHaveLength(1);
    const read = readArchive(serializeArchive(createArchive(null, exported.documents, '2026-12-06T00:00:00.000Z', exported.versions)));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.archive.versions).toEqual(exported.versions);

    await library.documents.importArchive(read.archive.documents, null, 'keep-both', read.archive.versions);
    const headers = (await library.documents.listHeaders()).flatMap((header) => (header.ok ? [header.header] : []));
    const copy = headers.find((header) => header.id !== id)!;
    const copyVersions = (await library.documents.listVersions(copy.id)).versions;
    expect(copyVersions).toHaveLength(1);
    expect(copy.versioning?.latest?.id).toBe(copyVersions[0]!.id);
    expect(copyVersions[0]!.id).not.toBe(exported.versions[0]!.id);
    expect((await library.documents.listVersions(id)).versions).toEqual(exported.versions);
  });

  it('freezes an adopted document of an archive from before versions as its first version', async () => {
    const read = readArchive(
      JSON.stringify({
        format: 'handbok-archive',
        formatVersion: 1,
        documents: [{ id: 'old', kind: 'policy', title: 'Policy', status: 'gallande', metadata: { version: '3' }, createdAt: 'x', updatedAt: 'x', content: draft.content }],
      }),
    );
    if (!read.ok) throw new Error('expected an archive');
    await library.documents.importArchive(read.archive.documents, null, 'keep-both', read.archive.versions);
    expect((await library.documents.listVersions('old')).versions.map((version) => version.number)).toEqual([{ major: 3, minor: 0 }]);
    expect(isLocked(await load('old'))).toBe(true);
  });

  it('lists a stored version that cannot be read as unreadable, and keeps it', async () => {
    const id = await library.documents.create(draft);
    await library.documents.update(id, { decisions: [decision('antagen', '2025-03-01')] });
    await library.db.versions.put({ id: 'broken', documentId: id, content: '{"root": [' });
    const listed = await library.documents.listVersions(id);
    expect(listed.versions).toHaveLength(1);
    expect(listed.unreadable).toBe(1);
    expect(await library.db.versions.get('broken')).toMatchObject({ content: '{"root": [' });
  });

  it('gives a duplicate new block ids and no versions', async () => {
    const id = await library.documents.create(draft);
    await library.documents.update(id, { decisions: [decision('antagen', '2025-03-01')] });
    const copyId = await library.documents.duplicate(id, (title) => `Kopia av ${title}`);
    const ids = (document: Awaited<ReturnType<typeof load>>) => document.content.root.children.map((node) => (node.$ as { blockId: string }).blockId);
    const [original, copy] = [await load(id), await load(copyId)];
    expect(ids(copy)).toHaveLength(2);
    expect(ids(copy).filter((blockId) => ids(original).includes(blockId))).toEqual([]);
    expect(isLocked(copy)).toBe(false);
    expect((await library.documents.listVersions(copyId)).versions).toEqual([]);
  });
});
