import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openSampleHandbookDraft, waitUntilSaved } from './support/actions';
import { openApp, persistentProfile, useBrowser } from './support/browser';

const browser = useBrowser();

/** The renderer dies (no unload, no beforeunload, no last save); the same page is opened in a new window. */
async function crashAndReopen(context: BrowserContext, page: Page): Promise<Page> {
  const crashed = page.waitForEvent('crash');
  const session = await context.newCDPSession(page);
  void session.send('Page.crash').catch(() => undefined);
  await crashed;
  const reopened = await context.newPage();
  await reopened.goto(page.url());
  return reopened;
}

it('loses nothing typed before a pause of one second when the page then dies', async () => {
  const { context, page, errors } = await openApp(browser());
  await openSampleHandbookDraft(page);
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await editor.getByText('1 Inledning').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' – skrivet precis före kraschen', { delay: 20 });
  await page.waitForTimeout(1000);

  const reopened = await crashAndReopen(context, page);
  await reopened.getByRole('textbox', { name: 'Dokumentets innehåll' }).getByText('1 Inledning – skrivet precis före kraschen').waitFor();
  expect(errors.filter((error) => !error.includes('Target crashed'))).toEqual([]);
  await context.close();
});

it('loses nothing typed before a pause of one second when the whole browser is killed', async () => {
  const profile = await persistentProfile();
  try {
    const { page } = await profile.open();
    await openSampleHandbookDraft(page);
    const url = page.url();
    const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
    await editor.getByText('1 Inledning').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' – skrivet precis före strömavbrottet', { delay: 20 });
    await page.waitForTimeout(1000);
    profile.kill();

    const { context, page: reopened, errors } = await profile.open();
    await reopened.goto(url);
    await reopened.getByRole('textbox', { name: 'Dokumentets innehåll' }).getByText('1 Inledning – skrivet precis före strömavbrottet').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  } finally {
    await profile.remove();
  }
});

it('says when the disk is full, keeps the text, and offers it again after a crash', async () => {
  const { context, page, errors } = await openApp(browser());
  await openSampleHandbookDraft(page);
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });

  // The disk fills up: from now on IndexedDB refuses every write in this window, as Chromium does
  // when the quota is exhausted. (Chromium's quota override over CDP does not reach a database
  // that is already open, so the refusal is made at the IndexedDB API itself.)
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await editor.getByText('1 Inledning').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' – skrivet på en full disk');
  await page.getByText('Kunde inte spara: Det finns inte plats att spara mer på den här datorn.', { exact: false }).waitFor();
  await editor.getByText('1 Inledning – skrivet på en full disk').waitFor();

  // The window dies before a retry succeeds; space is freed; the document is opened again.
  const reopened = await crashAndReopen(context, page);
  const reopenedEditor = reopened.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await reopenedEditor.getByText('1 Inledning', { exact: true }).waitFor();
  const banner = reopened.getByRole('alert').filter({ hasText: 'Den senaste sparningen av dokumentet misslyckades' });
  await banner.getByRole('button', { name: 'Lägg tillbaka' }).click();
  await reopenedEditor.getByText('1 Inledning – skrivet på en full disk').waitFor();
  await waitUntilSaved(reopened);
  await expect(banner.count()).resolves.toBe(0);

  // Stored now: a fresh window shows it, and no longer offers anything to put back.
  await reopened.reload();
  await reopenedEditor.getByText('1 Inledning – skrivet på en full disk').waitFor();
  expect(await reopened.getByText('Den senaste sparningen av dokumentet misslyckades').count()).toBe(0);
  expect(errors.filter((error) => !error.includes('Target crashed'))).toEqual([]);
  await context.close();
});
