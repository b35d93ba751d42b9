import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSampleHandbook, openSampleHandbookDraft, storedJson, waitUntilSaved } from './support/actions';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();

/** The open document's id, from the address (#/dokument/<id>). */
function documentId(page: Page): string {
  const id = /#\/dokument\/([^/?]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`No document in ${page.url()}`);
  return decodeURIComponent(id);
}

/**
 * How often a word occurs in stored content, counted as a reader sees the text: the text nodes of one
 * paragraph (or title, or cell) joined, so a word split by bold or a link still counts once.
 */
function occurrencesInStored(json: string, word: string): number {
  let count = 0;
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const children = (node as { children?: unknown[] }).children;
    if (Array.isArray(children)) {
      const inline = children.filter((child) => typeof (child as { text?: unknown }).text === 'string' || (child as { type?: string }).type === 'link');
      const text = inline.map(inlineText).join('').toLocaleLowerCase('sv');
      count += text.split(word).length - 1;
      for (const child of children) visit(child);
    }
    for (const value of Object.values(node)) if (value !== children && typeof value === 'object') visit(value);
  };
  const inlineText = (node: unknown): string => {
    const { text, children } = node as { text?: string; children?: unknown[] };
    return typeof text === 'string' ? text : (children ?? []).map(inlineText).join('');
  };
  visit(JSON.parse(json));
  return count;
}

/** What the page marks: the number of ranges in each highlight and the current one's text and place. */
function highlights(page: Page) {
  return page.evaluate(() => {
    const current = [...(CSS.highlights.get('find-current') ?? [])][0] as Range | undefined;
    const rect = current?.getBoundingClientRect();
    return {
      matches: CSS.highlights.get('find-match')?.size ?? 0,
      currents: CSS.highlights.get('find-current')?.size ?? 0,
      currentText: current?.toString() ?? null,
      currentInView: rect ? rect.top >= 0 && rect.bottom <= window.innerHeight : false,
      scrollY: window.scrollY,
    };
  });
}

it('Ctrl+F finds every "avvikelse" in the adopted handbook, steps through them and leaves the content as stored', async () => {
  const { context, page, errors } = await openApp(browser());
  await openSampleHandbook(page);
  const id = documentId(page);
  const before = await storedJson(page, id);
  const expected = occurrencesInStored(before, 'avvikelse');
  expect(expected).toBeGreaterThan(2);

  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await editor.click();
  await page.keyboard.press('Control+f');
  const search = page.getByRole('search', { name: 'Sök i dokumentet' });
  const input = search.getByRole('searchbox', { name: 'Sök i dokumentet' });
  await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
  await page.keyboard.type('avvikelse');

  const count = search.locator('[aria-live="polite"]');
  await expect.poll(() => count.textContent()).toBe(`1 av ${expected}`);
  let marked = await highlights(page);
  expect(marked).toMatchObject({ matches: expected, currents: 1 });
  expect(marked.currentText?.toLocaleLowerCase('sv')).toBe('avvikelse');

  // Enter moves to the next match; Shift+Enter back, and once more to the last, far down the handbook.
  await page.keyboard.press('Enter');
  await expect.poll(() => count.textContent()).toBe(`2 av ${expected}`);
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect.poll(() => count.textContent()).toBe(`${expected} av ${expected}`);
  marked = await highlights(page);
  expect(marked.currentInView).toBe(true);
  expect(marked.scrollY).toBeGreaterThan(500);
  // F3 steps on from the last to the first, wherever the focus is.
  await page.screenshot({ path: 'tests/e2e/screenshots/find.png' });
  await page.keyboard.press('F3');
  await expect.poll(() => count.textContent()).toBe(`1 av ${expected}`);
  expect((await highlights(page)).currentInView).toBe(true);

  // A word that is not there says so.
  await input.fill('avvikelsexyz');
  await expect.poll(() => count.textContent()).toBe('Inga träffar');
  expect((await highlights(page)).matches).toBe(0);

  // Escape closes find, takes the marks away and gives the focus back to the text.
  await page.keyboard.press('Escape');
  await search.waitFor({ state: 'detached' });
  expect((await highlights(page)).matches).toBe(0);
  expect(await editor.evaluate((element) => element === document.activeElement)).toBe(true);

  // Nothing was written into the page's text or the stored content.
  expect(await editor.locator('mark').count()).toBe(0);
  expect(await storedJson(page, id)).toBe(before);
  expect(errors).toEqual([]);
  await context.close();
});

it('finds again as the text changes, and a match split by bold still counts', async () => {
  const { context, page, errors } = await openApp(browser());
  await openSampleHandbookDraft(page);
  // A new paragraph after the handbook's last one.
  await page.getByRole('textbox', { name: 'Dokumentets innehåll' }).getByText(/kommundirektören besluta om\.$/).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  // "Sjöviks ÅTGÄRDSPLAN" with "ÅTGÄRDS" in bold: the phrase runs across two text nodes.
  await page.keyboard.type('Sjöviks ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('ÅTGÄRDS');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('PLAN');
  await waitUntilSaved(page);

  await page.keyboard.press('Control+f');
  const search = page.getByRole('search', { name: 'Sök i dokumentet' });
  await page.keyboard.type('sjöviks åtgärdsplan');
  const count = search.locator('[aria-live="polite"]');
  await expect.poll(() => count.textContent()).toBe('1 av 1');
  expect((await highlights(page)).currentText).toBe('Sjöviks ÅTGÄRDSPLAN');

  // Typing the phrase once more in the editor, with find still open, counts it.
  await page.getByRole('textbox', { name: 'Dokumentets innehåll' }).locator('p', { hasText: 'Sjöviks' }).last().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' och sjöviks åtgärdsplan');
  await expect.poll(() => count.textContent()).toMatch(/ av 2$/);
  expect((await highlights(page)).matches).toBe(2);
  expect(errors).toEqual([]);
  await context.close();
});
