import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { content, paragraph } from '../../../../shared/model/content';
import { documentFromSeed } from '../../../../shared/model/document';
import { renderDocx } from '../../../../shared/render/docx';
import { renderHtml } from '../../../../shared/render/html';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';

/** The first bytes of a PNG whose header claims the given size: all an exporter reads to size it. */
function pngClaiming(width: number, height: number): string {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;
}

const documentWith = (src: string) =>
  documentFromSeed(
    { ...sampleLibrary.find((seed) => seed.kind === 'riktlinje')!, content: content(paragraph('Före bilden.'), { type: 'image', version: 1, src, altText: 'Bild', decorative: false, caption: '' }) },
    '2026-01-01T00:00:00.000Z',
    () => 'doc-1',
  );

/** The A4 text area with 2.5 cm margins, in pixels at 96 dpi (16 × 24.7 cm), and one pixel in EMU. */
const PAGE = { width: 605, height: 933 };
const EMU_PER_PX = 9525;

describe('an image whose header claims a huge size', () => {
  for (const [label, width, height] of [
    ['four billion pixels tall', 10, 4_000_000_000],
    ['four billion pixels wide', 4_000_000_000, 10],
    ['tall and narrow', 300, 50_000],
  ] as const) {
    it(`${label}: is printed within the page in Word and in HTML (and so in PDF), its proportions kept`, async () => {
      const document = documentWith(pngClaiming(width, height));
      const html = renderHtml(document, sampleOrganisation).html;
      const [, htmlWidth, htmlHeight] = /<img [^>]*width="(\d+)" height="(\d+)"/.exec(html)!.map(Number);
      expect(htmlWidth).toBeLessThanOrEqual(PAGE.width);
      expect(htmlHeight).toBeLessThanOrEqual(PAGE.height);
      expect(htmlWidth).toBeGreaterThanOrEqual(1);
      expect(htmlHeight).toBeGreaterThanOrEqual(1);
      if (width < 1_000_000 && height < 1_000_000) expect(htmlWidth! / htmlHeight!).toBeCloseTo(width / height, 2);

      const { bytes } = await renderDocx(document, sampleOrganisation);
      const body = strFromU8(unzipSync(bytes)['word/document.xml']!);
      const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(body)!.map(Number);
      expect(cx).toBeLessThanOrEqual(PAGE.width * EMU_PER_PX);
      expect(cy).toBeLessThanOrEqual(PAGE.height * EMU_PER_PX);
    });
  }
});
