import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { documentFromSeed, type HandbokDocument } from '../../../../shared/model/document';
import { hasMemo } from '../../../../shared/model/memo';
import { HOUSE_FONTS, type HouseStyle } from '../../../../shared/model/organisation';
import { base64, BUNDLED_FONTS, bundledFontFiles, embeddedFontCss, FONT_SUBSETS, fontStack, type FontSource } from '../../../../shared/render/fonts';
import { renderHtml } from '../../../../shared/render/html';
import { renderCaseFileHtml } from '../../../../shared/render/memo/case-file';
import { renderMemoHtml } from '../../../../shared/render/memo/html';
import { nodeFontSource } from '../../../../electron/node/font-files';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';

const require = createRequire(import.meta.url);
const style: HouseStyle = { bodyFont: 'Georgia', bodySize: 11, headingFont: 'Arial', headingColor: '1F3A5F' };
const parse = (html: string) => new new Window().DOMParser().parseFromString(html, 'text/html');

let id = 0;
const documents: HandbokDocument[] = sampleLibrary.map((seed) => documentFromSeed(seed, '2026-01-01T00:00:00.000Z', () => `id-${(id += 1)}`));

/** The @font-face rules of a style sheet, each as its descriptors. */
function fontFaces(css: string) {
  return [...css.matchAll(/@font-face \{([^}]*)\}/g)].map(([, body]) => {
    const get = (name: string) => new RegExp(`${name}: ([^;]*);`).exec(body!)?.[1];
    const src = /src: (url\([^)]*\) format\('woff2'\));/.exec(body!)?.[1];
    return { family: get('font-family'), style: get('font-style'), weight: get('font-weight'), src, range: get('unicode-range') };
  });
}

/** Every font-family of a style sheet but those of its @font-face rules. */
const fontFamilies = (css: string) => [...css.replace(/@font-face \{[^}]*\}/g, '').matchAll(/font-family: ([^;}]*)/g)].map(([, value]) => value!.trim());

const SYSTEM_FONTS = /Georgia|Cambria|Times|Arial|Calibri|Verdana|Trebuchet|Liberation|DejaVu|Helvetica/;

