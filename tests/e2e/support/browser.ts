import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
// Debian's Chromium with the flags for a closed network, started as the command line's PDF printing
// starts it; the tests never download a browser of their own.
import { CHROMIUM, CHROMIUM_ARGS } from '../../../electron/cli/pdf-tools';

export { CHROMIUM };

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * One Chromium for the test file, started before its first test and closed after its last. Each test
 * still opens its own empty profile with `openApp`.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());
  return () => {
    if (!browser) throw new Error('The browser has not started');
    return browser;
  };
}

/** Fails the test on any error the page reports: an uncaught exception or a console error. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** A fresh, empty profile (its own IndexedDB) with one page open on the app. */
export async function openApp(browser: Browser, path = '/'): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(new URL(path, baseUrl()).href);
  return { context, page, errors };
}

/**
 * A profile kept on disk, for tests that close the whole browser and start it again, as a user who
 * quits and comes back the next day.
 */
export async function persistentProfile() {
  const directory = await mkdtemp(join(tmpdir(), 'handbok-profile-'));
  return {
    open: async () => {
      const context = await chromium.launchPersistentContext(directory, {
        executablePath: CHROMIUM,
        args: CHROMIUM_ARGS,
        headless: true,
        locale: 'sv-SE',
        viewport: { width: 1400, height: 900 },
      });
      const page = context.pages()[0] ?? (await context.newPage());
      const errors = watchForErrors(page);
      await page.goto(baseUrl());
      return { context, page, errors };
    },
    /**
     * Kills every process of the browser at once (SIGKILL), as a power cut or a crash would: nothing
     * is closed or flushed on the way out.
     */
    kill: () => {
      const pids = execFileSync('pgrep', ['-f', `user-data-dir=${directory}`], { encoding: 'utf8' }).split('\n').filter(Boolean);
      for (const pid of pids) {
        try {
          process.kill(Number(pid), 'SIGKILL');
        } catch {
          // Gone already with its parent.
        }
      }
    },
    remove: () => rm(directory, { recursive: true, force: true }),
  };
}
