import { expect, it } from 'vitest';
import { clickAtEndOfDocument, createDocument, skipOnboarding, slashCommand, storedContent, waitUntilSaved } from './support/actions';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();

it('inserts structured blocks from the slash menu, fills their fields and gets the same content back after a reload', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Handbok', 'Handbok med block');
  const id = decodeURIComponent(page.url().split('/').pop()!);
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });

  // Start on a new line after the template's last paragraph.
  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');

  // "/princip" opens the menu filtered to the principle; Enter inserts it.
  await slashCommand(page, 'princip', 'Princip');
  await page.keyboard.type('Invånaren i fokus');
  await page.keyboard.press('Enter'); // from the title to the explanation
  await page.keyboard.type('Vi utgår från behoven hos dem vi finns till för.');

  // A second principle straight after the first is number 2.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await slashCommand(page, 'princip', 'Princip');
  await page.keyboard.type('Beslut på fakta');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Vi mäter det som är viktigt.');
  await expect
    .poll(() => editor.locator('.doc-block--principle').evaluateAll((blocks) => blocks.map((block) => block.getAttribute('data-number'))))
    .toEqual(['1', '2']);

  // The quality panel names the empty field of the next block until it is filled.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // an empty last line leaves the block
  await slashCommand(page, 'definition', 'Definition');
  await page.getByRole('tab', { name: 'Kvalitet' }).click();
  await page.getByText('Definition 1: fältet ”Begrepp” är tomt.').waitFor();
  await editor.locator('.doc-block--definition .doc-field--term').click();
  await page.keyboard.type('Kvalitet');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Hur väl en tjänst uppfyller kraven.');
  await page.getByText('Definition 1: fältet ”Begrepp” är tomt.').waitFor({ state: 'detached' });

  // The toolbar's insert menu does the same without a slash command; with the cursor inside a block
  // the new block goes after it, never inside.
  await clickAtEndOfDocument(page);
  await page.getByRole('combobox', { name: 'Infoga block…' }).selectOption({ label: 'Viktigt' });
  await page.keyboard.type('Handboken ska vara antagen före budgetarbetet.');
  await editor.locator('.doc-block--callout-important').waitFor();

  await waitUntilSaved(page);
  await expect.poll(async () => JSON.stringify(await storedContent(page, id))).toContain('före budgetarbetet');
  const before = await storedContent(page, id);
  const text = JSON.stringify(before);
  expect(text).toContain('"type":"principle"');
  expect(text).toContain('"field":"title"');
  expect(text).toContain('Invånaren i fokus');
  expect(text).toContain('"type":"definition"');
  // Typed into a new block in plain text, although the line before was the template's italic guidance.
  expect(text).toContain('"format":0,"mode":"normal","style":"","text":"Invånaren i fokus"');
  // The block replaced the line the slash command was typed on: nothing of "/princip" is left.
  expect(text).not.toContain('/princip');
  const children = (before as { root: { children: { type: string; children?: unknown[] }[] } }).root.children;
  const principleAt = children.findIndex((node) => node.type === 'principle');
  // The document never ends in a block: an empty line follows, to click into.
  expect(children.slice(principleAt).map((node) => node.type)).toEqual(['principle', 'principle', 'definition', 'callout', 'paragraph']);
  expect(text).toContain('"variant":"important"');
  expect(children[principleAt - 1]!.children?.length).toBeGreaterThan(0); // no empty line left before it
  await page.screenshot({ path: new URL('./screenshots/blocks.png', import.meta.url).pathname });

  await page.reload();
  await editor.locator('.doc-block--principle').first().waitFor();
  expect(await editor.locator('.doc-block--principle .doc-field--title').first().textContent()).toBe('Invånaren i fokus');
  expect(await editor.locator('.doc-block--definition .doc-field--term').textContent()).toBe('Kvalitet');
  // Opening and closing the document changes nothing in what is stored.
  await page.getByRole('link', { name: 'Till biblioteket' }).click();
  expect(await storedContent(page, id)).toEqual(before);
  expect(errors).toEqual([]);
  await context.close();
});

