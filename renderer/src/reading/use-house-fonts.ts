import type { HouseStyle } from '@shared/model/organisation';
import { BUNDLED_FONTS, bundledFontFiles, houseStyleFonts } from '@shared/render/fonts';
import { useEffect } from 'react';

/**
 * The reading page is set in the house style's fonts, the same bundled open fonts the PDF embeds, so
 * that the page on screen looks like the document that is published. The files are the app's own
 * assets (Vite copies them, by hash); the page's policy allows no inline style sheet, so each face is
 * added through the FontFace API instead of an @font-face rule.
 */
const ASSETS = import.meta.glob<string>('../../../node_modules/@fontsource/{arimo,caladea,carlito,gelasio,tinos}/files/*-latin*-{400,700}-{normal,italic}.woff2', {
  query: '?url',
  import: 'default',
  eager: true,
});
const MODULES = 'node_modules/';
const URLS = new Map(Object.entries(ASSETS).map(([path, url]) => [path.slice(path.lastIndexOf(MODULES) + MODULES.length), url]));

/** Faces added once per page: a second document in the same style finds them there. */
const added = new Set<string>();

/** A small file Vite inlined as a data URL, which the policy does not let a font load (font-src 'self'): its bytes instead. */
function sourceOf(url: string): string | ArrayBuffer {
  if (!url.startsWith('data:')) return `url(${url}) format('woff2')`;
  const binary = atob(url.slice(url.indexOf(',') + 1));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0)).buffer;
}

function addFaces(style: Pick<HouseStyle, 'bodyFont' | 'headingFont'>) {
  if (typeof FontFace === 'undefined') return;
  for (const font of houseStyleFonts(style)) {
    const family = BUNDLED_FONTS[font].family;
    for (const file of bundledFontFiles(font)) {
      const url = URLS.get(file.file);
      if (!url || added.has(file.file)) continue;
      added.add(file.file);
      const face = new FontFace(family, sourceOf(url), { weight: String(file.weight), style: file.style, unicodeRange: file.unicodeRange });
      // Loaded when text first needs it; a face that fails leaves the generic family, and the text readable.
      document.fonts.add(face);
    }
  }
}

export function useHouseFonts(style: Pick<HouseStyle, 'bodyFont' | 'headingFont'>) {
  const { bodyFont, headingFont } = style;
  useEffect(() => addFaces({ bodyFont, headingFont }), [bodyFont, headingFont]);
}
