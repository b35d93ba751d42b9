import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { BLOCK_ID_STATE_KEY } from '../../shared/model/block-ids';
import { syntheticHandbook } from '../../shared/model/synthetic-handbook';
import { skipOnboarding, storedJson, waitUntilSaved } from './support/actions';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();
const ID = 'lang-handbok';
const handbook = syntheticHandbook(60);

/** Puts the 60-page handbook straight into IndexedDB, in the stored shape, as a long-used library holds it. */
async function seedHandbook(page: Page) {
  await page.evaluate(
    ({ seed, id }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('handbok');
        request.onsuccess = () => {
          const tx = request.result.transaction(['documents', 'contents'], 'readwrite');
          const time = new Date().toISOString();
          tx.objectStore('documents').put({ id, formatVersion: 1, kind: seed.kind, title: seed.title, status: seed.status, metadata: seed.metadata, decisions: [], createdAt: time, updatedAt: time, deletedAt: null, revision: 0 });
          tx.objectStore('contents').put({ id, content: seed.content });
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { seed: handbook, id: ID },
  );
}

/**
 * Stored JSON with the ids of blocks made during the test (random in each run) replaced by their order
 * of appearance, so that two runs of the same keys compare equal.
 */
function comparable(json: string): string {
  const names = new Map<string, string>();
  return json.replace(new RegExp(`"${BLOCK_ID_STATE_KEY}":"([^"]+)"`, 'g'), (_match, id: string) => {
    if (!names.has(id)) names.set(id, `id-${names.size + 1}`);
    return `"${BLOCK_ID_STATE_KEY}":"${names.get(id)}"`;
  });
}

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Dokumentets innehåll' });
const chapters = (page: Page) => editorOf(page).locator(':scope > .editor__chapter');

/** The text of the top-level block that holds the caret, and the chapter (its index) that holds that block, or -1 without chapters. */
function caretPlace(page: Page) {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor__content')!;
    let node: Node | null = window.getSelection()!.anchorNode;
    while (node && node.parentElement !== editor && !(node.parentElement?.classList.contains('editor__chapter') && node.parentElement.parentElement === editor)) node = node.parentNode;
    const block = node as HTMLElement | null;
    const chapter = block?.parentElement?.classList.contains('editor__chapter') ? [...editor.children].indexOf(block.parentElement) : -1;
    return { text: block?.textContent?.slice(0, 24) ?? null, chapter };
  });
}

/**
 * Clicks at the very start of the top-level block whose text begins so. Blocks and chapters off screen
 * are laid out only as they come into view, which can move the block between scrolling and clicking:
 * the click is made again until the caret is in it.
 */
async function caretAtStartOf(page: Page, text: string) {
  const block = editorOf(page).getByText(text, { exact: false }).first();
  await expect
    .poll(async () => {
      await block.scrollIntoViewIfNeeded();
      await block.click({ position: { x: 2, y: 8 } });
      await press(page, 'Home');
      return (await caretPlace(page)).text?.startsWith(text.slice(0, 20));
    })
    .toBe(true);
}

/**
 * Presses a key and waits two frames: Lexical learns where the browser moved the caret from the
 * selectionchange event that follows, and a key pressed before that (faster than anyone types) would act
 * on the selection before.
 */
