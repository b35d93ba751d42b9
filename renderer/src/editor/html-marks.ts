import { BLOCK_SPECS, isBlockType, type BlockFieldSpec } from '@shared/model/blocks';

/**
 * The data attributes that Handbok's nodes write on the HTML they copy out (see each node's
 * exportDOM), that their importDOM reads back, and that the paste cleaner lets through. Word and web
 * pages ignore them and show the elements they sit on; another Handbok editor finds its nodes in them
 * when the clipboard holds only HTML.
 */
export const HTML_MARK = {
  /** On a <section> (a block) or <div> (an item): the block type. */
  block: 'data-handbok-block',
  /** Prefix of a block's own settings beside its fields (a callout's variant): `data-handbok-block-variant`. */
  blockSetting: 'data-handbok-block-',
  /** On a <div> directly inside a block: the field's name. */
  field: 'data-handbok-field',
  /** On an image's <figure>: `decorative` for an image that carries no information, else empty. */
  image: 'data-handbok-image',
  /** On a reference's <a>: the id of the document it points to (empty until one is chosen). */
  reference: 'data-handbok-reference',
  /** On a footnote's <sup>: the footnote's text, exactly as stored. */
  footnote: 'data-handbok-footnote',
  /** On a page break's <hr>. */
  pageBreak: 'data-handbok-page-break',
  /** On a <div> or <span> standing in for a node this editor does not know: that node's JSON. */
  unknown: 'data-handbok-unknown',
} as const;

export const DECORATIVE = 'decorative';

/**
 * The keys every element node's JSON has. Whatever else a block's JSON holds (a callout's variant) is
 * a setting of that block, carried as an attribute so that a paste recreates it.
 */
const ELEMENT_KEYS = new Set(['type', 'version', 'children', 'direction', 'format', 'indent', 'textFormat', 'textStyle', '$']);

/** Attribute values are text, so only settings that are words travel; a hostile value never reaches importJSON. */
const SETTING_NAME = /^[a-z][a-z-]{0,31}$/;
const SETTING_VALUE = /^[\w-]{1,64}$/;

const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const camel = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** A block's settings from its JSON, as attribute names and values. */
export function blockSettingAttributes(json: Record<string, unknown>): [string, string][] {
  return Object.entries(json)
    .filter((entry): entry is [string, string] => !ELEMENT_KEYS.has(entry[0]) && typeof entry[1] === 'string')
    .map(([key, value]): [string, string] => [HTML_MARK.blockSetting + kebab(key), value])
    .filter(([name, value]) => isBlockSettingAttribute(name, value));
}

export function isBlockSettingAttribute(name: string, value: string): boolean {
  return name.startsWith(HTML_MARK.blockSetting) && SETTING_NAME.test(name.slice(HTML_MARK.blockSetting.length)) && SETTING_VALUE.test(value);
}

/** A block element's settings, as JSON keys and values; never one of the keys every element has. */
export function blockSettingsOf(element: Element): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const { name, value } of element.attributes) {
    if (!isBlockSettingAttribute(name, value)) continue;
    const key = camel(name.slice(HTML_MARK.blockSetting.length));
    if (!ELEMENT_KEYS.has(key)) settings[key] = value;
  }
  return settings;
}

/**
 * The spec of a field element: the field its attribute names, of the block its parent element is.
 * Null for a field outside a block, or one its block does not have: such a field means nothing alone,
 * and its content is taken as ordinary content.
 */
export function fieldSpecOf(element: Element): BlockFieldSpec | null {
  const name = element.getAttribute(HTML_MARK.field);
  const block = element.parentElement?.getAttribute(HTML_MARK.block);
  if (name === null || !block || !isBlockType(block)) return null;
  return BLOCK_SPECS[block].find((spec) => spec.name === name) ?? null;
}

/** A reference's id is looked up in the library and nothing else; the bound only keeps junk small. */
export const MAX_REFERENCE_ID_LENGTH = 200;
