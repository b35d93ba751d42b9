import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { documentIdOf, SAMPLE_HANDBOOK } from './support/actions';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();
const screenshot = (name: string) => resolve(import.meta.dirname, 'screenshots', name);
const AXE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/** What axe finds wrong on the page as it stands, one line per rule and element. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a script tag: the app's policy allows no inline script.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document);
    return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
  });
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

async function openSampleLibrary(page: Page) {
  await page.getByRole('button', { name: 'Gör det senare' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Öppna exempelbiblioteket' }).click();
  await page.getByRole('link', { name: SAMPLE_HANDBOOK, exact: true }).waitFor();
}

it('the adopted handbook opens in reading mode: nothing editable, axe-clean, contents that follow the scroll, Redigera to the editor', async () => {
  const { context, page, errors } = await openApp(browser());
  await openSampleLibrary(page);
  await page.getByRole('link', { name: SAMPLE_HANDBOOK, exact: true }).click();

  const reading = page.getByRole('region', { name: SAMPLE_HANDBOOK });
  await reading.getByRole('heading', { name: '1 Inledning', level: 2 }).waitFor();
  expect(page.url()).not.toContain('redigera');
  expect(await page.locator('[contenteditable="true"]').count()).toBe(0);
  expect(await page.getByRole('textbox').count()).toBe(0);
  // Numbered headings and the structured blocks as the exports draw them.
  await reading.getByRole('heading', { name: '4.1 Förbättringscykeln PUFF' }).waitFor();
  expect(await reading.locator('.block.method-guide').count()).toBeGreaterThan(0);
  expect(await reading.locator('.block.principle').count()).toBeGreaterThan(0);
  expect(await axeViolations(page)).toEqual([]);

  // The contents mark the section being read as the page scrolls, and jump on a click.
  const contents = page.getByRole('navigation', { name: 'Innehåll' });
  expect(await contents.locator('[aria-current="location"]').textContent()).toContain('Inledning');
  await reading.getByRole('heading', { name: '4.1 Förbättringscykeln PUFF' }).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect.poll(() => contents.locator('[aria-current="location"]').textContent()).toContain('Förbättringscykeln PUFF');
  await contents.getByRole('button', { name: /^2\s*\S/ }).first().click();
  await expect.poll(() => contents.locator('[aria-current="location"]').textContent()).toMatch(/^2\b/);
  await page.screenshot({ path: screenshot('reading.png') });

  // At 200 % zoom of a 1280 px wide window the page does not scroll sideways.
  await page.setViewportSize({ width: 640, height: 450 });
  await expect.poll(() => noSidewaysScroll(page)).toBe(true);
  await page.screenshot({ path: screenshot('reading-zoom.png') });
  await page.setViewportSize({ width: 1400, height: 900 });

  // One deliberate step to the editor, which shows an adopted document read-only with Revidera; and back.
  await page.getByRole('link', { name: 'Redigera' }).click();
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await editor.getByText('1 Inledning').waitFor();
  expect(await editor.getAttribute('contenteditable')).toBe('false');
  await page.getByTestId('version-banner').getByRole('button', { name: 'Revidera' }).waitFor();
  await page.getByRole('link', { name: 'Läsläge' }).click();
  await reading.getByRole('heading', { name: '1 Inledning', level: 2 }).waitFor();
  expect(await page.locator('[contenteditable="true"]').count()).toBe(0);

  expect(errors).toEqual([]);
  await context.close();
});

it('Metodstöd lists PUFF and opens it in reading mode at its block, marked; the address alone does the same', async () => {
  const { context, page, errors } = await openApp(browser());
  await openSampleLibrary(page);

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Metodstöd' }).click();
  await page.getByRole('heading', { name: 'Metodstöd', level: 1 }).waitFor();
  const puff = page.getByRole('main').getByRole('link', { name: /PUFF/ });
  await puff.waitFor();
  const names = await page.locator('.at-hand__name').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv', { sensitivity: 'base' })));
  expect(await page.getByRole('main').textContent()).toContain(`Dokument: ${SAMPLE_HANDBOOK}`);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: screenshot('methods.png') });

  const href = (await puff.getAttribute('href'))!;
  expect(href).toMatch(/^#\/dokument\/[^/]+\/las\?block=/);
  await puff.click();
  const marked = page.locator('.reading__block--marked');
  await marked.waitFor();
  expect(await marked.textContent()).toContain('PUFF');
  expect(await marked.evaluate((element) => element === document.activeElement)).toBe(true);
  await expect.poll(() => marked.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(200);

  // The same address typed or bookmarked opens there too.
  const id = documentIdOf(page.url());
  await page.goto(new URL(`/${href}`, page.url()).href);
  await page.reload();
  await marked.waitFor();
  expect(await marked.textContent()).toContain('PUFF');
  expect(documentIdOf(page.url())).toBe(id);
  await expect.poll(() => marked.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(200);

  // Vem ansvarar för vad lists the roles, each with its first responsibility.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Vem ansvarar för vad' }).click();
  await page.getByRole('heading', { name: 'Vem ansvarar för vad', level: 1 }).waitFor();
  await page.getByRole('main').getByRole('link', { name: 'Chefer' }).first().waitFor();

  expect(errors).toEqual([]);
  await context.close();
});
