import { expect, it } from 'vitest';
import { skipOnboarding } from './support/actions';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();

it('switches the whole interface to English and back, and remembers the choice', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await page.getByLabel('Språk').selectOption('en');
  await page.getByRole('heading', { name: 'The library is empty' }).waitFor();
  await page.getByRole('link', { name: 'Settings' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

  await page.reload();
  await page.getByRole('heading', { name: 'The library is empty' }).waitFor();
  await page.getByRole('button', { name: '+ New document' }).click();
  const dialog = page.getByRole('dialog', { name: 'New document' });
  await dialog.getByRole('radio', { name: /^Guideline/ }).waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByLabel('Language').selectOption('sv');
  await page.getByRole('heading', { name: 'Biblioteket är tomt' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
  expect(errors).toEqual([]);
  await context.close();
});
