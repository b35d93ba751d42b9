import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { addDays, addMonths } from '../../shared/calendar/days';
import { toIsoDate } from '../../shared/model/dates';
import { createDocument, editAdoptedDocument } from './support/actions';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();
const screenshot = (name: string) => resolve(import.meta.dirname, 'screenshots', name);

const OVERDUE = 'Anvisning för avvikelserapportering';
const SOON = 'Handbok för introduktion av nyanställda';

const navLink = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: /^Att revidera/ });

/** The number in the navigation's badge: documents overdue or due within 30 days (none shown is 0). */
async function badgeCount(page: Page): Promise<number> {
  const badge = navLink(page).getByRole('img');
  if ((await badge.count()) === 0) return 0;
  const label = (await badge.getAttribute('aria-label')) ?? '';
  const count = Number(await badge.textContent());
  expect(label).toBe(`${count} dokument ${count === 1 ? 'är försenat' : 'är försenade'} eller ska aktualitetsprövas inom 30 dagar`);
  return count;
}

/** A new document with an owner and one adopting decision, made as a user makes it: adopted, so locked. */
async function adoptedDocument(page: Page, kind: string, title: string, owner: string, decided: string) {
  await createDocument(page, kind, title);
  const details = page.getByRole('region', { name: 'Uppgifter' });
  await details.getByLabel('Dokumentansvarig').fill(owner);
  const history = page.getByRole('region', { name: 'Beslutshistorik' });
  await history.getByRole('button', { name: 'Lägg till beslut' }).click();
  await history.getByLabel('Beslut', { exact: true }).last().selectOption({ label: 'Antagen' });
  await history.getByLabel('Beslutsinstans').last().fill('Kommunstyrelsen');
  await history.getByLabel('Paragraf').last().fill('§ 5');
  await history.getByLabel('Datum').last().fill(decided);
  await expect.poll(() => page.getByTestId('version-banner').textContent(), { timeout: 10_000 }).toContain(`Version 1 är gällande sedan ${decided}`);
}

it('lists what is due by owner, counts it in the navigation, exports the calendar, and records "aktualitetsprövad utan ändring"', async () => {
  const { context, page, errors } = await openApp(browser());
  await page.getByLabel('Kommunens eller organisationens namn').fill('Sjövik kommun');
  await page.getByRole('button', { name: 'Kom igång' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Öppna exempelbiblioteket' }).click();
  await page.getByRole('link', { name: 'Kvalitetshandbok för Sjövik kommun', exact: true }).waitFor();
  // What the sample library has due depends on today's date; the documents below come on top of it.
  await navLink(page).waitFor();
  const before = await badgeCount(page);

  // An instruction adopted in 2020, reviewed yearly: long overdue. A handbook due in about three weeks.
  const today = toIsoDate(new Date());
  await adoptedDocument(page, 'Anvisning', OVERDUE, 'Kvalitetsstrateg', '2020-03-02');
  await adoptedDocument(page, 'Handbok', SOON, 'HR-chef', addDays(addMonths(today, -12), 20));
  await expect.poll(() => badgeCount(page)).toBe(before + 2);

  await navLink(page).click();
  await page.getByRole('heading', { name: 'Att revidera', level: 1 }).waitFor();
  expect(await navLink(page).getAttribute('aria-current')).toBe('page');
  const group = (owner: string) => page.getByRole('region', { name: new RegExp(`^${owner} \\(\\d+\\)$`) });
  const row = (title: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
  await group('Kvalitetsstrateg').waitFor();
  expect(await row(OVERDUE).getAttribute('data-bucket')).toBe('overdue');
  expect(await row(OVERDUE).textContent()).toMatch(/^Anvisning för avvikelserapporteringAnvisning2021-03-02 Försenat med \d+ dagar12 månader efter senaste beslutetAntagen, Kommunstyrelsen 2020-03-02 § 5/);
  expect(await group('HR-chef').getByRole('row').filter({ hasText: SOON }).getAttribute('data-bucket')).toBe('within30');
  expect(await row(OVERDUE).getByRole('link', { name: OVERDUE }).getAttribute('href')).toMatch(/^#\/dokument\//);
  await page.locator('.notice').filter({ hasText: 'exempeldokument' }).getByRole('button', { name: 'Stäng' }).click();
  await page.screenshot({ path: screenshot('review.png') });

  // The calendar: every due date as an all-day event, the summary's comma escaped where there is one.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera kalender (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`Aktualitetsprövning ${today}.ics`);
  const calendar = readFileSync(await file.path(), 'utf8').replace(/\r\n[ \t]/g, '');
  expect(calendar).toContain('X-WR-CALNAME:Aktualitetsprövning – Sjövik kommun');
  expect(calendar).toContain(`SUMMARY:Aktualitetspröva: ${OVERDUE}\r\nDTSTAMP:`);
  expect(calendar).toMatch(/DTSTART;VALUE=DATE:20210302\r\nDTEND;VALUE=DATE:20210303/);
  await page.getByText('Kalendern med').waitFor();

  // Reviewed without change, by the committee that adopted it: it leaves the list, and the count drops.
  await row(OVERDUE).getByRole('button', { name: `Aktualitetsprövad utan ändring: ${OVERDUE}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Aktualitetsprövad utan ändring' });
  expect(await dialog.getByLabel('Beslutsdatum').inputValue()).toBe(today);
  expect(await dialog.getByLabel('Beslutsinstans').inputValue()).toBe('Kommunstyrelsen');
  await dialog.getByRole('button', { name: 'För in beslutet' }).click();
  await dialog.getByText('Ange paragraf, till exempel § 64.').waitFor();
  await dialog.getByLabel('Paragraf').fill('31');
  await dialog.getByRole('button', { name: 'För in beslutet' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText(`”${OVERDUE}” är aktualitetsprövad utan ändring. Nästa gång senast ${addMonths(today, 12)}.`).waitFor();
  await row(OVERDUE).waitFor({ state: 'detached' });
  await group('Kvalitetsstrateg').waitFor({ state: 'detached' });
  await expect.poll(() => badgeCount(page)).toBe(before + 1);
  await row(SOON).waitFor();

  // The document's history has the decision; the adopted version is the same, still in force.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bibliotek' }).click();
  await page.getByRole('link', { name: OVERDUE, exact: true }).click();
  await editAdoptedDocument(page);
  await expect.poll(() => page.getByTestId('version-banner').textContent()).toContain('Version 1 är gällande sedan 2020-03-02');
  const history = page.getByRole('region', { name: 'Beslutshistorik' });
  await expect.poll(() => history.getByLabel('Beslut', { exact: true }).last().inputValue()).toBe('aktualitetsprovad');
  expect(await history.getByLabel('Datum').last().inputValue()).toBe(today);
  expect(await history.getByLabel('Paragraf').last().inputValue()).toBe('§ 31');
  expect(await history.getByLabel('Beslutsinstans').last().inputValue()).toBe('Kommunstyrelsen');

  // The organisation reviews its handbooks every other year: the handbook is no longer due within 90 days.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('group', { name: 'Aktualitetsprövning' }).getByLabel('Handböcker').selectOption({ label: '24 månader' });
  await expect.poll(() => badgeCount(page)).toBe(before);
  await navLink(page).click();
  await page.getByRole('heading', { name: 'Att revidera', level: 1 }).waitFor();
  expect(await row(SOON).count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
