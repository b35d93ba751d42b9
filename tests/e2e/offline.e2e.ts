import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SAMPLE_HANDBOOK } from './support/actions';
import { openApp, useBrowser } from './support/browser';

/*
 * The browser build's service worker (vite.web.config.ts, renderer/src/app/offline-updates.tsx). Every
 * test, here and in the other files, opens a fresh browser context: a worker and its cache live in
 * that context only, so no later test is ever served an earlier build.
 */

const browser = useBrowser();

/** Waits until the service worker has cached the app and controls the page. */
async function waitUntilControlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

it('reloads without a network: the library shows and a document opens', async () => {
  const { context, page, errors } = await openApp(browser());
  await page.getByRole('button', { name: 'Gör det senare' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Öppna exempelbiblioteket' }).click();
  await page.getByRole('link', { name: SAMPLE_HANDBOOK, exact: true }).waitFor();
  await waitUntilControlled(page);

  await context.setOffline(true);
  // Plainly offline: the server cannot be reached past the worker.
  expect(await page.evaluate(() => fetch('/nowhere-' + Date.now()).then(() => 'reached', () => 'offline'))).toBe('offline');
  await page.reload();
  await page.getByRole('link', { name: SAMPLE_HANDBOOK, exact: true }).click();
  await page.getByRole('textbox', { name: 'Dokumentets innehåll' }).getByText('1 Inledning').waitFor();

  // What loads only later is at hand too: the Word-import and PDF workers and the export fonts.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });
  expect(cached.some((url) => /word-import\.worker-.*\.js$/.test(url))).toBe(true);
  expect(cached.some((url) => /pdf\.worker.*\.mjs$/.test(url))).toBe(true);
  expect(cached.filter((url) => url.endsWith('.woff2')).length).toBeGreaterThan(10);
  expect(errors.filter((error) => !error.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  await context.close();
});

it('says when a new version is ready, and "Ladda om" starts it', async () => {
  const { context, page, errors } = await openApp(browser());
  await page.getByRole('button', { name: 'Gör det senare' }).click();
  await waitUntilControlled(page);
  const first = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

  // A new build is published: the same worker with other bytes, as a new build's precache list makes it.
  await context.route('**/sw.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// a newer build\n` });
  });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  const notice = page.getByRole('status').filter({ hasText: 'En ny version av Handbok finns' });
  await notice.waitFor();
  await page.screenshot({ path: 'tests/e2e/screenshots/offline-update.png' });
  // Until the user chooses, the page keeps running the version it started with.
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(first);
  const waitingBefore = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null);
  expect(waitingBefore).toBe(true);

  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Ladda om' }).click()]);
  await page.getByRole('heading', { name: 'Biblioteket är tomt' }).waitFor();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  await expect.poll(() => page.getByText('En ny version av Handbok finns').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
