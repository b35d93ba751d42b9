import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { clickAtEndOfDocument, createDocument, skipOnboarding, slashCommand, storedContent, waitUntilSaved } from './support/actions';
import { openApp, useBrowser } from './support/browser';
import { BLOCK_DECLARATIONS, TOP_LEVEL_BLOCK_TYPES, type TopLevelBlockType } from '../../shared/model/blocks';
import { sv } from '../../renderer/src/ui/locales/sv';

const browser = useBrowser();

/** A 2×2 PNG: red, green, blue, white. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

/** Types a line and moves on: Enter in a one-line field goes to the next field. */
async function line(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Types into a rich field and moves on: Enter on its empty last line goes to the next field. */
async function rich(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
}

it('inserts every block type from the slash menu, fills each field, and gets identical content back after a reload', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Policy', 'Policy för medborgardialog');
  await page.getByRole('link', { name: 'Till biblioteket' }).click();
  await createDocument(page, 'Handbok', 'Handbok med alla block');
  const id = decodeURIComponent(page.url().split('/').pop()!);
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');

  await slashCommand(page, 'princip', 'Princip');
  await line(page, 'Invånaren i fokus');
  await rich(page, 'Vi utgår från invånarnas behov.');

  await slashCommand(page, 'roll', 'Roll och ansvar');
  await line(page, 'Chefer');
  await line(page, 'ansvarar för att');
  await rich(page, 'kvaliteten följs upp.');

  await slashCommand(page, 'metod', 'Metodstöd');
  await line(page, 'PDCA');
  await rich(page, 'Att förbättra arbetet stegvis.');
  await rich(page, 'När en process ska förbättras.');
  await line(page, 'Planera'); // step 1: title, then its guidance
  await rich(page, 'Beskriv nuläget och målet.');
  await line(page, 'Genomföra'); // the last field of a step moves on to a new step
  await rich(page, 'Pröva förändringen i liten skala.');
  await page.keyboard.press('Enter'); // Enter on the empty third step leaves the steps
  await rich(page, 'Mall för förbättringsarbete.');

  await slashCommand(page, 'mål', 'Mål');
  await line(page, 'Mål för 2027');
  await line(page, 'Fler invånare är nöjda med bemötandet');
  await line(page, 'Nöjd-Kund-Index');
  await line(page, 'minst 75');
  await page.keyboard.press('Enter'); // leave the empty second goal

  await slashCommand(page, 'definition', 'Definition');
  await line(page, 'Kvalitet');
  await rich(page, 'Hur väl en tjänst motsvarar behoven.');
  await line(page, 'SOU 2009:32');

  await slashCommand(page, 'jämförelse', 'Jämförelsetabell');
  await line(page, 'Från och till');
  // Tab moves from cell to cell; in the last cell it adds a row, as in Word.
  for (const cell of ['Från', 'Till', 'Detaljstyrning', 'Tillit', 'Kontroll', 'Dialog', 'Styrning']) {
    await page.keyboard.type(cell);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('Ledning');
  await expect.poll(() => editor.locator('.doc-block--comparison tr').count()).toBe(4);

  await clickAtEndOfDocument(page);
  await slashCommand(page, 'årshjul', 'Årshjul');
  await line(page, 'Årshjul för uppföljning');
  await page.keyboard.press('Enter'); // from "Januari" to its activities
  await rich(page, 'Verksamhetsplanen börjar gälla.');

  await clickAtEndOfDocument(page);
  await slashCommand(page, 'stegmodell', 'Stegmodell');
  await line(page, 'Dialogtrappan');
  await line(page, 'Information');
  await rich(page, 'Vi berättar om beslut.');
  await line(page, 'Dialog');
  await rich(page, 'Vi samtalar för att förstå.');
  await page.keyboard.press('Enter'); // leave the empty third level

  await slashCommand(page, 'notera', 'Notera');
  await rich(page, 'Handboken revideras varje mandatperiod.');

  await slashCommand(page, 'hänvisning', 'Hänvisning till dokument');
  await page.getByLabel('Hänvisa till').selectOption({ label: 'Policy för medborgardialog (Policy)' });
  await editor.getByRole('link', { name: 'Policy för medborgardialog' }).waitFor();

  await clickAtEndOfDocument(page);
  await slashCommand(page, 'bild', 'Bild');
  const imageDialog = page.getByRole('dialog', { name: 'Infoga bild' });
  // A file that is not an image is refused with its name; nothing is inserted.
  await imageDialog.getByLabel('Bildfil').setInputFiles({ name: 'anteckningar.txt', mimeType: 'text/plain', buffer: Buffer.from('text') });
  await imageDialog.getByRole('alert').getByText('Filen ”anteckningar.txt” är inte en bild i formatet PNG, JPEG eller GIF.').waitFor();
  expect(await imageDialog.getByRole('button', { name: 'Infoga' }).isDisabled()).toBe(true);
  await imageDialog.getByLabel('Bildfil').setInputFiles({ name: 'arshjul.png', mimeType: 'image/png', buffer: PNG });
  expect(await imageDialog.getByRole('button', { name: 'Infoga' }).isDisabled()).toBe(true); // alt text still missing
  await imageDialog.getByLabel('Alternativtext', { exact: true }).fill('Årshjulet med tolv månader');
  await imageDialog.getByLabel('Bildtext (valfri)').fill('Figur 1. Årshjulet');
  await imageDialog.getByRole('button', { name: 'Infoga' }).click();
  // Should the image not arrive, the page's own errors say why.
  await editor
    .getByRole('img', { name: 'Årshjulet med tolv månader' })
    .waitFor()
    .catch((error: unknown) => {
      throw new Error(`${String(error)}\nThe page said: ${errors.join(' | ') || 'nothing'}`);
    });

  // A footnote mark follows the word directly, so it comes from the insert menu rather than "/".
  await page.keyboard.type('Enligt kommunallagen');
  await page.getByRole('combobox', { name: 'Infoga block…' }).selectOption({ label: 'Fotnot' });
  const footnoteDialog = page.getByRole('dialog', { name: 'Infoga fotnot' });
  await footnoteDialog.getByLabel('Fotnotens text').fill('Kommunallag (2017:725).');
  await footnoteDialog.getByRole('button', { name: 'Infoga' }).click();
  await page.keyboard.type(' gäller detta.');
  await expect.poll(() => editor.locator('.footnote').getAttribute('data-number')).toBe('1');

  await page.keyboard.press('Enter');
  await slashCommand(page, 'sidbrytning', 'Sidbrytning');
  await editor.getByRole('separator', { name: 'Sidbrytning' }).waitFor();
  await slashCommand(page, 'tabell', 'Tabell');
  await page.keyboard.type('Roll');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ansvar');

  await waitUntilSaved(page);
  await expect.poll(async () => JSON.stringify(await storedContent(page, id))).toContain('"text":"Ansvar"');
  const before = await storedContent(page, id);
  const text = JSON.stringify(before);
  for (const expected of [
    'Vi utgår från invånarnas behov.',
    'kvaliteten följs upp.',
    'Pröva förändringen i liten skala.',
    'Mall för förbättringsarbete.',
    'minst 75',
    'SOU 2009:32',
    'Dialog',
    'Verksamhetsplanen börjar gälla.',
    'Vi samtalar för att förstå.',
    'Handboken revideras varje mandatperiod.',
    'Årshjulet med tolv månader',
    'Kommunallag (2017:725).',
  ]) {
    expect(text).toContain(expected);
  }
  const types = (before as { root: { children: { type: string }[] } }).root.children.map((node) => node.type);
  for (const type of [...TOP_LEVEL_BLOCK_TYPES, 'reference', 'image', 'page-break', 'table']) {
    expect(types).toContain(type);
  }
  // Steps and goals: exactly the ones typed; the empty ones the writer left were removed.
  expect(text.match(/"type":"method-step"/g)).toHaveLength(2);
  expect(text.match(/"type":"goal"/g)).toHaveLength(1);
  expect(text.match(/"type":"stage"/g)).toHaveLength(2);
  await page.screenshot({ path: new URL('./screenshots/every-block.png', import.meta.url).pathname, fullPage: true });

  // After a reload the editor holds the same content: an edit made and undone stores it again unchanged.
  await page.reload();
  await editor.locator('.doc-block--method-guide').waitFor();
  await editor.getByRole('link', { name: 'Policy för medborgardialog' }).waitFor();
  await clickAtEndOfDocument(page);
  await page.keyboard.type('x');
  await waitUntilSaved(page);
  await expect.poll(async () => JSON.stringify(await storedContent(page, id))).not.toEqual(JSON.stringify(before));
  await page.keyboard.press('Control+z');
  await waitUntilSaved(page);
  await expect.poll(() => storedContent(page, id)).toEqual(before);
  expect(errors).toEqual([]);
  await context.close();
});

it('undo and redo take back and restore typing, a whole inserted block, and a move', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Handbok', 'Ångra och gör om');
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Första stycket.');
  await page.keyboard.press('Enter');
  await slashCommand(page, 'princip', 'Princip');
  await page.keyboard.type('Tydligt ansvar');
  const principles = editor.locator('.doc-block--principle');
  await expect.poll(() => principles.count()).toBe(1);

  // Move the principle above the paragraph before it, then undo the move.
  const order = () => editor.locator(':scope > *').evaluateAll((nodes) => nodes.map((node) => node.textContent?.slice(0, 20)));
  const beforeMove = await order();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect.poll(order).not.toEqual(beforeMove);
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect.poll(order).toEqual(beforeMove);

  // Undo until the block is gone, then redo brings it back with its text.
  for (let attempt = 0; attempt < 10 && (await principles.count()) > 0; attempt += 1) {
    await page.keyboard.press('Control+z');
  }
  expect(await principles.count()).toBe(0);
  await editor.getByText('Första stycket.').waitFor();
  for (let attempt = 0; attempt < 10 && !(await editor.getByText('Tydligt ansvar').isVisible()); attempt += 1) {
    await page.keyboard.press('Control+Shift+z');
  }
  await expect.poll(() => principles.locator('.doc-field--title').textContent()).toBe('Tydligt ansvar');
  expect(errors).toEqual([]);
  await context.close();
});