async function press(page: Page, key: string) {
  await page.keyboard.press(key);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Stored JSON after the change just made has been saved. */
async function stored(page: Page): Promise<string> {
  await waitUntilSaved(page);
  return storedJson(page, ID);
}

/**
 * The steps of the issue, as a user makes them, with the stored content after each. `chaptered` says
 * whether this run has chapters, where the test also checks that each step really crossed one.
 */
async function crossChapterSteps(page: Page, chaptered: boolean): Promise<string[]> {
  const editor = editorOf(page);
  await editor.getByText('2 Mellan i på').waitFor();
  const after: string[] = [];
  const chaptersAtStart = await chapters(page).count();
  expect(chaptersAtStart > 1).toBe(chaptered);

  // Backspace at the start of chapter 2 takes away the page break that closes chapter 1 (the first
  // Backspace selects it, the second removes it): its last paragraph now meets the heading.
  const pageBreaks = await editor.locator('.page-break').count();
  await caretAtStartOf(page, '2 Mellan i på');
  await page.keyboard.press('Backspace');
  if ((await editor.locator('.page-break').count()) === pageBreaks) await page.keyboard.press('Backspace');
  await expect.poll(() => editor.locator('.page-break').count()).toBe(pageBreaks - 1);
  after.push(await stored(page));

  // ↓ from the last line of chapter 1 lands in the heading that opens chapter 2, and ↑ goes back.
  await caretAtStartOf(page, 'Med chefer behov resultat');
  // The paragraph has more than one line: ↓ until the caret leaves it.
  for (let line = 0; line < 5 && (await caretPlace(page)).text?.startsWith('Med chefer'); line += 1) await press(page, 'ArrowDown');
  const below = await caretPlace(page);
  expect(below.text).toContain('2 Mellan i på');
  await page.keyboard.type('Ned');
  await press(page, 'ArrowUp');
  const above = await caretPlace(page);
  expect(above.text).toContain('Med chefer behov');
  if (chaptered) expect(below.chapter).toBe(above.chapter + 1);
  await page.keyboard.type('Upp');
  after.push(await stored(page));

  // Shift+↓ selects from chapter 1 into chapter 2; Backspace deletes that; Ctrl+Z brings it back.
  await caretAtStartOf(page, 'Med chefer behov resultat');
  const before = await stored(page);
  for (let i = 0; i < 3; i += 1) await press(page, 'Shift+ArrowDown');
  await page.keyboard.press('Backspace');
  const deleted = await stored(page);
  expect(deleted).not.toBe(before);
  expect(deleted).not.toContain('Med chefer behov');
  after.push(deleted);
  await page.keyboard.press('Control+z');
  expect(await stored(page)).toBe(before);

  // A section moves up across a chapter boundary with Alt+Shift+↑.
  await caretAtStartOf(page, '3 Att plan hur');
  await page.keyboard.press('Alt+Shift+ArrowUp');
  after.push(await stored(page));
  expect(after.at(-1)!.indexOf('3 Att plan hur')).toBeLessThan(after.at(-1)!.indexOf('2 Mellan i på'));

  // "# " at the start of a paragraph in the middle of a chapter makes it a heading of level 1 that opens a new chapter.
  await caretAtStartOf(page, 'Årlig alla de ansvar underlag');
  await page.keyboard.type('# ');
  after.push(await stored(page));
  if (chaptered) {
    await expect.poll(() => chapters(page).count()).toBe(chaptersAtStart + 1);
    expect(await chapters(page).locator(':scope > h1', { hasText: 'Årlig alla de ansvar' }).count()).toBe(1);
  }

  // Backspace at the start of that heading takes it back into the chapter before.
  await caretAtStartOf(page, 'Årlig alla de ansvar underlag');
  await page.keyboard.press('Backspace');
  after.push(await stored(page));
  if (chaptered) await expect.poll(() => chapters(page).count()).toBe(chaptersAtStart);

  // Ctrl+A selects the whole document, in every chapter; what is typed replaces it.
  await caretAtStartOf(page, 'Ned2 Mellan i på');
  await press(page, 'Control+a');
  expect(await page.evaluate(() => window.getSelection()!.toString().length)).toBeGreaterThan(100_000);
  await page.keyboard.type('Ny text');
  after.push(await stored(page));
  expect(after.at(-1)).not.toContain('Mellan i på');
  return after.map(comparable);
}

async function openHandbook(context: BrowserContext, page: Page, chapterMode: 'auto' | 'never') {
  await context.addInitScript((mode) => localStorage.setItem('handbok.chapters', mode), chapterMode);
  await skipOnboarding(page);
  await seedHandbook(page);
  await page.goto(new URL(`#/dokument/${ID}`, page.url()).href);
  await page.reload();
}

it('edits a 60-page handbook across chapter boundaries and stores exactly what one editor without chapters stores', async () => {
  const runs: string[][] = [];
  for (const mode of ['auto', 'never'] as const) {
    const { context, page, errors } = await openApp(browser());
    await openHandbook(context, page, mode);
    runs.push(await crossChapterSteps(page, mode === 'auto'));
    for (const json of runs.at(-1)!) expect(json).not.toContain('handbok-chapter');
    expect(errors).toEqual([]);
    await context.close();
  }
  expect(runs[0]).toEqual(runs[1]);
});

it('copies a selection across chapters as blocks, without the grouping', async () => {
  const { context, page, errors } = await openApp(browser());
  await openHandbook(context, page, 'auto');
  await caretAtStartOf(page, 'Med chefer behov resultat');
  for (let i = 0; i < 3; i += 1) await press(page, 'Shift+ArrowDown');
  const copied = await page.evaluate(() => {
    const transfer = new DataTransfer();
    document.activeElement!.dispatchEvent(new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true, cancelable: true }));
    return { text: transfer.getData('text/plain'), lexical: transfer.getData('application/x-lexical-editor') };
  });
  expect(copied.text).toContain('Med chefer behov');
  expect(copied.text).toContain('2 Mellan i på');
  expect(copied.lexical).toContain('2 Mellan i på');
  expect(copied.lexical).not.toContain('handbok-chapter');
  expect(errors).toEqual([]);
  await context.close();
});

it('Ctrl+End, Ctrl+Home and Page Down move the caret across chapters, and a mouse drag selects across them', async () => {
  const { context, page, errors } = await openApp(browser());
  await openHandbook(context, page, 'auto');
  const editor = editorOf(page);
  await caretAtStartOf(page, 'Med chefer behov resultat');
  const start = await caretPlace(page);
  await press(page, 'Control+End');
  const end = await caretPlace(page);
  expect(end.chapter).toBe((await chapters(page).count()) - 1);
  await press(page, 'Control+Home');
  expect((await caretPlace(page)).chapter).toBe(0);
  await caretAtStartOf(page, 'Med chefer behov resultat');
  for (let i = 0; i < 3; i += 1) await press(page, 'PageDown');
  expect((await caretPlace(page)).chapter).toBeGreaterThan(start.chapter);

  // From the first line of chapter 1's last paragraph to the middle of chapter 2's heading.
  const from = editor.getByText('Med chefer behov resultat').first();
  const to = editor.getByText('2 Mellan i på').first();
  await from.scrollIntoViewIfNeeded();
  const [a, b] = [(await from.boundingBox())!, (await to.boundingBox())!];
  await page.mouse.move(a.x + 40, a.y + 10);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
  const selected = await page.evaluate(() => window.getSelection()!.toString());
  expect(selected).toContain('chefer behov');
  expect(selected).toContain('2 Mel');
  expect(errors).toEqual([]);
  await context.close();
});

