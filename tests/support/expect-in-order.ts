import { expect } from 'vitest';

/** Asserts that each part stands in the text after the one before it: the parts come in this order. */
export function expectInOrder(text: string, parts: readonly string[]): void {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" after position ${from}`).toBeGreaterThan(-1);
    from = at + part.length;
  }
}
