import { describe, expect, it } from 'vitest';
import { en } from '../../../../renderer/src/app/locales/en';
import { sv } from '../../../../renderer/src/app/locales/sv';
import { menuStrings } from '../../../../shared/i18n/menu';

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

  it('the menu has the same items in both languages', () => {
    expect(Object.keys(menuStrings.en).sort()).toEqual(Object.keys(menuStrings.sv).sort());
  });
});
