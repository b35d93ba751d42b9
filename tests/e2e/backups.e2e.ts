import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { readArchive } from '../../shared/archive/archive';
import { editAdoptedDocument, SAMPLE_HANDBOOK, waitUntilSaved } from './support/actions';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();

it('lists the backups of the browser build, downloads one, and restores it after backing up the library as it is', async () => {
  const { context, page, errors } = await openApp(browser());
  await page.getByRole('button', { name: 'Gör det senare' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Öppna exempelbiblioteket' }).click();
  await page.getByRole('link', { name: SAMPLE_HANDBOOK, exact: true }).waitFor();
  // Five seconds after the start, at the user's first pause of two seconds, the library is backed up.
  // The list is read when the view opens; it is opened again at longer intervals than that pause.
  const rows = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Återställ' }) });
  const nav = page.getByRole('navigation');
  await expect
    .poll(
      async () => {
        await nav.getByRole('link', { name: 'Bibliotek' }).click();
        await nav.getByRole('link', { name: 'Säkerhetskopior' }).click();
        await page.getByRole('heading', { name: 'Säkerhetskopior' }).waitFor();
        return rows.count();
      },
      { timeout: 30_000, interval: 3000 },
    )
    .toBe(1);

  // The handbook gets a new name after that backup.
  await nav.getByRole('link', { name: 'Bibliotek' }).click();
  await page.getByRole('link', { name: SAMPLE_HANDBOOK, exact: true }).click();
  await editAdoptedDocument(page);
  // The handbook is adopted: its title changes in a revision.
  await page.getByTestId('version-banner').getByRole('button', { name: 'Revidera' }).click();
  await page.getByTestId('version-banner').getByText('Du arbetar på ett utkast').waitFor();
  await page.getByRole('textbox', { name: 'Dokumentnamn' }).fill('Handbok med ny titel');
  await waitUntilSaved(page);
  await nav.getByRole('link', { name: 'Säkerhetskopior' }).click();
  const backup = rows.first();
  await backup.getByText('Automatisk').waitFor();
  await backup.getByText('4 dokument').waitFor();
  await backup.getByText(SAMPLE_HANDBOOK, { exact: false }).waitFor();

  // Downloaded, it is a valid archive of the library as it was.
  const download = page.waitForEvent('download');
  await backup.getByRole('button', { name: 'Ladda ner' }).click();
  const archive = readArchive(readFileSync(await (await download).path(), 'utf8'));
  expect(archive.ok && archive.archive.documents.map((document) => document.title)).toContain(SAMPLE_HANDBOOK);

  await backup.getByRole('button', { name: 'Återställ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Återställa säkerhetskopian?' });
  await dialog.getByRole('button', { name: 'Återställ' }).click();
  await page.getByText('Biblioteket är återställt till säkerhetskopian från', { exact: false }).waitFor();

  // The state before the restore is a backup of its own, with the new name in it.
  const before = rows.filter({ hasText: 'Före återställning' });
  await before.waitFor();
  await before.getByText('Handbok med ny titel', { exact: false }).waitFor();

  // The library is as it was when backed up.
  await nav.getByRole('link', { name: 'Bibliotek' }).click();
  await page.getByRole('link', { name: SAMPLE_HANDBOOK, exact: true }).waitFor();
  expect(await page.getByRole('link', { name: 'Handbok med ny titel' }).count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
