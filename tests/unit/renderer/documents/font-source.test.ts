import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOUSE_FONTS } from '../../../../shared/model/organisation';
import { bundledFontFiles } from '../../../../shared/render/fonts';
import { assetFontSource, bundledAssetFiles } from '../../../../renderer/src/documents/font-source';

const require = createRequire(import.meta.url);

describe('the renderer’s font source', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('has in the build exactly the files the fonts module asks for', () => {
    expect(bundledAssetFiles()).toEqual(HOUSE_FONTS.flatMap(bundledFontFiles).map((file) => file.file).sort());
  });

  it('fetches a file from its asset URL', async () => {
    const [file] = bundledFontFiles('Georgia');
    const bytes = readFileSync(require.resolve(file!.file));
    const fetch = vi.fn(async () => new Response(bytes));
    vi.stubGlobal('fetch', fetch);
    expect(Buffer.from(await assetFontSource.load(file!.file)).equals(bytes)).toBe(true);
    expect(fetch).toHaveBeenCalledWith(expect.stringContaining('gelasio-latin-400-normal.woff2'));
  });

  it('refuses a file that is not bundled, and says when one cannot be read', async () => {
    await expect(assetFontSource.load('@fontsource/roboto/files/roboto-latin-400-normal.woff2')).rejects.toThrow('not part of the build');
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(assetFontSource.load(bundledFontFiles('Arial')[0]!.file)).rejects.toThrow('404');
  });
});
