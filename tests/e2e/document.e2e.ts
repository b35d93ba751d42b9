import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { clickAtEndOfDocument, createDocument, editAdoptedDocument, libraryRow, skipOnboarding, waitUntilSaved } from './support/actions';
import { baseUrl, openApp, persistentProfile, useBrowser } from './support/browser';

const browser = useBrowser();

const details = (page: Page) => page.getByRole('region', { name: 'Uppgifter' });
const history = (page: Page) => page.getByRole('region', { name: 'Beslutshistorik' });

it('creates a handbook, fills its metadata and history, and finds everything after closing the browser', async () => {
  const profile = await persistentProfile();
  let { context, page, errors } = await profile.open();
  try {
    await skipOnboarding(page);
    await createDocument(page, 'Handbok', 'Kvalitetshandbok 2026');

    // The starting template for a handbook is in the editor.
    const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
    await expect.poll(() => editor.textContent()).toMatch(/Inledning/);

    await page.getByRole('textbox', { name: 'Dokumentnamn' }).fill('Kvalitetshandbok för Sjövik');
    await details(page).getByLabel('Status').selectOption('for-beslut');
    await details(page).getByLabel('Diarienummer').fill('KS 2026/118');
    await details(page).getByLabel('Dokumentansvarig').fill('Kommundirektör');
    await details(page).getByLabel('Gäller t.o.m.').fill('tills vidare');

    // A malformed date is named, and the message goes when it is corrected.
    const decidedDate = details(page).getByLabel('Beslutsdatum');
    await decidedDate.fill('13/4 2026');
    const dateError = details(page).getByText('Skriv ”Beslutsdatum” som ÅÅÅÅ-MM-DD, till exempel 2025-01-13.');
    await dateError.waitFor();
    expect(await decidedDate.getAttribute('aria-invalid')).toBe('true');
    await decidedDate.fill('2026-04-13');
    await dateError.waitFor({ state: 'detached' });

    // A bare paragraph number is written the house way when the field is left.
    const paragraph = details(page).getByLabel('Paragraf', { exact: true });
    await paragraph.fill('64');
    await paragraph.blur();
    await expect.poll(() => paragraph.inputValue()).toBe('§ 64');

    // Typing in the document body, before it is adopted.
    await clickAtEndOfDocument(page);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Handboken gäller för alla förvaltningar.');
    await waitUntilSaved(page);

    // The decision history: a new entry starts calm, then says what is missing. Complete, the decision
    // adopts the handbook: it is in force (gällande) and its text read-only.
    await history(page).getByRole('button', { name: '+ Lägg till beslut' }).click();
    await history(page).getByLabel('Beslutsinstans').fill('Kommunfullmäktige');
    await history(page).getByLabel('Beslutsinstans').blur();
    await history(page).getByText('Ange beslutsdatum.').waitFor();
    await history(page).getByLabel('Datum').fill('2026-04-13');
    await history(page).getByLabel('Paragraf').fill('§64');
    await history(page).getByLabel('Paragraf').blur();
    await history(page).getByLabel('Vad som beslutades').fill('Handboken antogs.');
    await history(page).getByText('Ange beslutsdatum.').waitFor({ state: 'detached' });
    await page.getByTestId('version-banner').getByText('Version 1 är gällande sedan 2026-04-13').waitFor();
    await waitUntilSaved(page);

    expect(errors).toEqual([]);

    // Close the tab, open a new one: all is there.
    await page.close();
    page = await context.newPage();
    await page.goto(baseUrl());
    await libraryRow(page, 'Kvalitetshandbok för Sjövik').waitFor();
    expect(await libraryRow(page, 'Kvalitetshandbok för Sjövik').textContent()).toContain('Gällande');

    // Quit the browser altogether and start it again with the same profile.
    await context.close();
    ({ context, page, errors } = await profile.open());
    await libraryRow(page, 'Kvalitetshandbok för Sjövik').getByRole('link').click();
    // Adopted, it opens in reading mode; its metadata is in the editor.
    await editAdoptedDocument(page);
    await expect.poll(() => page.getByRole('textbox', { name: 'Dokumentnamn' }).inputValue()).toBe('Kvalitetshandbok för Sjövik');
    expect(await details(page).getByLabel('Diarienummer').inputValue()).toBe('KS 2026/118');
    expect(await details(page).getByLabel('Beslutsdatum').inputValue()).toBe('2026-04-13');
    expect(await details(page).getByLabel('Paragraf', { exact: true }).inputValue()).toBe('§ 64');
    expect(await details(page).getByLabel('Gäller t.o.m.').inputValue()).toBe('tills vidare');
    expect(await details(page).getByLabel('Status').inputValue()).toBe('gallande');
    expect(await history(page).getByLabel('Paragraf').inputValue()).toBe('§ 64');
    expect(await history(page).getByLabel('Vad som beslutades').inputValue()).toBe('Handboken antogs.');
    expect(await page.getByRole('textbox', { name: 'Dokumentets innehåll' }).textContent()).toContain(
      'Handboken gäller för alla förvaltningar.',
    );
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await profile.remove();
  }
});

