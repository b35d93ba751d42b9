import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { editAdoptedDocument } from './support/actions';
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
  const handbook = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Kvalitetshandbok för Sjövik kommun', exact: true }) });
  expect(await handbook.textContent()).toContain('Gällande');
  await page.screenshot({ path: screenshot('library.png') });

  await handbook.getByRole('link').click();
  await editAdoptedDocument(page);
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await expect.poll(async () => (await editor.textContent())?.length ?? 0).toBeGreaterThan(5000);
  expect(await page.getByRole('region', { name: 'Beslutshistorik' }).getByLabel('Beslutsinstans').count()).toBeGreaterThan(0);
  await page.screenshot({ path: screenshot('document.png') });

  // The outline lists the headings; choosing one brings it into view.
  await page.getByRole('tab', { name: 'Disposition' }).click();
  const outline = page.getByRole('navigation', { name: 'Disposition' });
  await outline.getByRole('button', { name: '4.1 Förbättringscykeln PUFF' }).click();
  await expect.poll(() => editor.getByRole('heading', { name: '4.1 Förbättringscykeln PUFF' }).isVisible()).toBe(true);
  const headingBox = await editor.getByRole('heading', { name: '4.1 Förbättringscykeln PUFF' }).boundingBox();
  expect(headingBox!.y).toBeGreaterThan(0);
  expect(headingBox!.y).toBeLessThan(900);

  // The quality panel measures readability, for the whole and section by section.
  await page.getByRole('tab', { name: 'Kvalitet' }).click();
  const total = page.locator('.quality__total');
  await expect.poll(() => total.textContent()).toMatch(/Läsbarhet \(LIX\) för hela dokumentet: \d+ · (lättläst|normal|svårläst)/);
  expect(await page.locator('.quality__table tr').count()).toBeGreaterThan(10);
  await page.screenshot({ path: screenshot('quality.png') });
  expect(errors).toEqual([]);
  await context.close();
});
