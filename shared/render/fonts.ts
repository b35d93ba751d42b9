import type { HouseFont, HouseStyle } from '../model/organisation';

/**
 * The fonts that come with Handbok, one for each house font: an open font drawn to the same letter
 * widths as the Windows font it stands in for, so that a PDF, made anywhere, breaks its lines where
 * the Word file does on Windows. The files are those of the npm packages `@fontsource/*` (SIL Open
 * Font License 1.1, in each package's LICENSE): the subsets latin and latin-ext, regular and bold,
 * upright and italic.
 */

/** Where the bytes of a bundled font file come from: the package on disk (Node), the app's own assets (the renderer). */
export interface FontSource {
  /** `file` is a path inside node_modules, e.g. '@fontsource/gelasio/files/gelasio-latin-400-normal.woff2'. */
  load(file: string): Promise<Uint8Array>;
}

/** The characters of each subset, exactly as fontsource's CSS gives them (the same for all five fonts). */
export const FONT_SUBSETS = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;
export type FontSubset = keyof typeof FONT_SUBSETS;

export const FONT_WEIGHTS = [400, 700] as const;
export const FONT_STYLES = ['normal', 'italic'] as const;

export interface BundledFont {
  /** The open font's own name, e.g. Gelasio. */
  clone: string;
  /**
   * The name the page's @font-face rules give it: Handbok's own, so that a copy installed on the
   * machine (perhaps another version, with other widths) never takes its place.
   */
  family: string;
  /** The npm package the files come from. */
  package: string;
  generic: 'serif' | 'sans-serif';
}

const bundled = (clone: string, generic: BundledFont['generic']): BundledFont => ({
  clone,
  family: `Handbok ${clone}`,
  package: `@fontsource/${clone.toLowerCase()}`,
  generic,
});

/** Each house font's metric-compatible open clone. */
export const BUNDLED_FONTS: { readonly [F in HouseFont]: BundledFont } = {
  Georgia: bundled('Gelasio', 'serif'),
  Cambria: bundled('Caladea', 'serif'),
  'Times New Roman': bundled('Tinos', 'serif'),
  Arial: bundled('Arimo', 'sans-serif'),
  Calibri: bundled('Carlito', 'sans-serif'),
};

export interface BundledFontFile {
  /** The path inside node_modules, the key a FontSource loads by. */
  file: string;
  subset: FontSubset;
  weight: (typeof FONT_WEIGHTS)[number];
  style: (typeof FONT_STYLES)[number];
  unicodeRange: string;
}

/** A house font as it is stored, or Arial for anything else (a house style is validated, but a page must never fail over a font). */
const bundledFont = (font: string): BundledFont => BUNDLED_FONTS[font as HouseFont] ?? BUNDLED_FONTS.Arial;

/** The files of a house font's clone: 2 subsets × 2 weights × 2 styles, woff2. */
export function bundledFontFiles(font: HouseFont): BundledFontFile[] {
  const { package: name, clone } = bundledFont(font);
  const id = clone.toLowerCase();
  return (Object.keys(FONT_SUBSETS) as FontSubset[]).flatMap((subset) =>
    FONT_WEIGHTS.flatMap((weight) =>
      FONT_STYLES.map((style) => ({ file: `${name}/files/${id}-${subset}-${weight}-${style}.woff2`, subset, weight, style, unicodeRange: FONT_SUBSETS[subset] })),
    ),
  );
}

/** The house fonts a style uses: the body font and the heading font (the header and footer use the heading font). */
export function houseStyleFonts(style: Pick<HouseStyle, 'bodyFont' | 'headingFont'>): HouseFont[] {
  return [...new Set([style.bodyFont, style.headingFont])];
}

/**
 * The CSS font-family of a house font. With the bundled fonts embedded in the page (a PDF, or an
 * exported HTML file that carries them), only the bundled family and a generic family: nothing on
 * the machine can change the widths. Without (a page opened in the user's own browser), the Windows
 * font where the user has it, else its clone if installed under its own name (Liberation for Arial
 * and Times New Roman is the same design as Arimo and Tinos).
 */
export function fontStack(font: HouseFont, { embedded }: { embedded: boolean }): string {
  const { family, clone, generic } = bundledFont(font);
  if (embedded) return `"${family}", ${generic}`;
  const liberation = font === 'Arial' ? ', "Liberation Sans"' : font === 'Times New Roman' ? ', "Liberation Serif"' : '';
  return `"${font}", "${clone}"${liberation}, ${generic}`;
}

/** 3 × 8 KiB: a whole number of base64 groups, so the chunks can be encoded one by one. */
const BASE64_CHUNK = 3 * 8192;

/** Bytes as base64, in the browser and in Node alike (no Buffer), in chunks so that no call gets a huge argument list. */
export function base64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += BASE64_CHUNK) {
    // apply takes the typed array as it is; spreading it would copy it into an array first.
    parts.push(btoa(String.fromCharCode.apply(null, bytes.subarray(at, at + BASE64_CHUNK) as unknown as number[])));
  }
  return parts.join('');
}

/** Each source's files, encoded once: a second export (or the second printing of one) reads nothing again. */
const encoded = new WeakMap<FontSource, Map<string, Promise<string>>>();

function encodedFile(source: FontSource, file: string): Promise<string> {
  const files = encoded.get(source) ?? new Map<string, Promise<string>>();
  encoded.set(source, files);
  let result = files.get(file);
  if (!result) {
    result = source.load(file).then(base64);
    // A failed read is not remembered: the next export tries again.
    result.catch(() => files.delete(file));
    files.set(file, result);
  }
  return result;
}

/**
 * The @font-face rules for the fonts a house style uses (see houseStyleFonts), each file inline as a
 * data URL, under Handbok's own family names: given to the page as `fontCss`, they make its text
 * come out in the bundled fonts only. The rules keep fontsource's unicode-range, so a page loads
 * only the subsets its text needs.
 */
export async function embeddedFontCss(style: Pick<HouseStyle, 'bodyFont' | 'headingFont'>, source: FontSource): Promise<string> {
  const rules = await Promise.all(
    houseStyleFonts(style).flatMap((font) =>
      bundledFontFiles(font).map(async ({ file, weight, style: fontStyle, unicodeRange }) =>
        [
          '@font-face {',
          `  font-family: "${bundledFont(font).family}";`,
          `  font-style: ${fontStyle};`,
          `  font-weight: ${weight};`,
          `  src: url(data:font/woff2;base64,${await encodedFile(source, file)}) format('woff2');`,
          `  unicode-range: ${unicodeRange};`,
          '}',
        ].join('\n'),
      ),
    ),
  );
  return `${rules.join('\n')}\n`;
}
