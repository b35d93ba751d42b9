import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { filesFixtures } from '../support/hostile/files';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();

async function importFixture(page: Page, name: string) {
  const fixture = filesFixtures.find((candidate) => candidate.name === name)!;
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera bibliotek…' }).first().click();
  await (await chooser).setFiles({ name: `${name}.handbok`, mimeType: 'application/json', buffer: Buffer.from(fixture.bytes()) });
}

it('imports an archive with a UTF-8 byte-order mark, and names UTF-16 and other encodings when it refuses them', async () => {
  const { context, page, errors } = await openApp(browser());
  await page.getByRole('button', { name: 'Gör det senare' }).click();
  await importFixture(page, 'utf16le-bom');
  await page.getByText('Filen ”utf16le-bom.handbok” importerades inte, och biblioteket är oförändrat. Den är sparad som UTF-16 (little-endian), men ett Handbok-arkiv ska vara UTF-8. Spara den som UTF-8 och försök igen.').waitFor();
  await importFixture(page, 'utf16be-bom');
  await page.getByText('Den är sparad som UTF-16 (big-endian)', { exact: false }).waitFor();
  await importFixture(page, 'latin1-not-utf8');
  await page.getByText(/Den är inte giltig UTF-8 \(fel vid byte \d+\)/).waitFor();
  await page.getByRole('heading', { name: 'Biblioteket är tomt' }).waitFor();
  await page.screenshot({ path: '/tmp/files-import-utf16.png' });
  await importFixture(page, 'utf8-bom');
  await page.getByText('1 dokument importerades från ”utf8-bom.handbok”.', { exact: false }).waitFor();
  await page.getByRole('link', { name: 'Rutin för avvikelser', exact: true }).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});