it('a role block holds its lead-in and a bulleted list of responsibilities', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Handbok', 'Handbok med roller');
  const id = decodeURIComponent(page.url().split('/').pop()!);

  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');
  await slashCommand(page, 'roll', 'Roll och ansvar');
  await page.keyboard.type('Chefer');
  await page.keyboard.press('Enter');
  await page.keyboard.type('ansvarar för att verksamheten håller god kvalitet genom att');
  // The lead-in continues the role's name on its line: one sentence, "Chefer ansvarar för att …".
  const [name, lead] = await Promise.all(['role', 'lead'].map((field) => page.locator(`.doc-block--role > .doc-field--${field}`).boundingBox()));
  expect(lead!.x).toBeGreaterThanOrEqual(name!.x + name!.width);
  expect(Math.abs(lead!.y + lead!.height / 2 - (name!.y + name!.height / 2))).toBeLessThan(8);
  await page.screenshot({ path: 'test-results/role-sentence.png' });
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Punktlista' }).click();
  await page.keyboard.type('följa upp resultaten,');
  await page.keyboard.press('Enter');
  await page.keyboard.type('ge tid för förbättringsarbete.');
  await waitUntilSaved(page);

  await expect
    .poll(async () => JSON.stringify(await storedContent(page, id)))
    .toContain('ge tid för förbättringsarbete.');
  const stored = (await storedContent(page, id)) as { root: { children: { type: string; children: { field: string; children: { type: string }[] }[] }[] } };
  const role = stored.root.children.find((node) => node.type === 'role')!;
  expect(role.children.map((field) => field.field)).toEqual(['role', 'lead', 'responsibilities']);
  expect(role.children[2]!.children.map((node) => node.type)).toEqual(['list']);
  expect(JSON.stringify(role.children[0])).toContain('Chefer');
  expect(errors).toEqual([]);
  await context.close();
});

it('types a PUFF guide the natural way, a step title and Enter twice each, and gets four steps', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Handbok', 'Handbok med PUFF');
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');
  await slashCommand(page, 'metod', 'Metodstöd');
  await editor.locator('.doc-item--method-step .doc-field--title').first().click();
  // Enter after a title goes to the step's (empty) guidance; Enter there starts the next step.
  for (const [index, step] of ['Planera', 'Utföra', 'Följa upp', 'Förbättra'].entries()) {
    if (index > 0) {
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
    }
    await page.keyboard.type(step);
  }
  const steps = editor.locator('.doc-item--method-step');
  await expect.poll(() => steps.locator('.doc-field--title').allInnerTexts()).toEqual(['Planera', 'Utföra', 'Följa upp', 'Förbättra']);
  expect(await steps.locator('.doc-field--guidance').allInnerTexts()).toEqual(['', '', '', ''].map(() => expect.stringMatching(/^\s*$/)));
  await page.screenshot({ path: 'test-results/puff-typed.png' });
  expect(errors).toEqual([]);
  await context.close();
});

it('removes an empty block with Backspace or Delete, and leaves the text around it as it was', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Handbok', 'Handbok utan tomma block');
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Sista stycket.');
  const before = (await editor.innerText()).trimEnd();
  for (const key of ['Backspace', 'Delete']) {
    await page.keyboard.press('Enter');
    await slashCommand(page, 'princip', 'Princip');
    await editor.locator('.doc-block--principle').waitFor();
    await page.keyboard.press(key);
    await editor.locator('.doc-block--principle').waitFor({ state: 'detached' });
    // Nothing before the block was eaten.
    await expect.poll(async () => (await editor.innerText()).trimEnd()).toBe(before);
    if (key === 'Backspace') {
      // The caret stands at the end of the text before the block.
      await page.keyboard.type(' Mer.');
      await expect.poll(() => editor.innerText()).toContain('Sista stycket. Mer.');
      for (let i = 0; i < 5; i += 1) await page.keyboard.press('Backspace');
    } else await page.keyboard.press('Backspace'); // from the line after it back to the text
  }
  expect(errors).toEqual([]);
  await context.close();
});

it('the slash menu opened under a resting pointer keeps the keyboard’s choice; a pointer that moves picks', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Handbok', 'Handbok med meny');
  // The click leaves the pointer at the end of the document, where the menu opens.
  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type('/tabell');
  const menu = page.getByRole('listbox', { name: 'Infoga' });
  await menu.getByRole('option', { name: 'Jämförelsetabell' }).waitFor();
  // Long enough for the browser's hover events for content that appeared under the pointer.
  await page.waitForTimeout(1_000);
  expect(await menu.getByRole('option', { selected: true }).allInnerTexts()).toEqual(['Tabell']);
  const other = await menu.getByRole('option', { name: 'Jämförelsetabell' }).boundingBox();
  await page.mouse.move(other!.x + 10, other!.y + other!.height / 2, { steps: 3 });
  expect(await menu.getByRole('option', { selected: true }).allInnerTexts()).toEqual(['Jämförelsetabell']);
  expect(errors).toEqual([]);
  await context.close();
});

it('leaves the caret where it was when a table gets a new row or column', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Handbok', 'Handbok med tabell');
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');
  await slashCommand(page, 'tabell', 'Tabell');
  const firstCell = editor.locator('table').first().locator('th, td').first();
  await firstCell.click();
  await page.keyboard.type('Roll');
  await expect.poll(() => firstCell.innerText()).toContain('Roll');
  for (const command of ['Infoga kolumn till höger', 'Infoga kolumn till vänster', 'Infoga rad nedanför', 'Infoga rad ovanför']) {
    await page.getByRole('button', { name: command }).click();
    // Typing goes on in the same cell.
    await page.keyboard.type('!');
  }
  const cells = editor.locator('table').first().locator('th, td');
  await expect.poll(() => cells.allInnerTexts()).toContain('Roll!!!!');
  expect(errors).toEqual([]);
  await context.close();
});
