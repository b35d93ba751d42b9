import { expect, it } from 'vitest';
import { createDocument, libraryRow, skipOnboarding, waitUntilSaved } from './support/actions';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();

it('deleting moves a document to the trash, from which it is restored whole', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Riktlinje', 'Riktlinje för internkontroll');
  await page.getByRole('region', { name: 'Uppgifter' }).getByLabel('Diarienummer').fill('KS 2026/7');
  await waitUntilSaved(page);
  await page.getByRole('link', { name: 'Till biblioteket' }).click();

  await libraryRow(page, 'Riktlinje för internkontroll').getByRole('button', { name: 'Flytta till papperskorgen' }).click();
  await page.getByText('”Riktlinje för internkontroll” ligger nu i papperskorgen.').waitFor();
  await page.getByRole('heading', { name: 'Biblioteket är tomt' }).waitFor();

  await page.getByRole('link', { name: /Papperskorg/ }).click();
  const row = libraryRow(page, 'Riktlinje för internkontroll');
  await row.waitFor();
  await row.getByRole('button', { name: 'Återställ' }).click();
  await row.waitFor({ state: 'detached' });
  await page.getByText('Papperskorgen är tom.').waitFor();

  await page.getByRole('link', { name: 'Bibliotek', exact: true }).click();
  await libraryRow(page, 'Riktlinje för internkontroll').getByRole('link').click();
  await expect
    .poll(() => page.getByRole('region', { name: 'Uppgifter' }).getByLabel('Diarienummer').inputValue())
    .toBe('KS 2026/7');
  expect(errors).toEqual([]);
  await context.close();
});

it('the undo in the notice brings a document straight back, and deleting for good asks first', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Plan', 'Plan för uppföljning');
  await page.getByRole('link', { name: 'Till biblioteket' }).click();
  await libraryRow(page, 'Plan för uppföljning').getByRole('button', { name: 'Flytta till papperskorgen' }).click();
  await page.getByRole('button', { name: 'Ångra' }).click();
  await libraryRow(page, 'Plan för uppföljning').waitFor();

  await libraryRow(page, 'Plan för uppföljning').getByRole('button', { name: 'Flytta till papperskorgen' }).click();
  await page.getByRole('link', { name: /Papperskorg/ }).click();
  await libraryRow(page, 'Plan för uppföljning').getByRole('button', { name: 'Radera för alltid' }).click();
  const dialog = page.getByRole('dialog', { name: 'Radera för alltid?' });
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await libraryRow(page, 'Plan för uppföljning').waitFor();
  await libraryRow(page, 'Plan för uppföljning').getByRole('button', { name: 'Radera för alltid' }).click();
  await dialog.getByRole('button', { name: 'Radera för alltid' }).click();
  await page.getByText('Papperskorgen är tom.').waitFor();
  expect(errors).toEqual([]);
  await context.close();
});
