import { describe, expect, it } from 'vitest';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';
import { documentsFromSeeds, type HandbokDocument } from '../../../../shared/model/document';
import { hasMemo } from '../../../../shared/model/memo';
import { renderCaseFileHtml } from '../../../../shared/render/memo/case-file';

const documents: HandbokDocument[] = documentsFromSeeds(sampleLibrary, '2026-01-01T00:00:00.000Z', (() => {
  let id = 0;
  return () => `id-${(id += 1)}`;
})());
const byKind = (kind: string) => documents.find((document) => document.kind === kind)!;

/** The heading levels of a page in order, as PDF/UA rule 7.4.2-1 reads them from the tags. */
const headingLevels = (html: string) => [...html.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));

describe('the headings of the ärendepaket', () => {
  it('never skip a level, whatever level a bilaga starts at (a policy starts at H2, a handbook at H1)', () => {
    const memo = byKind('tjansteskrivelse');
    if (!hasMemo(memo)) throw new Error('the sample has no memo');
    const policy = byKind('policy');
    const handbook = byKind('handbok');
    expect(Math.min(...headingLevels(renderCaseFileHtml(memo, [], sampleOrganisation).html))).toBe(1);
    const { html } = renderCaseFileHtml(
      memo,
      [
        { kind: 'document', number: 1, document: policy },
        { kind: 'document', number: 2, document: handbook },
      ],
      sampleOrganisation,
    );
    const levels = headingLevels(html);
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) => {
      if (index > 0) expect(level, `heading ${index + 1} of ${levels.length}: H${level} after H${levels[index - 1]}`).toBeLessThanOrEqual(levels[index - 1]! + 1);
    });
    // Each bilaga's own top level sits right below its label.
    expect(html).toMatch(/Bilaga 1: Kvalitetspolicy för Sjövik kommun<\/h1>[\s\S]*?<h2[\s>]/);
  });
});
