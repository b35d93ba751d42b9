import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { content, element, heading, paragraph, text } from '../../../../shared/model/content';
import { documentsFromSeeds, type HandbokDocument } from '../../../../shared/model/document';
import type { Memo } from '../../../../shared/model/memo';
import { exportDocx } from '../../../../shared/render/export';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';
import { imageNode } from '../../../support/image-node';
import { xmlForbiddenAt } from '../../../support/xml-characters';
import { memoTextFromPlain } from '../../../../shared/model/memo-text';

/**
 * Issue 17, point 9: characters that XML 1.0 forbids (C0 controls other than tab, line feed and
 * carriage return, U+FFFE and U+FFFF, lone surrogates) made the Word file one that Word refuses to open.
 */
/** Every forbidden kind once, between words, as an archive or a paste can bring them. */
const HOSTILE = 'före\u0001\u0008\u000B\u000C\u001B\uFFFE\uFFFF\uDC00\uD800efter';

let id = 0;
const library = () => documentsFromSeeds(sampleLibrary, '2026-01-01T00:00:00.000Z', () => `id-${(id += 1)}`);

/** Each XML part of a Word file whose text holds a forbidden character, with the first such place. */
function forbiddenParts(bytes: Uint8Array): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = strFromU8(data);
    const at = xmlForbiddenAt(xml);
    if (at >= 0) found[name] = JSON.stringify(xml.slice(Math.max(0, at - 30), at + 30));
  }
  return found;
}

const wordText = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);

describe('the Word export holds no character that XML forbids', () => {
  it('replaces them everywhere a handbook writes text, and says so', async () => {
    const [handbook, other] = library() as [HandbokDocument, HandbokDocument];
    const hostile: HandbokDocument = {
      ...handbook,
      title: `Handbok ${HOSTILE}`,
      metadata: { ...handbook.metadata, registryNumber: `KS ${HOSTILE}`, appliesTo: HOSTILE, version: HOSTILE },
      content: content(
        heading(1, `Rubrik ${HOSTILE}`),
        paragraph(`Stycke ${HOSTILE}`, element('link', [text(`länk ${HOSTILE}`)], { url: `https://sjovik.se/${HOSTILE}` })),
        paragraph('Med fotnot', { type: 'footnote', version: 1, text: `Fotnot ${HOSTILE}` }),
        imageNode({ altText: `Bild ${HOSTILE}`, caption: `Bildtext ${HOSTILE}` }),
        { type: 'reference', version: 1, documentId: other.id },
        ...handbook.content.root.children,
      ),
    };
    const organisation = { ...sampleOrganisation, name: `Sjövik ${HOSTILE}` };
    const { bytes, warnings } = await exportDocx(hostile, organisation, {
      resolveReference: (target) => (target === other.id ? { ...other, title: `Annan ${HOSTILE}` } : undefined),
    });
    expect(forbiddenParts(bytes)).toEqual({});
    const body = wordText(bytes);
    // Each forbidden character stands as U+FFFD, visible where it was; the words around it stay.
    expect(body).toContain(`Stycke före${'\uFFFD'.repeat(9)}efter`);
    expect(strFromU8(unzipSync(bytes)['word/footnotes.xml']!)).toContain(`Fotnot före${'\uFFFD'.repeat(9)}efter`);
    expect(warnings).toContainEqual({ code: 'xml-illegal-characters', detail: expect.stringContaining('Handbok före\uFFFD') });
    expect(warnings.filter((warning) => warning.code === 'xml-illegal-characters')).toHaveLength(1);
  });

  it('replaces them in a tjänsteskrivelse too, and says so', async () => {
    const documents = library();
    const memo = documents.find((document): document is HandbokDocument & { memo: Memo } => document.kind === 'tjansteskrivelse' && !!document.memo)!;
    const hostile = {
      ...memo,
      title: `Tjänsteskrivelse ${HOSTILE}`,
      memo: { ...memo.memo, description: memoTextFromPlain(`Beskrivning ${HOSTILE}`), proposal: [{ id: 'g', body: '', points: [`Kommunfullmäktige beslutar ${HOSTILE}.`] }] },
    };
    const { bytes, warnings } = await exportDocx(hostile, { ...sampleOrganisation, unit: `Enhet ${HOSTILE}` });
    expect(forbiddenParts(bytes)).toEqual({});
    expect(wordText(bytes)).toContain(`Beskrivning före${'\uFFFD'.repeat(9)}efter`);
    expect(warnings).toEqual([{ code: 'xml-illegal-characters', detail: expect.stringContaining('före\uFFFD') }]);
  });

  it('leaves ordinary text, tabs and line breaks alone, with no warning', async () => {
    const [handbook] = library() as [HandbokDocument];
    const { bytes, warnings } = await exportDocx({ ...handbook, content: content(paragraph('Kolumn\tkolumn, 𝄞 och emoji 👍\r\nrad')) }, sampleOrganisation);
    expect(warnings).toEqual([]);
    expect(wordText(bytes)).toContain('emoji 👍');
  });
});
