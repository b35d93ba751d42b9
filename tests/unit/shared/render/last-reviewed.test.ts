import { strFromU8, unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { lastReviewedWithoutChange, type Decision } from '../../../../shared/model/decision';
import { documentFromSeed, type HandbokDocument } from '../../../../shared/model/document';
import { exportDocx, exportHtml } from '../../../../shared/render/export';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';

const decision = (id: string, action: Decision['action'], date: string, body = 'Kommunstyrelsen', paragraph = '§ 12'): Decision => ({ id, body, date, paragraph, action, summary: '' });

describe('lastReviewedWithoutChange', () => {
  it('is the newest decision that reviewed the document and kept it without change', () => {
    const decisions = [
      decision('a', 'antagen', '2027-01-01'),
      decision('b', 'aktualitetsprovad', '2024-10-01'),
      decision('c', 'aktualitetsprovad', '2026-11-02'),
      decision('d', 'aktualitetsprovad', '2025-03-15'),
      decision('e', 'reviderad', '2026-12-01'),
    ];
    expect(lastReviewedWithoutChange(decisions)?.id).toBe('c');
  });

  it('passes over a review without a valid date, and is null without one', () => {
    expect(lastReviewedWithoutChange([decision('a', 'aktualitetsprovad', ''), decision('b', 'aktualitetsprovad', '2026-02-30'), decision('c', 'aktualitetsprovad', 'hösten 2026')])).toBeNull();
    expect(lastReviewedWithoutChange([decision('a', 'aktualitetsprovad', 'i år'), decision('b', 'aktualitetsprovad', ' 2025-05-05 ')])?.id).toBe('b');
    expect(lastReviewedWithoutChange([decision('a', 'antagen', '2024-01-01')])).toBeNull();
    expect(lastReviewedWithoutChange([])).toBeNull();
  });
});

describe('"Senast aktualitetsprövad" on the first page', () => {
  const handbook = (decisions: Decision[]): HandbokDocument => {
    const document = documentFromSeed(sampleLibrary[0]!, '2026-01-01T00:00:00.000Z', () => 'id');
    return { ...document, decisions: [...document.decisions, ...decisions] };
  };
  const reviewed = handbook([decision('r1', 'aktualitetsprovad', '2025-10-01'), decision('r2', 'aktualitetsprovad', '2026-11-02')]);
  const firstPageXml = async (document: HandbokDocument) => strFromU8(unzipSync((await exportDocx(document, sampleOrganisation)).bytes)['word/document.xml']!).split('<w:br w:type="page"/>')[0]!;
  const frontRows = (document: HandbokDocument) => {
    const page = new new Window().DOMParser().parseFromString(exportHtml(document, sampleOrganisation).html, 'text/html');
    return [...page.querySelectorAll('.front-page table.metadata:not(.history) tr')].map((row) => [row.querySelector('th')!.textContent, row.querySelector('td')!.textContent]);
  };

  it('says when and by whom the document was last reviewed without change, in Word', async () => {
    const xml = await firstPageXml(reviewed);
    expect(xml).toMatch(/<w:t xml:space="preserve">Senast aktualitetsprövad<\/w:t>.*?<w:t xml:space="preserve">2026-11-02 \(Kommunstyrelsen § 12\)<\/w:t>/);
    expect(await firstPageXml(handbook([]))).not.toContain('aktualitetsprövad<');
  });

  it('and in the PDF’s page', () => {
    expect(frontRows(reviewed)).toContainEqual(['Senast aktualitetsprövad', '2026-11-02 (Kommunstyrelsen § 12)']);
    expect(frontRows(handbook([])).map(([label]) => label)).not.toContain('Senast aktualitetsprövad');
    // A decision without its paragraph is cited by its body alone.
    expect(frontRows(handbook([decision('r', 'aktualitetsprovad', '2026-11-02', 'Kommunstyrelsen', '')]))).toContainEqual(['Senast aktualitetsprövad', '2026-11-02 (Kommunstyrelsen)']);
  });
});
