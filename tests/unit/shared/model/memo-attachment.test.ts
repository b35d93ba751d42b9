import { describe, expect, it } from 'vitest';
import { memoSchema } from '../../../../shared/model/memo';
import { normalizeDocument } from '../../../../shared/model/normalize-document';

describe('bilagor of a stored memo', () => {
  it('opens a memo stored with attachmentIds: each id becomes a library document bilaga, in order', () => {
    const memo = memoSchema.parse({ attachmentIds: ['policy', 'riktlinje'] });
    expect(memo.attachments).toEqual([
      { kind: 'document', id: 'policy', documentId: 'policy' },
      { kind: 'document', id: 'riktlinje', documentId: 'riktlinje' },
    ]);
    expect('attachmentIds' in memo).toBe(false);
  });

  it('keeps bilagor of every kind as they are, and a memo without any has none', () => {
    const attachments = [
      { kind: 'document', id: 'a', documentId: 'policy' },
      { kind: 'file', id: 'f', name: 'Protokoll.pdf', fileType: 'pdf', size: 10 },
      { kind: 'text', id: 't', text: 'Protokoll KS 2026-03-12 § 40' },
    ];
    expect(memoSchema.parse({ attachments }).attachments).toEqual(attachments);
    expect(memoSchema.parse({}).attachments).toEqual([]);
  });

  it('carries a whole document’s attached files, and names bad ones instead of taking them', () => {
    const document = {
      id: 'm',
      kind: 'tjansteskrivelse',
      title: 'Tjänsteskrivelse',
      status: 'utkast',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      content: { root: { type: 'root', version: 1, children: [], direction: null, format: '', indent: 0 } },
      memo: { attachments: [{ kind: 'file', id: 'f', name: 'a.pdf', fileType: 'pdf', size: 3 }] },
      files: [{ id: 'f', name: 'a.pdf', fileType: 'pdf', data: 'JVBE' }],
    };
    const read = normalizeDocument(document);
    expect(read.ok && read.value.files).toEqual(document.files);
    const bad = normalizeDocument({ ...document, files: [{ id: 'f', name: 'a.pdf', fileType: 'exe', data: '' }] });
    expect(bad.ok ? [] : bad.problems.map((problem) => problem.path)).toContain('files');
  });
});
