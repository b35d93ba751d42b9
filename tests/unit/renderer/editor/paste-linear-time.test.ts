// @vitest-environment happy-dom
import { describe, it } from 'vitest';
import { cleanPastedHtml } from '../../../../renderer/src/editor/paste/clean-pasted-html';
import { defuseHtml } from '../../../../renderer/src/editor/paste/defuse-html';
import { asOneLine, readPlainText } from '../../../../renderer/src/editor/paste/plain-text';
import { expectLinear } from '../../../support/linear-time';

/** Pasted text may be megabytes of anything: each scan over it must take time in proportion to its length. */
describe('the paste cleaner takes time in proportion to what is pasted', () => {
  it('reads past an unclosed <style> and tags without an end', () => {
    expectLinear((size) => 'x<style>'.repeat(size), defuseHtml, { start: 4_000 });
    expectLinear((size) => '<a'.repeat(size), defuseHtml, { start: 8_000 });
    expectLinear((size) => '<noscript>x'.repeat(size), defuseHtml, { start: 4_000 });
  });

  it('reads long inline styles', () => {
    const paste = (declaration: string) => (size: number) => `<p style="${declaration.repeat(size)}">Text</p>`;
    expectLinear(paste('text-decoration'), (html) => cleanPastedHtml(html), { start: 4_000 });
    expectLinear(paste('mso-list:l0 '), (html) => cleanPastedHtml(html), { start: 4_000 });
  });

  it('joins lines for a one-line field and reads plain text', () => {
    expectLinear((size) => `a${' '.repeat(size)}b`, asOneLine, { start: 10_000 });
    expectLinear((size) => `-${' '.repeat(size)}\n`.repeat(4), readPlainText, { start: 10_000 });
  });
});
