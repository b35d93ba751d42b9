// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from '../../../../renderer/src/editor/paste/clean-pasted-html';
import { defuseHtml } from '../../../../renderer/src/editor/paste/defuse-html';
import { asOneLine, readPlainText } from '../../../../renderer/src/editor/paste/plain-text';

/**
 * Pasted text may be megabytes of anything. Each scan over it must take time in proportion to its
 * length: the same input twice as long takes about twice as long, where a quadratic pattern takes four
 * times. No absolute timings: each size is run often enough to be well above the timer's grain, and
 * the fastest of several runs is compared.
 */
function doublingRatio(input: (size: number) => string, scan: (text: string) => unknown, size: number): number {
  const small = input(size);
  const large = input(size * 2);
  const timeOf = (text: string, repetitions: number) => {
    const start = performance.now();
    for (let index = 0; index < repetitions; index += 1) scan(text);
    return performance.now() - start;
  };
  let repetitions = 1;
  while (timeOf(small, repetitions) < 40) repetitions *= 2;
  const fastest = (text: string) => Math.min(...Array.from({ length: 5 }, () => timeOf(text, repetitions)));
  return fastest(large) / fastest(small);
}

describe('the paste cleaner takes time in proportion to what is pasted', () => {
  it('reads past an unclosed <style> and tags without an end', () => {
    expect(doublingRatio((size) => 'x<style>'.repeat(size), defuseHtml, 4_000)).toBeLessThan(3);
    expect(doublingRatio((size) => '<a'.repeat(size), defuseHtml, 8_000)).toBeLessThan(3);
    expect(doublingRatio((size) => '<noscript>x'.repeat(size), defuseHtml, 4_000)).toBeLessThan(3);
  });

  it('reads long inline styles', () => {
    const paste = (declaration: string) => (size: number) => `<p style="${declaration.repeat(size)}">Text</p>`;
    expect(doublingRatio(paste('text-decoration'), (html) => cleanPastedHtml(html), 4_000)).toBeLessThan(3);
    expect(doublingRatio(paste('mso-list:l0 '), (html) => cleanPastedHtml(html), 4_000)).toBeLessThan(3);
  });

  it('joins lines for a one-line field and reads plain text', () => {
    expect(doublingRatio((size) => `a${' '.repeat(size)}b`, asOneLine, 10_000)).toBeLessThan(3);
    expect(doublingRatio((size) => `-${' '.repeat(size)}\n`.repeat(4), readPlainText, 10_000)).toBeLessThan(3);
  });
});
