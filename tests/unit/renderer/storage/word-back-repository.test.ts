import { describe, expect, it } from 'vitest';
import { useTestLibrary } from './test-library';
import { content, heading, paragraph } from '../../../../shared/model/content';
import type { DocumentSeed } from '../../../../shared/model/document';
import { isLocked } from '../../../../shared/model/versions';
import { DocumentChangedError } from '../../../../shared/storage-errors';
import { contentPlainText } from '../../../../shared/model/tree';

/** A Word file that came back made into a new draft: the versions untouched, and nothing written over unseen. */

const adopted: DocumentSeed = {
  kind: 'riktlinje',
  title: 'Riktlinje för avvikelser',
  status: 'gallande',
  metadata: { version: '2.1', registryNumber: 'KS 2024/12' },
  decisions: [],
  content: content(heading(1, 'Syfte'), paragraph('Avvikelser ska rapporteras.')),
};
const fromWord = content(heading(1, 'Syfte'), paragraph('Avvikelser ska rapporteras samma dag.'));
const newDocument: DocumentSeed = { kind: 'handbok', title: 'Rutin från Word', status: 'utkast', metadata: {}, decisions: [], content: content(paragraph('Ny text.')) };

const library = useTestLibrary();
const { load } = library;

describe('importing Word files that came back', () => {
  it('makes a new draft of the document holding the file’s content, beside the new documents; version 2.1 stays as it was', async () => {
    const id = await library.documents.create(adopted);
    const before = await load(id);
    const [version] = (await library.documents.listVersions(id)).versions;

    const [created] = await library.documents.importWordFiles([newDocument], [{ id, fromVersionId: version!.id, content: fromWord, revision: before.revision }]);

    const draft = await load(id);
    expect(isLocked(draft)).toBe(false);
    expect(draft.versioning).toMatchObject({ revising: true, latest: { id: version!.id } });
    expect(contentPlainText(draft.content)).toContain('samma dag');
    expect((await library.documents.listVersions(id)).versions).toEqual([version]);
    expect((await load(created!)).title).toBe('Rutin från Word');
  });

  it('writes nothing at all when the document changed after the file was reviewed', async () => {
    const id = await library.documents.create(adopted);
    const reviewed = await load(id);
    const [version] = (await library.documents.listVersions(id)).versions;
    // Meanwhile, in another window: the revision is begun and edited.
    await library.documents.revise(id);
    await library.documents.saveContent(id, content(heading(1, 'Syfte'), paragraph('Skrivet i ett annat fönster.')));
    const headersBefore = (await library.documents.listHeaders()).length;

    const importing = library.documents.importWordFiles([newDocument], [{ id, fromVersionId: version!.id, content: fromWord, revision: reviewed.revision }]);
    await expect(importing).rejects.toBeInstanceOf(DocumentChangedError);
    expect(contentPlainText((await load(id)).content)).toContain('Skrivet i ett annat fönster.');
    expect((await library.documents.listHeaders()).length).toBe(headersBefore);
  });

  it('does not make a draft of a document put in the trash since', async () => {
    const id = await library.documents.create(adopted);
    const reviewed = await load(id);
    const [version] = (await library.documents.listVersions(id)).versions;
    await library.documents.moveToTrash(id);
    await expect(library.documents.importWordFiles([], [{ id, fromVersionId: version!.id, content: fromWord, revision: reviewed.revision }])).rejects.toBeInstanceOf(DocumentChangedError);
    expect(isLocked(await load(id))).toBe(true);
  });

  it('is all of it or nothing: a new document that cannot be made takes the draft back too', async () => {
    const id = await library.documents.create(adopted);
    const reviewed = await load(id);
    const [version] = (await library.documents.listVersions(id)).versions;
    const broken = { ...newDocument, kind: 'ingen-sådan-sort' } as unknown as DocumentSeed;
    await expect(library.documents.importWordFiles([broken], [{ id, fromVersionId: version!.id, content: fromWord, revision: reviewed.revision }])).rejects.toThrow();
    const after = await load(id);
    expect(isLocked(after)).toBe(true);
    expect(contentPlainText(after.content)).not.toContain('samma dag');
  });
});
