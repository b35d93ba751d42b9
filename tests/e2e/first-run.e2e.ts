import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { openApp, useBrowser } from './support/browser';

const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures', name);
const browser = useBrowser();

it('a new user sets up the organisation on first run, and it is kept', async () => {
  const { context, page, errors } = await openApp(browser());
  await page.getByRole('heading', { name: 'Välkommen till Handbok' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');

  // Nothing is accepted without a name, and the user is told why.
  await page.getByRole('button', { name: 'Kom igång' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('Skriv organisationens namn');

  await page.getByLabel('Kommunens eller organisationens namn').fill('Sjövik kommun');
  await page.getByLabel('Förvaltning eller kontor').fill('Kommunledningskontoret');
  // The profile is saved as it is typed; the first-run screen stays all the same until the user is done.
  await page.waitForTimeout(1500);
  await page.getByRole('heading', { name: 'Välkommen till Handbok' }).waitFor();

  // A file that is not an image is refused with its name in the message; a PNG becomes the logo.
  await page.locator('input[type=file]').setInputFiles(fixture('not-an-image.txt'));
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('”not-an-image.txt” är inte en bild');
  await page.locator('input[type=file]').setInputFiles(fixture('logo.png'));
  await page.getByRole('img', { name: 'Logotyp för Sjövik kommun' }).waitFor();

  // The first run asks only for what is needed to start; the rest waits in the settings, and it says so.
  const form = page.locator('.onboarding form');
  expect(await form.getByRole('group').allTextContents()).toEqual([expect.stringContaining('Logotyp')]);
  expect(await form.getByRole('textbox').count()).toBe(2);
  for (const later of ['Husstil för export', 'Tjänsteskrivelser', 'Nämnder och styrelser', 'Personer']) {
    expect(await page.getByRole('group', { name: later }).count(), later).toBe(0);
  }
  await page.getByText('Husstil, tjänsteskrivelser, nämnder och personer ställer du in under Inställningar').waitFor();
  await page.screenshot({ path: 'test-results/first-run.png' });

  await page.getByRole('button', { name: 'Kom igång' }).click();
  await page.getByRole('heading', { name: 'Biblioteket är tomt' }).waitFor();
  expect(await page.locator('.sidebar__org').textContent()).toBe('Sjövik kommun');

  // In the settings: the usual bodies are offered; the user adds a committee and a person.
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('heading', { name: 'Inställningar' }).waitFor();
  await page.getByRole('group', { name: 'Husstil för export' }).waitFor();
  await page.getByRole('group', { name: 'Tjänsteskrivelser' }).waitFor();
  expect(await page.getByLabel('Namn', { exact: true }).first().inputValue()).toBe('Kommunfullmäktige');
  await page.getByRole('button', { name: '+ Lägg till organ' }).click();
  await page.getByLabel('Namn', { exact: true }).nth(2).fill('Barn- och utbildningsnämnden');
  await page.getByLabel('Förkortning').nth(2).fill('BUN');
  await page.getByRole('button', { name: '+ Lägg till person' }).click();
  await page.getByLabel('Namn', { exact: true }).nth(3).fill('Karin Ek');
  await page.getByLabel('Titel', { exact: true }).fill('Kvalitetsstrateg');
  await page.getByLabel('E-post', { exact: true }).fill('karin.ek@sjovik.example');
  // Saved 0.4 s after the last keystroke.
  await page.waitForTimeout(600);
  await page.locator('[data-save-state="saved"]').first().waitFor();

  // Reload: no second welcome, and the profile is all there in the settings.
  await page.reload();
  await page.getByRole('heading', { name: 'Inställningar' }).waitFor();
  expect(await page.getByLabel('Kommunens eller organisationens namn').inputValue()).toBe('Sjövik kommun');
  expect(await page.getByLabel('Förvaltning eller kontor').inputValue()).toBe('Kommunledningskontoret');
  expect(await page.getByLabel('Förkortning').nth(2).inputValue()).toBe('BUN');
  expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe('Kvalitetsstrateg');
  await page.getByRole('img', { name: 'Logotyp för Sjövik kommun' }).first().waitFor();

  expect(errors).toEqual([]);
  await context.close();
});

it('a user who skips the first run can still use the library and set up later', async () => {
  const { context, page, errors } = await openApp(browser());
  await page.getByRole('button', { name: 'Gör det senare' }).click();
  await page.getByRole('heading', { name: 'Biblioteket är tomt' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Biblioteket är tomt' }).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});