it('renames and duplicates from the library, and a second tab sees the change live', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Policy', 'Policy för medborgardialog');
  await waitUntilSaved(page);
  await page.getByRole('link', { name: 'Till biblioteket' }).click();

  const second = await context.newPage();
  await second.goto(page.url());
  await libraryRow(second, 'Policy för medborgardialog').waitFor();

  await libraryRow(page, 'Policy för medborgardialog').getByRole('button', { name: 'Byt namn' }).click();
  const dialog = page.getByRole('dialog', { name: 'Byt namn' });
  await dialog.getByLabel('Nytt namn').fill('Policy för dialog med invånare');
  await dialog.getByRole('button', { name: 'Spara' }).click();

  // The other tab updates by itself, without a reload.
  await libraryRow(second, 'Policy för dialog med invånare').waitFor({ timeout: 5000 });

  await libraryRow(page, 'Policy för dialog med invånare').getByRole('button', { name: 'Duplicera' }).click();
  await libraryRow(page, 'Kopia av Policy för dialog med invånare').waitFor();
  expect(await libraryRow(page, 'Kopia av Policy för dialog med invånare').textContent()).toContain('Utkast');
  expect(errors).toEqual([]);
  await context.close();
});

it('metadata labels follow the names the organisation gave them', async () => {
  const { context, page, errors } = await openApp(browser());
  await page.getByLabel('Kommunens eller organisationens namn').fill('Sjövik kommun');
  await page.getByRole('button', { name: 'Kom igång' }).click();
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('region', { name: 'Benämningar i metadata' }).getByLabel('Diarienummer').fill('Dnr');
  await page.getByRole('region', { name: 'Benämningar i metadata' }).getByLabel('Revideras senast').fill('Aktualitetsprövas senast');
  await page.getByText('Alla ändringar är sparade').waitFor();

  await createDocument(page, 'Anvisning', 'Anvisning för avvikelser');
  await details(page).getByLabel('Dnr').fill('KS 2026/99');
  expect(await details(page).getByLabel('Diarienummer').count()).toBe(0);
  await details(page).getByLabel('Aktualitetsprövas senast').fill('2020');
  await waitUntilSaved(page);
  // The library's column says it the organisation's way too, and so does the mark of a date passed.
  await page.getByRole('link', { name: 'Bibliotek', exact: true }).click();
  await page.getByRole('columnheader', { name: 'Aktualitetsprövas senast' }).waitFor();
  expect(await page.getByRole('columnheader', { name: 'Revideras senast' }).count()).toBe(0);
  await libraryRow(page, 'Anvisning för avvikelser').getByRole('img', { name: 'Datumet i ”Aktualitetsprövas senast” har passerat' }).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

it('takes a decision date typed with its paragraph ("2023-04-13 § 64") apart into date and paragraph', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Riktlinje', 'Riktlinje för synpunkter');
  const decidedDate = details(page).getByLabel('Beslutsdatum');
  await decidedDate.click();
  await page.keyboard.type('2023-04-13 § 64');
  await page.keyboard.press('Tab');
  await expect.poll(() => decidedDate.inputValue()).toBe('2023-04-13');
  expect(await details(page).getByLabel('Paragraf', { exact: true }).inputValue()).toBe('§ 64');
  expect(await decidedDate.getAttribute('aria-invalid')).toBeNull();
  expect(await details(page).locator('.field__error').count()).toBe(0);
  await waitUntilSaved(page);
  expect(errors).toEqual([]);
  await context.close();
});

it('names renamed fields by their new labels in hints, in messages and in the Kvalitet tab', async () => {
  const { context, page, errors } = await openApp(browser());
  await page.getByLabel('Kommunens eller organisationens namn').fill('Sjövik kommun');
  await page.getByRole('button', { name: 'Kom igång' }).click();
  await page.getByRole('link', { name: 'Inställningar' }).click();
  const labels = page.getByRole('region', { name: 'Benämningar i metadata' });
  await labels.getByLabel('Gäller fr.o.m.').fill('Giltig från');
  await labels.getByLabel('Gäller t.o.m.').fill('Giltig till');
  await labels.getByLabel('Diarienummer').fill('Dnr');
  await page.getByText('Alla ändringar är sparade').waitFor();

  await createDocument(page, 'Riktlinje', 'Riktlinje för avvikelser');
  // The hint under the end date names the start date as the organisation does.
  const until = details(page).getByLabel('Giltig till');
  expect(await until.evaluate((input) => document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent)).toBe(
    'ÅÅÅÅ-MM-DD, inte före ”Giltig från”, eller ”tills vidare”',
  );
  await details(page).getByLabel('Status').selectOption('gallande');
  await details(page).getByLabel('Giltig från').fill('2025-01-01');
  await until.fill('2024-12-31');
  const message = 'Ändra ”Giltig till” till ett datum som inte ligger före ”Giltig från”, eller skriv ”tills vidare”.';
  await details(page).getByText(message).waitFor();
  await waitUntilSaved(page);

  await page.getByRole('tab', { name: 'Kvalitet' }).click();
  const problems = page.getByRole('list', { name: 'Uppgifter att rätta' });
  await problems.getByText(message).waitFor();
  expect(await problems.getByRole('listitem').allTextContents()).toContain('Fyll i ”Dnr”, som krävs för status ”Gällande”.');
  const text = await page.locator('.quality').textContent();
  for (const old of ['Gäller fr.o.m.', 'Gäller t.o.m.', 'Diarienummer', 'validUntil', 'valid-until']) expect(text).not.toContain(old);
  await page.screenshot({ path: '/tmp/quality-metadata.png' });
  await page.getByRole('tab', { name: 'Uppgifter' }).click();
  await until.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/metadata-error.png' });
  expect(errors).toEqual([]);
  await context.close();
});

it('the memo composer and its checks name the registry number by the organisation\'s label', async () => {
  const { context, page, errors } = await openApp(browser());
  await page.getByLabel('Kommunens eller organisationens namn').fill('Sjövik kommun');
  await page.getByRole('button', { name: 'Kom igång' }).click();
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('region', { name: 'Benämningar i metadata' }).getByLabel('Diarienummer').fill('Dnr');
  await page.getByText('Alla ändringar är sparade').waitFor();
  await createDocument(page, 'Policy', 'Policy för öppenhet');
  await page.getByRole('button', { name: 'Skapa tjänsteskrivelse' }).click();
  const create = page.getByRole('dialog', { name: 'Skapa tjänsteskrivelse' });
  await create.getByLabel('Anta').check();
  await create.getByRole('button', { name: 'Skapa utkast' }).click();
  const header = page.getByRole('group', { name: 'Tjänsteskrivelsens delar' }).getByRole('region', { name: 'Huvud' });
  await header.getByLabel('Dnr').waitFor();
  expect(await header.getByLabel('Diarienummer').count()).toBe(0);
  await page.getByRole('tab', { name: 'Kvalitet' }).click();
  await page.getByRole('listitem').filter({ hasText: 'Fyll i ”Dnr”.' }).waitFor();
  // The memo's Kvalitet tab lists its malformed details too.
  await page.getByRole('tab', { name: 'Uppgifter' }).click();
  await details(page).getByLabel('Dnr').fill('KS 2026/7');
  await details(page).getByLabel('Beslutsdatum').fill('i morgon');
  await page.getByRole('tab', { name: 'Kvalitet' }).click();
  await page.getByRole('listitem').filter({ hasText: 'Skriv ”Beslutsdatum” som ÅÅÅÅ-MM-DD, till exempel 2025-01-13.' }).waitFor();
  expect(await page.getByRole('listitem').filter({ hasText: 'Fyll i ”Dnr”.' }).count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

it('says nothing of another window while a single window types its metadata, field after field', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Riktlinje', 'Riktlinje i ett fönster');
  // Typing with pauses long enough for the form to save between the keys.
  for (const [label, text] of [['Gäller t.o.m.', 'tills vidare'], ['Version', '1.1'], ['Gäller för', 'Alla nämnder']] as const) {
    await details(page).getByLabel(label, { exact: true }).click();
    for (const char of text) {
      await page.keyboard.type(char);
      await page.waitForTimeout(120);
    }
    await waitUntilSaved(page);
  }
  await page.waitForTimeout(1000);
  expect(await page.getByText('Ändrades också i ett annat fönster').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
