import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../../renderer/src/ui/locales/en';
import { sv } from '../../../../renderer/src/ui/locales/sv';
import { menuStrings } from '../../../../shared/i18n/menu';
import { BLOCK_SPECS, BLOCK_TYPES } from '../../../../shared/model/blocks';

const RENDERER = new URL('../../../../renderer/src/', import.meta.url).pathname;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

describe('interface languages', () => {
  const swedish = flatten(sv);
  const english = flatten(en);

  it('English has exactly the Swedish keys', () => expect([...english.keys()].sort()).toEqual([...swedish.keys()].sort()));

  it('every translation fills the same placeholders', () => {
    for (const [key, text] of swedish) expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('no string is left empty', () => {
    for (const [key, text] of [...swedish, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('every key the interface asks for by name exists (with or without a plural ending)', () => {
    const sources = readdirSync(RENDERER, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file) && !file.includes('locales'));
    const asked = sources.flatMap((file) => [...readFileSync(join(RENDERER, file), 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)].map((match) => ({ file, key: match[1]! })));
    expect(asked.length).toBeGreaterThan(100);
    const known = (key: string) => swedish.has(key) || swedish.has(`${key}_one`) || [...swedish.keys()].some((each) => each.startsWith(`${key}.`));
    expect(asked.filter(({ key }) => !known(key))).toEqual([]);
  });

  it('a block field’s placeholder says it is optional exactly when blocks.ts makes it so', () => {
    const fields = BLOCK_TYPES.flatMap((type) => BLOCK_SPECS[type].filter((spec) => spec.content === 'line' || spec.content === 'rich').map((spec) => ({ type, spec })));
    for (const { type, spec } of fields) {
      const key = `blocks.${type}.fields.${spec.name}`;
      expect(/valfri/.test(swedish.get(key) ?? ''), key).toBe(!spec.required);
      expect(/optional/.test(english.get(key) ?? ''), key).toBe(!spec.required);
    }
  });

  it('the menu has the same items in both languages', () => {
    expect(Object.keys(menuStrings.en).sort()).toEqual(Object.keys(menuStrings.sv).sort());
  });
});
