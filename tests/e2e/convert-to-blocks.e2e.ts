import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { clickAtEndOfDocument, createDocument, paste, skipOnboarding, storedContent, waitUntilSaved } from './support/actions';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();

const PRINCIPLES_HTML =
  '<ol><li><b>Medborgaren i fokus.</b> Vi utgår från dem vi finns till för.</li>' +
  '<li><b>Beslut grundade på fakta</b> – vi mäter och följer upp.</li>' +
  '<li><b>Vi förbättrar:</b> varje dag, <i>tillsammans</i>.</li></ol>';

/** Selects whole elements of the editor, from the start of the first to the end of the last, as with the mouse. */
async function selectBetween(page: Page, first: string, last: string) {
  await page.getByRole('textbox', { name: 'Dokumentets innehåll' }).evaluate(
    (root, [from, to]) => {
      const range = document.createRange();
      range.setStartBefore(root.querySelector(from!)!.firstChild!);
      range.setEndAfter(root.querySelector(to!)!.lastChild!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [first, last],
  );
  await page.waitForTimeout(100); // Lexical reads the new selection on selectionchange
}

it('a pasted numbered list of bold titles becomes principles through "Gör om till…", and one Ctrl+Z gives the list back', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Handbok', 'Principer att göra om');
  const id = decodeURIComponent(page.url().split('/').pop()!);
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  const convert = page.getByRole('toolbar').getByRole('button', { name: 'Gör om till…' });
  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');
  // A line of ordinary text offers nothing to convert.
  await page.keyboard.type('Våra principer:');
  await expect.poll(() => convert.isDisabled()).toBe(true);
  await page.keyboard.press('Enter');
  await paste(page, { 'text/html': PRINCIPLES_HTML, 'text/plain': 'Medborgaren i fokus.' });
  await editor.locator('ol > li').nth(2).waitFor();

  // The caret is in the pasted list: the menu offers to turn it into principles.
  await expect.poll(() => convert.isEnabled()).toBe(true);
  await convert.click();
  const menu = page.getByRole('menu', { name: 'Gör om till…' });
  await menu.getByRole('menuitem', { name: 'Principer' }).waitFor();
  await page.screenshot({ path: 'test-results/convert-menu.png' });
  await menu.getByRole('menuitem', { name: 'Principer' }).click();

  const principles = editor.locator('.doc-block--principle');
  await expect.poll(() => principles.locator('.doc-field--title').allTextContents()).toEqual([
    'Medborgaren i fokus',
    'Beslut grundade på fakta',
    'Vi förbättrar',
  ]);
  expect(await principles.locator('.doc-field--explanation').allTextContents()).toEqual([
    'Vi utgår från dem vi finns till för.',
    'vi mäter och följer upp.',
    'varje dag, tillsammans.',
  ]);
  expect(await principles.locator('.doc-italic', { hasText: 'tillsammans' }).count()).toBe(1);
  expect(await editor.locator('ol').count()).toBe(0);
  // The introduction was not part of the list and stays as it was.
  expect(await editor.locator('p', { hasText: 'Våra principer:' }).count()).toBe(1);
  await principles.last().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/convert-result.png' });
  await waitUntilSaved(page);
  await expect.poll(async () => JSON.stringify(await storedContent(page, id))).toContain('"type":"principle"');

  // One undo, and the list is back as it was pasted.
  await page.keyboard.press('Control+z');
  await expect.poll(() => editor.locator('ol > li').allTextContents()).toEqual([
    'Medborgaren i fokus. Vi utgår från dem vi finns till för.',
    'Beslut grundade på fakta – vi mäter och följer upp.',
    'Vi förbättrar: varje dag, tillsammans.',
  ]);
  expect(await principles.count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

it('a selected bold role name, "ansvarar för att" and a list become a role, chosen with the keyboard', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Handbok', 'Roll att göra om');
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');
  await paste(page, {
    'text/html': '<p><b>Medarbetare</b></p><p>ansvarar för att:</p><ul><li>följa rutinerna</li><li>rapportera avvikelser</li></ul>',
    'text/plain': 'Medarbetare',
  });
  await editor.locator('ul > li', { hasText: 'rapportera avvikelser' }).waitFor();
  await selectBetween(page, 'p:has(> .doc-bold)', 'ul:last-of-type');

  const convert = page.getByRole('toolbar').getByRole('button', { name: 'Gör om till…' });
  await expect.poll(() => convert.isEnabled()).toBe(true);
  await convert.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Gör om till…' });
  await expect.poll(() => menu.getByRole('menuitem', { name: 'Principer' }).evaluate((item) => item === document.activeElement)).toBe(true);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  const role = editor.locator('.doc-block--role');
  await expect.poll(() => role.locator('.doc-field--role').textContent()).toBe('Medarbetare');
  expect(await role.locator('.doc-field--lead').textContent()).toBe('ansvarar för att');
  expect(await role.locator('.doc-field--responsibilities li').allTextContents()).toEqual(['följa rutinerna', 'rapportera avvikelser']);
  expect(await menu.count()).toBe(0);
  await role.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/convert-role.png' });
  expect(errors).toEqual([]);
  await context.close();
});