/** Every block type the registry declares, each variant on its own: the name and words the slash menu finds it by. */
interface DeclaredBlock {
  type: TopLevelBlockType;
  variant: string | undefined;
  keyword: string;
  name: string;
}
const DECLARED = TOP_LEVEL_BLOCK_TYPES.flatMap((type): DeclaredBlock[] => {
  const { variants, keywords = [] } = BLOCK_DECLARATIONS[type];
  const words = sv.blocks[type] as { name: string; variants?: Record<string, string> };
  if (!variants) return [{ type, variant: undefined, keyword: keywords[0]!, name: words.name }];
  return Object.entries(variants).map(([variant, declared]) => ({ type, variant, keyword: declared.keywords[0]!, name: words.variants![variant]! }));
});

it('finds every declared block type in the slash menu by its first word, and stores and reloads it', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Handbok', 'Handbok med varje blocktyp');
  const id = decodeURIComponent(page.url().split('/').pop()!);
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  for (const { type, variant, keyword, name } of DECLARED) {
    await clickAtEndOfDocument(page);
    await page.keyboard.press('Enter');
    await slashCommand(page, keyword, name);
    // The caret stands in the block's first field.
    await page.keyboard.type(`Första fältet i ${variant ?? type}`);
  }
  await waitUntilSaved(page);
  const text = (nodes: unknown) => JSON.stringify(nodes);
  await expect.poll(async () => text(await storedContent(page, id))).toContain(`Första fältet i ${DECLARED.at(-1)!.variant ?? DECLARED.at(-1)!.type}`);
  const stored = (await storedContent(page, id)) as { root: { children: { type: string; variant?: string }[] } };
  for (const { type, variant } of DECLARED) {
    const block = stored.root.children.find((node) => node.type === type && node.variant === variant);
    expect(block, `${type} ${variant ?? ''}`).toBeDefined();
    expect(text(block)).toContain(`Första fältet i ${variant ?? type}`);
  }

  await page.reload();
  for (const { type, variant } of DECLARED) {
    await editor.locator(`.doc-block--${type}`).getByText(`Första fältet i ${variant ?? type}`).waitFor();
  }
  expect(await storedContent(page, id)).toEqual(stored);
  expect(errors).toEqual([]);
  await context.close();
});
