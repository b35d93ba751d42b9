import { describe, expect, it } from 'vitest';
import { useTestLibrary } from './test-library';
import { content, heading, paragraph } from '../../../../shared/model/content';
import type { DocumentSeed } from '../../../../shared/model/document';
import { withoutBlockIds } from '../../../../shared/model/block-ids';
import { headerStamp, type ContentBase } from '../../../../renderer/src/storage/documents-repository';
import { ContentConflictError, DocumentNotEditableError, InvalidDocumentError } from '../../../../shared/storage-errors';

const seed: DocumentSeed = {
  kind: 'handbok',
  title: 'Kvalitetshandbok',
  status: 'utkast',
  metadata: { version: '1.0' },
  decisions: [{ body: 'Kommunfullmäktige', date: '2024-01-10', paragraph: '§ 3', action: 'antagen', summary: '' }],
  content: content(heading(1, 'Inledning'), paragraph('Text.')),
};

const library = useTestLibrary();

async function header(id: string) {
  const loaded = await library.documents.getHeader(id);
  if (!loaded?.ok) throw new Error('expected a readable header');
  return loaded.header;
}

describe('DocumentsRepository', () => {
  it('creates a document from a seed and reads it back whole', async () => {
    const id = await library.documents.create(seed);
    const loaded = await library.documents.get(id);
    expect(loaded?.ok).toBe(true);
    if (!loaded?.ok) return;
    expect(loaded.document).toMatchObject({
      id,
      kind: 'handbok',
      title: 'Kvalitetshandbok',
      status: 'utkast',
      revision: 0,
      deletedAt: null,
      content: seed.content,
    });
    expect(loaded.document.decisions[0]).toMatchObject({ body: 'Kommunfullmäktige', paragraph: '§ 3' });
    expect(loaded.document.decisions[0]?.id).toBeTruthy();
  });

  it('counts every change in the revision and moves updatedAt', async () => {
    const id = await library.documents.create(seed);
    const before = await header(id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await library.documents.update(id, { title: 'Ny titel', metadata: { version: '1.1' } });
    await library.documents.saveContent(id, content(paragraph('Ändrad')));
    const after = await header(id);
    expect(after.revision).toBe(2);
    expect(after.title).toBe('Ny titel');
    expect(after.metadata.version).toBe('1.1');
    expect(after.updatedAt > before.updatedAt).toBe(true);
    expect(after.createdAt).toBe(before.createdAt);
  });

  it('never lets a change replace identity or timestamps', async () => {
    const id = await library.documents.create(seed);
    await library.documents.update(id, { title: 'X', id: 'other', revision: 99 } as never);
    const after = await header(id);
    expect(after.id).toBe(id);
    expect(after.revision).toBe(1);
  });

  it('moves to the trash and restores, losing nothing', async () => {
    const id = await library.documents.create(seed);
    await library.documents.moveToTrash(id);
    expect((await header(id)).deletedAt).not.toBeNull();
    await library.documents.restore(id);
    const restored = await library.documents.get(id);
    expect(restored?.ok && restored.document.deletedAt).toBeNull();
    expect(restored?.ok && withoutBlockIds(restored.document.content)).toEqual(seed.content);
  });

  it('deletes for good only from the trash', async () => {
    const id = await library.documents.create(seed);
    await expect(library.documents.deletePermanently(id)).rejects.toThrow();
    expect(await library.documents.get(id)).toBeDefined();
    await library.documents.moveToTrash(id);
    await library.documents.deletePermanently(id);
    expect(await library.documents.get(id)).toBeUndefined();
    expect(await library.db.contents.get(id)).toBeUndefined();
  });

  it('duplicates as a new draft without the decision history', async () => {
    const id = await library.documents.create({ ...seed, status: 'gallande' });
    const copyId = await library.documents.duplicate(id, (title) => `Kopia av ${title}`);
    const copy = await library.documents.get(copyId);
    expect(copy?.ok && copy.document).toMatchObject({
      title: 'Kopia av Kvalitetshandbok',
      status: 'utkast',
      decisions: [],
      content: seed.content,
    });
    expect(copyId).not.toBe(id);
  });

  it('creates several documents all or nothing, and refuses an invalid one', async () => {
    await expect(library.documents.createMany([seed, { ...seed, title: 'Två' }])).resolves.toHaveLength(2);
    await expect(library.documents.createMany([seed, { ...seed, kind: 'roman' as never }])).rejects.toBeInstanceOf(
      InvalidDocumentError,
    );
    expect(await library.db.documents.count()).toBe(2);
    expect(await library.db.contents.count()).toBe(2);
  });

  it('lists unreadable rows with their raw data instead of hiding them', async () => {
    const id = await library.documents.create(seed);
    await library.db.documents.put({ id: 'broken', title: 17, kind: 'roman' });
    const headers = await library.documents.listHeaders();
    expect(headers.filter((loaded) => loaded.ok).map((loaded) => loaded.ok && loaded.header.id)).toEqual([id]);
    const broken = headers.find((loaded) => !loaded.ok);
    expect(broken).toMatchObject({ ok: false, id: 'broken', raw: { id: 'broken', title: 17, kind: 'roman' } });
  });

  it('refuses to write over a document that does not validate, and keeps its raw data', async () => {
    const raw = { id: 'broken', title: 17, kind: 'roman', secret: 'keep me' };
    await library.db.documents.put(raw);
    await library.db.contents.put({ id: 'broken', content: { weird: true } });
    await expect(library.documents.update('broken', { title: 'Fixed?' })).rejects.toBeInstanceOf(DocumentNotEditableError);
    await expect(library.documents.saveContent('broken', content())).rejects.toBeInstanceOf(DocumentNotEditableError);
    await expect(library.documents.moveToTrash('broken')).rejects.toBeInstanceOf(DocumentNotEditableError);
    expect(await library.db.documents.get('broken')).toEqual(raw);
    expect(await library.db.contents.get('broken')).toEqual({ id: 'broken', content: { weird: true } });
    const loaded = await library.documents.get('broken');
    expect(loaded).toMatchObject({ ok: false, id: 'broken' });
  });

  it('stores content as a JSON string and still reads rows that hold the object itself', async () => {
    const id = await library.documents.create(seed);
    expect(typeof (await library.db.contents.get(id))?.content).toBe('string');
    await library.db.contents.put({ id, content: seed.content });
    const loaded = await library.documents.get(id);
    expect(loaded?.ok && withoutBlockIds(loaded.document.content)).toEqual(seed.content);
  });

  it('reports content that is not valid JSON, and keeps it', async () => {
    const id = await library.documents.create(seed);
    await library.db.contents.put({ id, content: '{"root": {"children": [' });
    expect(await library.documents.get(id)).toMatchObject({
      ok: false,
      problems: [{ path: 'content', code: 'invalid-value' }],
      raw: { content: '{"root": {"children": [' },
    });
  });
});

describe('importArchive', () => {
  const exported = async () => (await library.documents.exportAll()).documents;

  it('adds every document and the profile when the library has none, in one go', async () => {
    const id = await library.documents.create(seed);
    const [document] = await exported();
    await library.db.documents.clear();
    await library.db.contents.clear();
    const result = await library.documents.importArchive([document!], { name: 'Sjövik kommun' } as never, 'keep-both');
    expect(result).toEqual({ imported: 1, copies: 0, replaced: 0, tookProfile: true });
    expect((await library.documents.get(id))?.ok).toBe(true);
    expect(await library.db.organisation.count()).toBe(1);
  });

  it('keeps both under a new id, or replaces, as the user chose', async () => {
    const id = await library.documents.create(seed);
    const [document] = await exported();
    expect(await library.documents.existingIds([id, 'ett-annat'])).toEqual([id]);
    const changed = { ...document!, title: 'Ny version' };
    expect(await library.documents.importArchive([changed], null, 'keep-both')).toMatchObject({ copies: 1, replaced: 0 });
    expect((await exported()).map((each) => each.title).sort()).toEqual(['Kvalitetshandbok', 'Ny version']);
    expect((await header(id)).title).toBe('Kvalitetshandbok');
    expect(await library.documents.importArchive([changed], null, 'replace')).toMatchObject({ copies: 0, replaced: 1 });
    expect((await header(id)).title).toBe('Ny version');
    expect(await exported()).toHaveLength(2);
  });

  it('is all or nothing: a document that cannot be stored leaves the library exactly as it was', async () => {
    await library.documents.create(seed);
    const before = await exported();
    const good = { ...before[0]!, id: 'ny-1' };
    // Content that cannot be written (JSON cannot hold a BigInt): the transaction is rolled back.
    const bad = { ...before[0]!, id: 'ny-2', content: { root: { type: 'root', children: [{ type: 'text', text: 1n }] } } } as never;
    await expect(library.documents.importArchive([good, bad], { name: 'Annan' } as never, 'keep-both')).rejects.toThrow();
    expect(await exported()).toEqual(before);
    expect(await library.db.organisation.count()).toBe(0);
  });

  describe('with two editors on one document', () => {
    const baseOf = async (id: string): Promise<ContentBase> => {
      const loaded = await library.documents.get(id);
      if (!loaded?.ok) throw new Error('expected a readable document');
      return { revision: loaded.contentRevision, headerStamp: headerStamp(loaded.document) };
    };

    it('saves over the content an editor started from, and refuses a save over an older one', async () => {
      const id = await library.documents.create(seed);
      const loaded = await baseOf(id);
      const first = await library.documents.saveContent(id, content(paragraph('Första fönstret')), loaded);
      expect(first).toEqual(await baseOf(id));
      // The same window saves again over its own last save.
      const again = await library.documents.saveContent(id, content(paragraph('Första fönstret, igen')), first);

      const refused = library.documents.saveContent(id, content(paragraph('Andra fönstret')), loaded);
      await expect(refused).rejects.toBeInstanceOf(ContentConflictError);
      const error = (await refused.catch((caught: unknown) => caught)) as ContentConflictError;
      expect(error.theirs.revision).toBe(again.revision);
      expect(JSON.parse(error.theirs.content)).toEqual(content(paragraph('Första fönstret, igen')));

      // Nothing of the refused save was written, the header included.
      const stored = await library.documents.get(id);
      expect(stored?.ok && withoutBlockIds(stored.document.content)).toEqual(content(paragraph('Första fönstret, igen')));
      expect(await baseOf(id)).toEqual(again);
    });

    it('saves over a header another window changed when the content is as the editor left it', async () => {
      const id = await library.documents.create(seed);
      const loaded = await baseOf(id);
      await library.documents.update(id, { title: 'Nytt namn från andra fönstret' });
      await library.documents.saveContent(id, content(paragraph('Mitt stycke')), loaded);
      expect(await header(id)).toMatchObject({ title: 'Nytt namn från andra fönstret' });
      const stored = await library.documents.get(id);
      expect(stored?.ok && withoutBlockIds(stored.document.content)).toEqual(content(paragraph('Mitt stycke')));
    });

    it('writes only the header fields a form changed and names those another window changed too', async () => {
      const id = await library.documents.create(seed);
      const base = await header(id);
      await library.documents.update(id, { status: 'remiss', title: 'Från andra fönstret' });

      const replaced = await library.documents.updateChangedFields(
        id,
        { title: 'Från det här fönstret', status: base.status, metadata: { version: '2.0' } },
        { title: base.title, status: base.status, metadata: base.metadata },
      );
      expect(replaced).toEqual([{ field: 'title', replaced: 'Från andra fönstret' }]);
      expect(await header(id)).toMatchObject({ title: 'Från det här fönstret', status: 'remiss', metadata: { version: '2.0' } });
    });

    it('names no field when only this window wrote, however the stored metadata orders its keys', async () => {
      const id = await library.documents.create(seed);
      let base = { metadata: (await header(id)).metadata };
      // A form that types into one field after another, saving as it goes, as a single window does.
      for (const [key, value] of [['validUntil', 'tills vidare'], ['version', '1.1'], ['validUntil', 'tills vidare, dock längst 2028'], ['reviewBy', '2027']] as const) {
        const draft = { metadata: { ...base.metadata, [key]: value } };
        expect(await library.documents.updateChangedFields(id, draft, base)).toEqual([]);
        base = draft;
      }
      expect((await header(id)).metadata).toMatchObject({ validUntil: 'tills vidare, dock längst 2028', version: '1.1', reviewBy: '2027' });
    });
  });
});
