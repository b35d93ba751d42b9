import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { HandbokDatabase } from '../../../../renderer/src/storage/database';
import { SharedEditsRepository } from '../../../../renderer/src/storage/shared-edits-repository';

const SERVER = 'https://handbok.sjovik.se';
let db: HandbokDatabase;
afterEach(async () => db?.delete());

/** A Yjs document whose text is typed a piece at a time, each piece an update kept in the repository. */
function typist(repository: SharedEditsRepository, documentId: string, server = SERVER) {
  const doc = new Y.Doc();
  const kept: Promise<void>[] = [];
  doc.on('update', (update: Uint8Array) => kept.push(repository.add(server, documentId, update)));
  return {
    type: (text: string) => doc.getText('t').insert(doc.getText('t').length, text),
    kept: () => Promise.all(kept),
  };
}

const textOf = (update: Uint8Array | null) => {
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
};

describe('shared documents kept on this computer', () => {
  it('gives back everything kept of a document as one update, and keeps it as that one from then on', async () => {
    db = new HandbokDatabase(`shared-edits-${crypto.randomUUID()}`);
    const repository = new SharedEditsRepository(db);
    const anna = typist(repository, 'riktlinje');
    for (const word of ['Nämnden ', 'följer ', 'upp ', 'kvaliteten.']) anna.type(word);
    await anna.kept();
    expect(await db.sharedEdits.count()).toBe(4);

    const loaded = await repository.load(SERVER, 'riktlinje');
    expect(textOf(loaded)).toBe('Nämnden följer upp kvaliteten.');
    expect(await db.sharedEdits.count()).toBe(1);
    expect(textOf(await repository.load(SERVER, 'riktlinje'))).toBe('Nämnden följer upp kvaliteten.');
  });

  it('keeps a document apart from another document, and from the same id on another server', async () => {
    db = new HandbokDatabase(`shared-edits-${crypto.randomUUID()}`);
    const repository = new SharedEditsRepository(db);
    const one = typist(repository, 'a');
    const other = typist(repository, 'b');
    const elsewhere = typist(repository, 'a', 'https://handbok.grannkommun.se');
    one.type('Ett');
    other.type('Två');
    elsewhere.type('Tre');
    await Promise.all([one.kept(), other.kept(), elsewhere.kept()]);
    expect(textOf(await repository.load(SERVER, 'a'))).toBe('Ett');
    expect(textOf(await repository.load(SERVER, 'b'))).toBe('Två');
    expect(textOf(await repository.load('https://handbok.grannkommun.se', 'a'))).toBe('Tre');
    expect(await repository.load(SERVER, 'c')).toBeNull();
  });

  it('merges a long day of keystrokes as it goes, losing none', async () => {
    db = new HandbokDatabase(`shared-edits-${crypto.randomUUID()}`);
    const repository = new SharedEditsRepository(db);
    const anna = typist(repository, 'handbok');
    const letters = 'Kvalitetsarbetet följer PUFF. '.repeat(40);
    for (const letter of letters) {
      anna.type(letter);
      await anna.kept();
    }
    expect(await db.sharedEdits.count()).toBeLessThan(letters.length);
    expect(textOf(await repository.load(SERVER, 'handbok'))).toBe(letters);
  });

  it('refuses a kept update that is not Yjs, and leaves every kept row as it was', async () => {
    db = new HandbokDatabase(`shared-edits-${crypto.randomUUID()}`);
    const repository = new SharedEditsRepository(db);
    const anna = typist(repository, 'riktlinje');
    anna.type('Nämnden ');
    anna.type('följer upp.');
    await anna.kept();
    await db.sharedEdits.add({ server: SERVER, documentId: 'riktlinje', update: new Uint8Array([255, 255, 255, 255]) });
    const before = await db.sharedEdits.toArray();

    await expect(repository.load(SERVER, 'riktlinje')).rejects.toThrow();
    expect(await db.sharedEdits.toArray()).toEqual(before);
  });
});
