import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { readArchive } from '../../shared/archive/archive';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();

async function importFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera bibliotek…' }).first().click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

it('exports the library as a .handbok archive and imports it into an empty library; a bad file changes nothing', async () => {
  // A library with the sample documents, exported.
  const first = await openApp(browser());
  await first.page.getByLabel('Kommunens eller organisationens namn').fill('Sjövik kommun');
  await first.page.getByRole('button', { name: 'Kom igång' }).click();
  await first.page.getByRole('main').getByRole('button', { name: 'Öppna exempelbiblioteket' }).click();
  await first.page.getByRole('row').filter({ has: first.page.getByRole('link', { name: 'Kvalitetshandbok för Sjövik kommun', exact: true }) }).waitFor();
  const download = first.page.waitForEvent('download');
  await first.page.getByRole('button', { name: 'Exportera bibliotek' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Handbok \d{4}-\d{2}-\d{2}\.handbok$/);
  const text = readFileSync(await file.path(), 'utf8');
  const archive = readArchive(text);
  expect(archive.ok && archive.archive.documents.map((document) => document.title).sort()).toEqual([
    'Kvalitetshandbok för Sjövik kommun',
    'Kvalitetspolicy för Sjövik kommun',
    'Riktlinje för internkontroll',
    'Tjänsteskrivelse – Antagande av Kvalitetshandbok för Sjövik kommun',
  ]);
  expect(archive.ok && archive.archive.organisation?.name).toBe('Sjövik kommun');
  expect(first.errors).toEqual([]);
  await first.context.close();

  // A new, empty library: a truncated file and a file with an invalid document are refused whole.
  const { context, page, errors } = await openApp(browser());
  await page.getByRole('button', { name: 'Gör det senare' }).click();
  await importFile(page, 'avkortad.handbok', text.slice(0, text.length / 2));
  await page.getByText('Filen ”avkortad.handbok” importerades inte, och biblioteket är oförändrat.', { exact: false }).waitFor();
  await page.getByText('Den är inte giltig JSON').waitFor();
  const broken = JSON.parse(text) as { documents: Record<string, unknown>[] };
  broken.documents[2] = { ...broken.documents[2], status: 'kanske' };
  await importFile(page, 'trasig.handbok', JSON.stringify(broken));
  await page.getByText(/Dokument 3 \(”[^”]+”\): status har ett ogiltigt värde\./).waitFor();
  await page.getByRole('heading', { name: 'Biblioteket är tomt' }).waitFor();

  // The good file: every document, and the organisation profile, which this library did not have.
  await importFile(page, 'bibliotek.handbok', text);
  await page.getByText('4 dokument importerades från ”bibliotek.handbok”.', { exact: false }).waitFor();
  await page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Kvalitetshandbok för Sjövik kommun', exact: true }) }).waitFor();
  await page.getByText('Sjövik kommun', { exact: true }).first().waitFor();
  // The same file again: the user is asked. Cancel imports nothing; Keep both adds copies; Replace overwrites.
  const handbookRows = () => page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Kvalitetshandbok för Sjövik kommun', exact: true }) });
  const conflict = page.getByRole('dialog', { name: 'Dokumenten finns redan' });
  await importFile(page, 'bibliotek.handbok', text);
  await conflict.getByText('4 dokument i ”bibliotek.handbok” finns redan i biblioteket:').waitFor();
  await conflict.getByRole('button', { name: 'Avbryt' }).click();
  await page.getByText('Inget importerades från ”bibliotek.handbok”.').waitFor();
  expect(await handbookRows().count()).toBe(1);
  await importFile(page, 'bibliotek.handbok', text);
  await conflict.getByRole('button', { name: 'Behåll båda' }).click();
  await page.getByText('4 av dem fanns redan och lades till som kopior.', { exact: false }).waitFor();
  await expect.poll(() => handbookRows().count()).toBe(2);
  await importFile(page, 'bibliotek.handbok', text);
  await conflict.getByRole('button', { name: 'Ersätt' }).click();
  await page.getByText('4 dokument i biblioteket ersattes.', { exact: false }).waitFor();
  expect(await handbookRows().count()).toBe(2);
  expect(errors).toEqual([]);
  await context.close();
});
