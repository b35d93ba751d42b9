import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Steps a user takes again and again, written as they would describe them. */

export async function skipOnboarding(page: Page) {
  await page.getByRole('button', { name: 'Gör det senare' }).click();
  await page.getByRole('heading', { name: 'Biblioteket är tomt' }).waitFor();
}

export async function createDocument(page: Page, kind: string, title: string) {
  await page.getByRole('button', { name: '+ Nytt dokument' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nytt dokument' });
  await dialog.getByRole('radio', { name: new RegExp(`^${kind}`) }).check();
  await dialog.getByLabel('Dokumentnamn').fill(title);
  await dialog.getByRole('button', { name: 'Skapa' }).click();
  await page.getByRole('link', { name: 'Till biblioteket' }).waitFor();
}

/**
 * Waits until the document screen says that everything is stored. Two animation frames first, so that
 * an edit just made has reached the indicator (it re-renders after the editor's update) and an old
 * "saved" is not taken for the new one.
 */
export async function waitUntilSaved(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.locator('[data-save-state="saved"]').waitFor();
}

export function libraryRow(page: Page, title: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
}

/**
 * Clicks in the empty space below the last line, which puts the cursor at the end of the document.
 * The point is taken from the editor as it stands once its height has held for two frames and no
 * dialog is open any more: measured earlier, while the screen was still settling (a closing dialog, a
 * document still loading), the point could fall outside the editor on a slow machine.
 */
export async function clickAtEndOfDocument(page: Page) {
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
  await editor.evaluate(async (element) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let height = -1;
    while (height !== element.getBoundingClientRect().height) {
      height = element.getBoundingClientRect().height;
      await frame();
      await frame();
    }
    // A long document reaches below the window: bring its end into view.
    element.scrollIntoView({ block: 'end' });
  });
  const box = await editor.boundingBox();
  if (!box) throw new Error('The editor is not on screen');
  await page.mouse.click(box.x + 60, box.y + box.height - 12);
}

/**
 * The content of a document as IndexedDB holds it, read past the app, as JSON text: content nested
 * too deep for Playwright to pass as an object still arrives.
 */
export function storedJson(page: Page, id: string): Promise<string> {
  return page.evaluate(
    (key) =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('handbok');
        request.onsuccess = () => {
          const get = request.result.transaction('contents').objectStore('contents').get(key);
          get.onsuccess = () => {
            request.result.close();
            const stored: unknown = get.result?.content;
            resolve(typeof stored === 'string' ? stored : JSON.stringify(stored ?? null));
          };
          get.onerror = () => reject(get.error);
        };
        request.onerror = () => reject(request.error);
      }),
    id,
  );
}

/** The content of a document as IndexedDB holds it, read past the app. */
export async function storedContent(page: Page, id: string): Promise<unknown> {
  return JSON.parse(await storedJson(page, id));
}

/**
 * Types "/command" and picks the entry with Enter once it is the highlighted one, as a user who looks
 * at the menu before pressing Enter would.
 */
export async function slashCommand(page: Page, command: string, option: string) {
  await page.keyboard.type(`/${command}`);
  await page.getByRole('listbox', { name: 'Infoga' }).getByRole('option', { name: option, exact: true, selected: true }).waitFor();
  await page.keyboard.press('Enter');
}

export const SAMPLE_HANDBOOK = 'Kvalitetshandbok för Sjövik kommun';

/**
 * From the first start: skips the onboarding, opens the sample library and its handbook in the editor.
 * The handbook is adopted, so it opens in reading mode; "Redigera" is the one step to the editor.
 */
export async function openSampleHandbook(page: Page) {
  await page.getByRole('button', { name: 'Gör det senare' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Öppna exempelbiblioteket' }).click();
  await page.getByRole('row').filter({ has: page.getByRole('link', { name: SAMPLE_HANDBOOK, exact: true }) }).getByRole('link').click();
  await editAdoptedDocument(page);
  await page.getByRole('textbox', { name: 'Dokumentets innehåll' }).getByText('1 Inledning').waitFor();
}

/** From the reading mode an adopted document opens in, to its editor. */
/**
 * Opens the document the page shows in the editor: an adopted one opens in reading mode, from which
 * "Redigera" leads to the editor; any other opens there already.
 */
export async function openInEditor(page: Page) {
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await page.getByTestId('reading-view').or(editor).first().waitFor();
  if (await page.getByTestId('reading-view').isVisible()) await editAdoptedDocument(page);
}

export async function editAdoptedDocument(page: Page) {
  await page.getByTestId('reading-view').getByRole('link', { name: 'Redigera' }).click();
  await page.getByRole('textbox', { name: 'Dokumentets innehåll' }).waitFor();
}

/** The id of the document the page shows, from its address (#/dokument/ID, #/dokument/ID/redigera …). */
export const documentIdOf = (url: string): string => decodeURIComponent(new URL(url).hash.split('?')[0]!.split('/')[2]!);

/**
 * Opens the sample handbook and starts its revision: the handbook is adopted, and so read-only until
 * "Revidera" opens a draft, which is what a user who wants to change it does.
 */
export async function openSampleHandbookDraft(page: Page) {
  await openSampleHandbook(page);
  await page.getByTestId('version-banner').getByRole('button', { name: 'Revidera' }).click();
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await expect.poll(() => editor.getAttribute('contenteditable')).toBe('true');
  await editor.getByText('1 Inledning').waitFor();
}

/** Pastes as the browser does: a paste event carrying the clipboard's types, at the cursor. */
export async function paste(page: Page, data: Record<string, string>) {
  await page.evaluate((types) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(types)) transfer.setData(type, value);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}
