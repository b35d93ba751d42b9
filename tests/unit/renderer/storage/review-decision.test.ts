import { describe, expect, it } from 'vitest';
import { useTestLibrary } from './test-library';
import { content, heading, paragraph } from '../../../../shared/model/content';
import type { Decision } from '../../../../shared/model/decision';
import type { DocumentSeed } from '../../../../shared/model/document';
import { reviewOf } from '../../../../shared/model/review';
import { isLocked } from '../../../../shared/model/versions';
import { DocumentLockedError } from '../../../../shared/storage-errors';

/*
 * "Aktualitetsprövad utan ändring" is added to the decision history as stored (`addDecision`, the path
 * that adopting decisions take too). The document is usually adopted, its text locked: the decision
 * must go into the history without freezing a new version or touching the text.
 */

const seed: DocumentSeed = {
  kind: 'riktlinje',
  title: 'Riktlinje för avvikelser',
  status: 'for-beslut',
  metadata: { owner: 'Kvalitetsstrateg' },
  decisions: [],
  content: content(heading(1, 'Syfte'), paragraph('Avvikelser ska rapporteras.')),
};

const library = useTestLibrary();
const { load } = library;
const decision = (action: Decision['action'], date: string, changes: Partial<Decision> = {}): Decision => ({
  id: crypto.randomUUID(),
  body: 'Kommunstyrelsen',
  date,
  paragraph: '§ 40',
  action,
  summary: '',
  ...changes,
});

describe('recording "aktualitetsprövad utan ändring"', () => {
  it('adds the decision to an adopted, locked document without freezing a version, and restarts the interval', async () => {
    const id = await library.documents.create(seed);
    await library.documents.update(id, { decisions: [decision('antagen', '2022-03-01')] });
    const adopted = await load(id);
    expect(isLocked(adopted)).toBe(true);
    const before = await library.documents.listVersions(id);
    expect(before.versions).toHaveLength(1);
    expect(reviewOf(adopted, undefined, '2026-12-06')).toMatchObject({ due: '2024-03-01', bucket: 'overdue' });

    const reviewed = decision('aktualitetsprovad', '2026-12-06');
    const header = await library.documents.addDecision(id, reviewed);

    const after = await load(id);
    expect(after.decisions.map((entry) => entry.action)).toEqual(['antagen', 'aktualitetsprovad']);
    expect(header.decisions.at(-1)).toEqual(reviewed);
    // No new version: the same one is in force, still locked, with the same number and text.
    expect(await library.documents.listVersions(id)).toEqual(before);
    expect(after.versioning).toEqual(adopted.versioning);
    expect(after.metadata.version).toBe('1');
    expect(after.status).toBe('gallande');
    expect(isLocked(after)).toBe(true);
    expect(after.content).toEqual(adopted.content);
    await expect(library.documents.saveContent(id, content(paragraph('Ändrad')))).rejects.toBeInstanceOf(DocumentLockedError);
    // It leaves the overdue list: due again two years on.
    expect(reviewOf(after, undefined, '2026-12-06')).toMatchObject({ due: '2028-12-06', bucket: 'later', basis: reviewed });
  });

  it('takes a decision under delegation, without a paragraph, and keeps the revision in work a draft', async () => {
    const id = await library.documents.create(seed);
    await library.documents.update(id, { decisions: [decision('antagen', '2022-03-01')] });
    await library.documents.revise(id);
    const revising = await load(id);
    expect(isLocked(revising)).toBe(false);

    await library.documents.update(id, { decisions: [...revising.decisions, decision('aktualitetsprovad', '2026-12-06', { body: 'Kvalitetsstrateg (delegation)', paragraph: '' })] });

    const after = await load(id);
    expect((await library.documents.listVersions(id)).versions).toHaveLength(1);
    expect(after.versioning).toEqual(revising.versioning);
    expect(isLocked(after)).toBe(false);
    expect(reviewOf(after, undefined, '2026-12-06')?.due).toBe('2028-12-06');
  });
});
