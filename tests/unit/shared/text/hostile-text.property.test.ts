import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkMemo } from '../../../../shared/memo/checks';
import { content, heading, paragraph } from '../../../../shared/model/content';
import { documentsFromSeeds, type HandbokDocument } from '../../../../shared/model/document';
import type { Memo } from '../../../../shared/model/memo';
import { exportDocx } from '../../../../shared/render/export';
import { lix, words } from '../../../../shared/text/lix';
import { qualityReport } from '../../../../shared/text/quality';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';
import { hostileText } from '../../../support/hostile-text';
import { xmlForbiddenAt } from '../../../support/xml-characters';
import { EMPTY_MEMO_TEXT, memoTextFromPlain } from '../../../../shared/model/memo-text';

/**
 * Issue 17, point 10: whatever text an archive or a paste brings, the readability check, the quality
 * report and the memo checks answer with sane numbers and never throw, and the Word file holds no
 * character that XML forbids. (That they answer in linear time is proven by the doubling tests beside
 * each scan; a quadratic scan would also make these properties run for minutes.)
 */

/** Each property reads a few hundred texts of up to some hundred thousand characters: seconds, more on a busy machine. */
const PROPERTY_TIME = 60_000;

let id = 0;
const library = () => documentsFromSeeds(sampleLibrary, '2026-01-01T00:00:00.000Z', () => `id-${(id += 1)}`);
const [handbook] = library() as [HandbokDocument];
const memo = library().find((document): document is HandbokDocument & { memo: Memo } => !!document.memo)!;

describe('pathological text', () => {
  it('gets a LIX within its bounds, or none', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 4 }), (blocks) => {
        const result = lix(blocks);
        const wordCount = blocks.reduce((sum, block) => sum + words(block).length, 0);
        if (result === null) {
          expect(wordCount).toBe(0);
          return;
        }
        expect(result.words).toBeGreaterThan(0);
        expect(result.longWords).toBeLessThanOrEqual(result.words);
        expect(result.sentences).toBeGreaterThanOrEqual(1);
        expect(result.sentences).toBeLessThanOrEqual(blocks.reduce((sum, block) => sum + block.length, 0) + blocks.length);
        expect(Number.isFinite(result.value)).toBe(true);
        expect(result.value).toBeLessThanOrEqual(result.words + 100);
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIME);

  it('gives a quality report for each section, without throwing', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (title, body) => {
        const report = qualityReport(content(heading(1, title), paragraph(body), heading(3, body)), () => undefined);
        expect(report.sections.length).toBeGreaterThanOrEqual(1);
        for (const section of report.sections) if (section.lix) expect(Number.isFinite(section.lix.value)).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIME);

  it('in every part of a tjänsteskrivelse, is checked without throwing', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (description, opinion, point) => {
        const hostile = { ...memo, title: point, memo: { ...memo.memo, description: memoTextFromPlain(description), opinion: memoTextFromPlain(opinion), summary: EMPTY_MEMO_TEXT, proposal: [{ id: 'g', body: opinion, points: [point] }] } };
        const check = checkMemo(hostile, hostile.memo, sampleOrganisation);
        expect(Array.isArray(check.problems)).toBe(true);
        if (check.lix) expect(Number.isFinite(check.lix.value)).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIME);

  it('exports to a Word file with no character XML forbids, in a handbook or a memo', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, fc.boolean(), async (title, body, asMemo) => {
        const document: HandbokDocument = asMemo
          ? { ...memo, title, memo: { ...memo.memo, description: memoTextFromPlain(body), opinion: memoTextFromPlain(title) } }
          : { ...handbook, title, metadata: { ...handbook.metadata, registryNumber: body.slice(0, 200) }, content: content(heading(1, title), paragraph(body)) };
        const { bytes } = await exportDocx(document, { ...sampleOrganisation, name: title.slice(0, 100) });
        for (const [part, data] of Object.entries(unzipSync(bytes))) {
          if (/\.(xml|rels)$/.test(part)) expect(xmlForbiddenAt(strFromU8(data)), part).toBe(-1);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