describe('the bundled fonts', () => {
  it('has a clone for every house font, with all its files in the package as fontsource names them', () => {
    expect(Object.keys(BUNDLED_FONTS).sort()).toEqual([...HOUSE_FONTS].sort());
    for (const font of HOUSE_FONTS) {
      const files = bundledFontFiles(font);
      expect(files).toHaveLength(8);
      for (const file of files) {
        expect(file.file).toMatch(/^@fontsource\/[a-z]+\/files\/[a-z]+-latin(-ext)?-(400|700)-(normal|italic)\.woff2$/);
        expect(() => require.resolve(file.file), file.file).not.toThrow();
      }
    }
  });

  it('gives each subset the unicode-range of the package’s own CSS', () => {
    for (const font of HOUSE_FONTS) {
      const { package: name, clone } = BUNDLED_FONTS[font];
      const css = readFileSync(require.resolve(`${name}/400.css`), 'utf8');
      for (const subset of ['latin', 'latin-ext'] as const) {
        const rule = new RegExp(`/\\* ${clone.toLowerCase()}-${subset}-400-normal \\*/\\s*@font-face \\{[^}]*unicode-range: ([^;]*);`).exec(css);
        expect(rule?.[1], `${clone} ${subset}`).toBe(FONT_SUBSETS[subset]);
      }
    }
  });

  it('writes @font-face rules for exactly the fonts a style uses, every file inline as the bytes of the package', async () => {
    const faces = fontFaces(await embeddedFontCss(style, nodeFontSource));
    expect(faces).toHaveLength(16);
    expect(new Set(faces.map((face) => face.family))).toEqual(new Set(['"Handbok Gelasio"', '"Handbok Arimo"']));
    const seen = faces.map((face) => `${face.family} ${face.weight} ${face.style} ${face.range === FONT_SUBSETS.latin ? 'latin' : face.range === FONT_SUBSETS['latin-ext'] ? 'latin-ext' : '?'}`);
    for (const family of ['"Handbok Gelasio"', '"Handbok Arimo"']) {
      for (const weight of ['400', '700']) {
        for (const fontStyle of ['normal', 'italic']) {
          for (const subset of ['latin', 'latin-ext']) expect(seen).toContain(`${family} ${weight} ${fontStyle} ${subset}`);
        }
      }
    }
    for (const face of faces) {
      const data = /^url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\) format\('woff2'\)$/.exec(face.src ?? '');
      expect(data, face.src?.slice(0, 60)).not.toBeNull();
      const clone = face.family!.replace(/"Handbok (\w+)"/, '$1').toLowerCase();
      const subset = face.range === FONT_SUBSETS.latin ? 'latin' : 'latin-ext';
      const file = require.resolve(`@fontsource/${clone}/files/${clone}-${subset}-${face.weight}-${face.style}.woff2`);
      expect(Buffer.from(data![1]!, 'base64').equals(readFileSync(file))).toBe(true);
    }
  });

  it('writes one family when body and headings share a font, and reads each file once per source', async () => {
    const loaded: string[] = [];
    const source: FontSource = { load: async (file) => (loaded.push(file), nodeFontSource.load(file)) };
    const css = await embeddedFontCss({ ...style, bodyFont: 'Calibri', headingFont: 'Calibri' }, source);
    expect(new Set(fontFaces(css).map((face) => face.family))).toEqual(new Set(['"Handbok Carlito"']));
    expect(await embeddedFontCss({ ...style, bodyFont: 'Calibri', headingFont: 'Calibri' }, source)).toBe(css);
    expect(loaded).toHaveLength(8);
  });

  it('does not remember a failed read', async () => {
    let fail = true;
    const source: FontSource = { load: async (file) => (fail ? Promise.reject(new Error('busy')) : nodeFontSource.load(file)) };
    await expect(embeddedFontCss(style, source)).rejects.toThrow('busy');
    fail = false;
    expect(fontFaces(await embeddedFontCss(style, source))).toHaveLength(16);
  });

  it('encodes base64 as btoa does, across chunk boundaries', () => {
    for (const length of [0, 1, 2, 3, 24_575, 24_576, 24_577, 100_000]) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 7919) % 256);
      expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('names the bundled family alone when embedded, the Windows font first when not', () => {
    expect(fontStack('Georgia', { embedded: true })).toBe('"Handbok Gelasio", serif');
    expect(fontStack('Calibri', { embedded: true })).toBe('"Handbok Carlito", sans-serif');
    expect(fontStack('Georgia', { embedded: false })).toBe('"Georgia", "Gelasio", serif');
    expect(fontStack('Arial', { embedded: false })).toBe('"Arial", "Arimo", "Liberation Sans", sans-serif');
    expect(fontStack('Times New Roman', { embedded: false })).toBe('"Times New Roman", "Tinos", "Liberation Serif", serif');
  });

  it('the node source refuses any other file', async () => {
    await expect(nodeFontSource.load('../../package.json')).rejects.toThrow();
    await expect(nodeFontSource.load('@fontsource/gelasio/package.json')).rejects.toThrow();
  });
});

describe('print pages with embedded fonts', () => {
  const handbook = documents.find((document) => document.kind === 'handbok')!;
  const memo = documents.find(hasMemo)!;
  const organisation = { ...sampleOrganisation, houseStyle: style };

  it('put the @font-face rules first and name no font of the machine’s anywhere (body, headings, contents, tables, page margins)', async () => {
    const fontCss = await embeddedFontCss(style, nodeFontSource);
    const pages = {
      handbook: renderHtml(handbook, organisation, { fontCss }).html,
      layout: renderHtml(handbook, organisation, { fontCss, layoutOnly: true }).html,
      memo: renderMemoHtml(memo, organisation, { fontCss }).html,
      caseFile: renderCaseFileHtml(memo, [{ kind: 'document', number: 1, document: handbook }], organisation, { fontCss }).html,
    };
    for (const [name, html] of Object.entries(pages)) {
      const page = parse(html);
      const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      expect(csp.split(';').map((part) => part.trim())).toContain('font-src data:');
      const css = page.querySelector('style')?.textContent ?? '';
      expect(css.trimStart().startsWith('@font-face {'), name).toBe(true);
      expect(css.startsWith(fontCss), name).toBe(true);
      const families = fontFamilies(css);
      expect(families.length, name).toBeGreaterThan(3);
      for (const family of families) {
        expect(family, name).toMatch(/^"Handbok (Gelasio|Arimo)", (serif|sans-serif)$/);
        expect(family, name).not.toMatch(SYSTEM_FONTS);
      }
      // The header and footer of every page are in the heading font.
      expect(css, name).toMatch(/@bottom-right \{[^}]*font-family: "Handbok Arimo", sans-serif/);
    }
  });

  it('without fontCss name the Windows fonts and embed nothing', () => {
    const css = parse(renderHtml(handbook, organisation).html).querySelector('style')?.textContent ?? '';
    expect(css).not.toContain('@font-face');
    expect(fontFamilies(css).every((family) => /^"(Georgia|Arial)"/.test(family))).toBe(true);
  });
});
