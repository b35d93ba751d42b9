import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
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

/** The worker the preview server serves, from the build that the e2e setup made. */
const SERVICE_WORKER_FILE = resolve(import.meta.dirname, '../../out/web/sw.js');

/** Waits until the service worker has cached the app and controls the page. */
async function waitUntilControlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** Waits until the new worker has installed and waits, so the served file may be put back. */
async function whenNewVersionReady(page: Page, first: string | undefined) {
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null, undefined, { timeout: 30_000 });
  expect(first).toBeTruthy();
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
  // The adopted handbook opens in reading mode, drawn from what the offline page holds.
  await page.getByTestId('reading-view').getByText('1 Inledning').first().waitFor();

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

  // A new build is published: the served worker's precache list changes (index.html's revision, one
  // character, so the file keeps its length for the server's cached headers). The file is put back
  // after, for the test files that follow.
  const original = await readFile(SERVICE_WORKER_FILE, 'utf8');
  const newer = original.replace(/(url:"index\.html",revision:")([0-9a-f])/, (_, before: string, digit: string) => before + (digit === '0' ? '1' : '0'));
  expect(newer).not.toBe(original);
  try {
    await writeFile(SERVICE_WORKER_FILE, newer);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await whenNewVersionReady(page, first);
  } finally {
    await writeFile(SERVICE_WORKER_FILE, original);
  }

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
