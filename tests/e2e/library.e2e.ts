import { expect, it } from 'vitest';
import { createDocument, libraryRow, skipOnboarding, waitUntilSaved } from './support/actions';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();

const LONG_TITLE =
  'Riktlinje för systematiskt kvalitetsarbete, uppföljning och intern kontroll inom socialtjänsten, äldreomsorgen och funktionsstödet i Sjövik kommun 2025–2028';

/** Whether an element's text is cut to one line ending in an ellipsis. */
const endsInEllipsis = (element: HTMLElement | SVGElement) => {
  const style = getComputedStyle(element);
  return style.textOverflow === 'ellipsis' && style.whiteSpace === 'nowrap' && element.scrollWidth > element.clientWidth;
};

it('a long title ends in an ellipsis and shows in full on hover, and the row actions stay whole in a 1400 px window', async () => {
  const { context, page, errors } = await openApp(browser()); // a 1400 × 900 window
  await skipOnboarding(page);
  await createDocument(page, 'Riktlinje', LONG_TITLE);
  await page.getByRole('region', { name: 'Uppgifter' }).getByLabel('Diarienummer').fill('KS 2026/7');
  await waitUntilSaved(page);

  // The document screen: the title on one line, cut with an ellipsis when it is not being edited.
  const title = page.getByRole('textbox', { name: 'Dokumentnamn' });
  await page.getByRole('textbox', { name: 'Dokumentets innehåll' }).click();
  expect(await title.evaluate(endsInEllipsis)).toBe(true);
  expect(await title.getAttribute('title')).toBe(LONG_TITLE);
  await page.screenshot({ path: 'test-results/document-long-title-1400.png' });

  await page.getByRole('link', { name: 'Till biblioteket' }).click();
  const row = libraryRow(page, LONG_TITLE);
  const link = row.getByRole('link', { name: LONG_TITLE });
  await link.waitFor();
  expect(await link.evaluate(endsInEllipsis)).toBe(true);
  expect(await link.getAttribute('title')).toBe(LONG_TITLE);

  // Every action of the row is whole: inside the row, the table and the window.
  const table = (await page.locator('.document-table').boundingBox())!;
  for (const name of ['Byt namn', 'Duplicera', 'Flytta till papperskorgen']) {
    const button = (await row.getByRole('button', { name }).boundingBox())!;
    expect(button.x, name).toBeGreaterThanOrEqual(table.x);
    expect(button.x + button.width, name).toBeLessThanOrEqual(Math.min(table.x + table.width, 1400));
  }
  await page.screenshot({ path: 'test-results/library-long-title-1400.png' });

  // The trash lists the title the same way.
  await row.getByRole('button', { name: 'Flytta till papperskorgen' }).click();
  await page.getByRole('link', { name: /Papperskorg/ }).click();
  const trashed = page.getByRole('rowheader', { name: LONG_TITLE });
  await trashed.waitFor();
  expect(await trashed.locator('.document-table__title').evaluate(endsInEllipsis)).toBe(true);
  expect(await trashed.locator('.document-table__title').getAttribute('title')).toBe(LONG_TITLE);

  expect(errors).toEqual([]);
  await context.close();
});
