import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();

const screenshot = (name: string) => resolve(import.meta.dirname, 'screenshots', name);

it('a new user opens the sample library from the empty library and reads the handbook', async () => {
  const { context, page, errors } = await openApp(browser());
  await page.getByLabel('Kommunens eller organisationens namn').fill('Sjövik kommun');
  await page.getByRole('button', { name: 'Kom igång' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Öppna exempelbiblioteket' }).click();
  const added = page.getByText(/exempeldokument har lagts till/);
  await added.waitFor();
  await page.getByRole('status').getByRole('button', { name: 'Stäng' }).click();
  await added.waitFor({ state: 'detached' });

  // Grouped by kind, with status.
  await page.getByRole('heading', { name: /^Handböcker/ }).waitFor();
  await page.getByRole('heading', { name: /^Policyer/ }).waitFor();
  await page.getByRole('heading', { name: /^Riktlinjer/ }).waitFor();
  const handbook = page.getByRole('row').filter({ hasText: 'Kvalitetshandbok' });
  expect(await handbook.textContent()).toContain('Gällande');
  await page.screenshot({ path: screenshot('library.png') });

  await handbook.getByRole('link').click();
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await expect.poll(async () => (await editor.textContent())?.length ?? 0).toBeGreaterThan(5000);
  expect(await page.getByRole('region', { name: 'Beslutshistorik' }).getByLabel('Beslutsinstans').count()).toBeGreaterThan(0);
  await page.screenshot({ path: screenshot('document.png') });
  expect(errors).toEqual([]);
  await context.close();
});
