import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FontSource } from '../../shared/render/fonts';

const require = createRequire(import.meta.url);

/** The only keys a FontSource is asked for (shared/render/fonts: bundledFontFiles): a woff2 file of a fontsource package. */
const BUNDLED_FILE = /^@fontsource\/[a-z]+\/files\/[a-z0-9-]+\.woff2$/;

/**
 * The bundled fonts in Node (the command line, the tests, the bench): read from their npm packages,
 * found as Node finds any module, so it works wherever node_modules is.
 */
export const nodeFontSource: FontSource = {
  async load(file) {
    if (!BUNDLED_FILE.test(file)) throw new Error(`${file} är inte en av typsnittsfilerna som följer med Handbok.`);
    const bytes = await readFile(require.resolve(file));
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  },
};
