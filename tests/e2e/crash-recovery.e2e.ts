import { expect, it } from 'vitest';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();

it('loses nothing typed before a pause of one second when the page then dies', async () => {
  const { context, page, errors } = await openApp(browser());
  await page.getByRole('button', { name: 'Gör det senare' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Öppna exempelbiblioteket' }).click();
  await page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Kvalitetshandbok för Sjövik kommun', exact: true }) }).getByRole('link').click();
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await editor.getByText('1 Inledning').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' – skrivet precis före kraschen', { delay: 20 });
  await page.waitForTimeout(1000);

  // The renderer dies: no unload, no beforeunload, no last save.
  const crashed = page.waitForEvent('crash');
  const session = await context.newCDPSession(page);
  void session.send('Page.crash').catch(() => undefined);
  await crashed;

  const reopened = await context.newPage();
  await reopened.goto(page.url());
  await reopened.getByRole('textbox', { name: 'Dokumentets innehåll' }).getByText('1 Inledning – skrivet precis före kraschen').waitFor();
  expect(errors.filter((error) => !error.includes('Target crashed'))).toEqual([]);
  await context.close();
});
