import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { bulletList, content, element, italic, numberedList, paragraph, text } from '../../../../shared/model/content';
import { documentFromSeed, type HandbokDocument } from '../../../../shared/model/document';
import type { Memo } from '../../../../shared/model/memo';
import { memoSubHeading } from '../../../../shared/model/memo-text';
import { renderMemoDocx } from '../../../../shared/render/memo/docx';
import { renderMemoHtml } from '../../../../shared/render/memo/html';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';

/** The sample memo with an opinion as officials write one: a list, italics, a sub-heading, a numbered list, a footnote. */
function richMemo(): HandbokDocument & { memo: Memo } {
  const seed = sampleLibrary.find((document) => document.kind === 'tjansteskrivelse')!;
  const memo = documentFromSeed(seed, '2026-10-05T08:00:00.000Z', () => 'memo') as HandbokDocument & { memo: Memo };
  const opinion = content(
    paragraph('Förvaltningen lyfter fram tre värden:'),
    bulletList('Alingsåsaren i fokus', ['Dialog och ', italic('samarbete')], 'Ständiga förbättringar'),
    memoSubHeading('Förvaltningens bedömning'),
    paragraph('Handboken ', italic('bör antas'), ' i sin helhet.', { type: 'footnote', version: 1, text: 'Se kommunens riktlinje för styrdokument.' }),
    numberedList('Anta handboken.', 'Följ upp den 2027.'),
  );
  return { ...memo, memo: { ...memo.memo, opinion } };
}

describe('a rich memo part in the Word file', () => {
  it('has a real list, italic runs, a Heading 3 and a footnote, as mammoth reads them', async () => {
    const { bytes, warnings } = await renderMemoDocx(richMemo(), sampleOrganisation);
    expect(warnings).toEqual([]);
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value.replace(/<a id="[^"]*"><\/a>/g, '');
    expect(html).toContain('<h2>Förvaltningens yttrande</h2><p>Förvaltningen lyfter fram tre värden:</p><ul><li>Alingsåsaren i fokus</li><li>Dialog och <em>samarbete</em></li><li>Ständiga förbättringar</li></ul>');
    expect(html).toContain('<h3>Förvaltningens bedömning</h3><p>Handboken <em>bör antas</em> i sin helhet.');
    expect(html).toContain('<ol><li>Anta handboken.</li><li>Följ upp den 2027.</li></ol>');
    expect(html).toMatch(/Se kommunens riktlinje för styrdokument\./);
  });
});

describe('a rich memo part on the print page (and so in the PDF)', () => {
  it('is drawn with <ul>/<ol>/<li>, <em> and an <h3> under the part, its footnote at the part’s end', () => {
    const { html, warnings } = renderMemoHtml(richMemo(), sampleOrganisation);
    expect(warnings).toEqual([]);
    const opinion = html.slice(html.indexOf('<h2>Förvaltningens yttrande</h2>'), html.indexOf('<h2>Ekonomisk bedömning</h2>'));
    expect(opinion).toContain('<ul><li>Alingsåsaren i fokus</li><li>Dialog och <em>samarbete</em></li><li>Ständiga förbättringar</li></ul>');
    expect(opinion).toMatch(/<h3 id="memo-h-1">Förvaltningens bedömning<\/h3>/);
    expect(opinion).toContain('<ol><li>Anta handboken.</li><li>Följ upp den 2027.</li></ol>');
    expect(opinion).toMatch(/<aside class="notes"[^>]*><ol><li id="memo-note-1" value="1">Se kommunens riktlinje för styrdokument\.<\/li><\/ol><\/aside>$/);
  });

  it('keeps an unsafe link as its text only', () => {
    const memo = richMemo();
    const opinion = content(paragraph('Läs ', element('link', [text('här')], { url: 'javascript:alert(1)' }), '.'));
    const { html } = renderMemoHtml({ ...memo, memo: { ...memo.memo, opinion } }, sampleOrganisation);
    expect(html).toContain('<p>Läs här.</p>');
    expect(html).not.toContain('javascript:');
  });
});
