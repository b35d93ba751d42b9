import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { hostileFixtures } from '../support/hostile';
import { skipOnboarding } from './support/actions';
import { openApp, useBrowser } from './support/browser';
import { watchFrames } from './support/frames';

const browser = useBrowser();

/** The bound: the window draws a frame at least this often while a hostile file is opened. */
const LONGEST_FROZEN_MS = 200;

async function importBytes(page: Page, name: string, bytes: Uint8Array) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera…' }).first().click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(bytes) });
}

/** Opens every document the library lists, looks at its quality tab, and goes back. */
async function openEveryDocument(page: Page) {
  const links = page.getByRole('row').getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    await links.nth(index).click();
    await page.getByRole('link', { name: 'Till biblioteket' }).waitFor();
    const quality = page.getByRole('tab', { name: 'Kvalitet' });
    if (await quality.count()) await quality.click();
    // Checks and layout run after the first paint: give them time to freeze the window, if they would.
    await page.waitForTimeout(800);
    await page.getByRole('link', { name: 'Till biblioteket' }).click();
    await links.first().waitFor();
  }
}

it.each(hostileFixtures.map((fixture) => [fixture.name, fixture] as const))(
  '%s: refused or opened with the window responsive throughout',
  async (name, fixture) => {
    const { context, page, errors } = await openApp(browser());
    await skipOnboarding(page);
    const frames = await watchFrames(page);
    await importBytes(page, `${name}.handbok`, fixture.bytes());
    if (fixture.outcome === 'refused') {
      await page.getByText(`Filen ”${name}.handbok” importerades inte, och biblioteket är oförändrat.`, { exact: false }).waitFor();
      await page.getByRole('heading', { name: 'Biblioteket är tomt' }).waitFor();
    } else {
      await page.getByText(`importerades från ”${name}.handbok”.`, { exact: false }).waitFor();
      await openEveryDocument(page);
    }
    expect(await frames.longestGap(), fixture.tries).toBeLessThan(LONGEST_FROZEN_MS);
    expect(errors).toEqual([]);
    await context.close();
  },
  120_000,
);
