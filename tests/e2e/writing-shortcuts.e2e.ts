import type { Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import { clickAtEndOfDocument, createDocument, paste, skipOnboarding, slashCommand } from './support/actions';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();

/** The document's top-level lines as a reader sees them: "p:text", "h2:text", "ul:item|item". */
const topLevel = (editor: Locator) =>
  editor.evaluate((root) =>
    [...root.children].map((child) => {
      const tag = child.tagName.toLowerCase();
      const text = tag === 'ul' || tag === 'ol' ? [...child.children].map((item) => item.textContent).join('|') : child.textContent;
      return `${tag}:${text}`;
    }),
  );

it('"- ", "* " and "1. " at the start of a line start a list and "## " a heading; Ctrl+Z right after gives the characters back', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Riktlinje', 'Skrivet med genvägar');
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');

  await page.keyboard.type('## Så tas synpunkter emot');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- via e-post');
  await page.keyboard.press('Enter');
  await page.keyboard.type('per telefon');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // an empty item leaves the list
  await page.keyboard.type('1. Registrera');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Besvara');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('* i receptionen');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  // Undo straight after the shortcut keeps what was typed, as plain text to go on with.
  await page.keyboard.type('- ');
  await page.keyboard.press('Control+z');
  await page.keyboard.type('inte en lista');
  // A year that starts a sentence is not a numbered list.
  await page.keyboard.press('Enter');
  await page.keyboard.type('2027. Ny mandatperiod');

  await expect.poll(() => topLevel(editor).then((lines) => lines.slice(-6))).toEqual([
    'h2:Så tas synpunkter emot',
    'ul:via e-post|per telefon',
    'ol:Registrera|Besvara',
    'ul:i receptionen',
    'p:- inte en lista',
    'p:2027. Ny mandatperiod',
  ]);

  // The shortcuts are listed with the keyboard shortcuts, under the toolbar's ⌨ button.
  await page.getByRole('toolbar').getByRole('button', { name: 'Kortkommandon' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kortkommandon' });
  await dialog.getByRole('columnheader', { name: 'Skriv i början av en rad' }).waitFor();
  await dialog.getByRole('row', { name: 'Rubrik 2 ## och mellanslag' }).waitFor();
  await dialog.getByRole('row', { name: 'Punktlista - eller * och mellanslag' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/typed-shortcuts.png' });
  expect(errors).toEqual([]);
  await context.close();
});

it('in a block, a rich field takes list shortcuts but no heading, and a one-line field takes neither', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Handbok', 'Genvägar i block');
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');
  await slashCommand(page, 'roll', 'Roll och ansvar');
  await page.keyboard.type('- Medarbetare');
  await page.keyboard.press('Enter');
  await page.keyboard.type('ansvarar för att');
  await page.keyboard.press('Enter');
  await page.keyboard.type('## inte en rubrik');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- följa rutinerna');
  await page.keyboard.press('Enter');
  await page.keyboard.type('rapportera avvikelser');

  const role = editor.locator('.doc-block--role');
  await expect.poll(() => role.locator('.doc-field--responsibilities li').allTextContents()).toEqual(['följa rutinerna', 'rapportera avvikelser']);
  expect(await role.locator('.doc-field--role').textContent()).toBe('- Medarbetare');
  expect(await role.locator('h1, h2, h3, ul .doc-field--role').count()).toBe(0);
  expect(await role.locator('.doc-field--responsibilities p').first().textContent()).toBe('## inte en rubrik');
  expect(errors).toEqual([]);
  await context.close();
});

it('plain text pasted with "- " and "1. " lines becomes lists, and blank lines only separate paragraphs', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Riktlinje', 'Inklistrad text');
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');
  await paste(page, {
    'text/plain': 'Synpunkter tas emot på tre sätt.\n\n- via e-post\n- per telefon\n* i receptionen\n\nAlla registreras samma dag.\r\n\r\n1. Registrera\n2. Besvara\n',
  });

  const first = 'p:Synpunkter tas emot på tre sätt.';
  await expect.poll(() => topLevel(editor).then((lines) => lines.slice(lines.indexOf(first), lines.indexOf(first) + 4))).toEqual([
    first,
    'ul:via e-post|per telefon|i receptionen',
    'p:Alla registreras samma dag.',
    'ol:Registrera|Besvara',
  ]);
  expect(errors).toEqual([]);
  await context.close();
});
