import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentFromSeed } from '../../../../shared/model/document';
import { documentAsVersion, draftFromVersion, freezeVersion } from '../../../../shared/model/versions';
import { exportDocx, exportHtml } from '../../../../shared/render/export';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';

/** The sample handbook adopted as 2.1, then as 3, with a draft of the next version in work. */
function handbookInRevision() {
  let next = 0;
  const handbook = documentFromSeed(sampleLibrary[0]!, '2026-01-01T00:00:00.000Z', () => `id-${(next += 1)}`);
  const first = freezeVersion(handbook, { id: 'v2.1', change: 'first', decision: null, at: '2025-06-12T09:00:00.000Z' });
  const third = freezeVersion({ ...first.header, versioning: { ...first.header.versioning!, revising: true }, content: handbook.content }, { id: 'v3', change: 'substantive', decision: null, at: '2026-03-01T09:00:00.000Z' });
  const draft = draftFromVersion(third.header, third.version);
  return { first: first.version, header: third.header, draft: { ...draft.header, content: draft.content } };
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('exports of versions', () => {
  it('export a draft of the next version as a draft, numbered as the version it proposes', async () => {
    const { draft } = handbookInRevision();
    expect(draft.status).toBe('gallande');
    const html = text(exportHtml(draft, sampleOrganisation).html);
    expect(html).toContain('Utkast. Dokumentet är inte beslutat.');
    expect(html).toMatch(/Version\s+4\b/);
    const word = strFromU8(unzipSync((await exportDocx(draft, sampleOrganisation)).bytes)['word/document.xml']!);
    expect(word).toContain('Utkast. Dokumentet är inte beslutat.');
  });

  it('export a version that a later one replaced with its number saying so', () => {
    const { first, header } = handbookInRevision();
    const html = text(exportHtml(documentAsVersion(header, first), sampleOrganisation).html);
    expect(html).toContain('2.1 (ersatt av version 3)');
    expect(html).not.toContain('Utkast. Dokumentet är inte beslutat.');
  });
});
