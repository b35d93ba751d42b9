import type { FontSource } from '@shared/render/fonts';

/**
 * The bundled fonts' files as assets of the app's own build (Vite copies each into the build, by
 * hash), keyed as shared/render/fonts names them: the path inside node_modules.
 */
const ASSETS = import.meta.glob<string>('../../../node_modules/@fontsource/{arimo,caladea,carlito,gelasio,tinos}/files/*-latin*-{400,700}-{normal,italic}.woff2', {
  query: '?url',
  import: 'default',
  eager: true,
});
const MODULES = 'node_modules/';
const URLS = new Map(Object.entries(ASSETS).map(([path, url]) => [path.slice(path.lastIndexOf(MODULES) + MODULES.length), url]));

/** An asset small enough to be inlined comes as a data URL, which the app's policy does not let fetch read (connect-src 'self'). */
function decodeDataUrl(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/**
 * The renderer's FontSource: the files fetched from the app's own origin (app:// in Electron, the
 * server of the browser build), which the app's Content-Security-Policy allows (connect-src 'self').
 */
export const assetFontSource: FontSource = {
  async load(file) {
    const url = URLS.get(file);
    if (!url) throw new Error(`The font file ${file} is not part of the build.`);
    if (url.startsWith('data:')) return decodeDataUrl(url);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`The font file ${file} could not be read (${response.status}).`);
    return new Uint8Array(await response.arrayBuffer());
  },
};

/** Every file the fonts module can ask for, for the test that the build has them all. */
export const bundledAssetFiles = (): string[] => [...URLS.keys()].sort();
