import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { libraryRow, openInEditor, skipOnboarding, storedContent } from './support/actions';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();
const fixtures = join(import.meta.dirname, '../fixtures/word');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const fixture = (name: string) => ({ name, mimeType: DOCX, buffer: readFileSync(join(fixtures, name)) });

async function chooseWordFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera Word…' }).first().click();
  await (await chooser).setFiles(files);
  return page.getByRole('dialog', { name: 'Importera Word-dokument' });
}

/** Every block type named in a stored document, in order. */
const blockTypes = (content: unknown) => ((content as { root: { children: { type: string }[] } }).root.children).map((node) => node.type);

it('imports a Word file through the review, with one block declined, and finds it in the library with its metadata', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  const dialog = await chooseWordFiles(page, [fixture('styled-riktlinje.docx'), { name: 'trasig.docx', mimeType: DOCX, buffer: Buffer.from('Det här är inget Word-dokument.') }]);

  // The original as Word draws it, beside the proposal.
  await dialog.getByRole('document', { name: 'Originalet, ”styled-riktlinje.docx”' }).getByText('Riktlinje för kvalitetsarbete').first().waitFor();
  const proposal = dialog.getByRole('region', { name: 'Förslag' });
  expect(await proposal.getByLabel('Dokumentnamn').inputValue()).toBe('Riktlinje för kvalitetsarbete');
  await proposal.getByRole('checkbox', { name: /^Diarienummer: KS 2023\/145/ }).waitFor();
  await proposal.getByRole('checkbox', { name: /^Beslutad av: Kommunfullmäktige/ }).waitFor();

  await page.screenshot({ path: 'test-results/word-import-review.png' });

  // The comparison table is declined by keyboard: it stays an ordinary table.
  const comparison = proposal.getByRole('checkbox', { name: /^Jämförelsetabell:/ });
  await comparison.focus();
  await page.keyboard.press('Space');
  expect(await comparison.isChecked()).toBe(false);
  expect(await proposal.getByRole('checkbox', { name: /^Mål:/ }).isChecked()).toBe(true);

  // The second file is refused with its reason, and is not counted.
  await dialog.getByRole('button', { name: /^trasig\.docx/ }).click();
  await dialog.getByRole('alert').getByText('”trasig.docx” kan inte importeras: filen är inget Word-dokument (.docx)', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Importera 1 dokument' }).click();
  await dialog.waitFor({ state: 'detached' });

  const row = libraryRow(page, 'Riktlinje för kvalitetsarbete');
  await row.getByText('KS 2023/145').waitFor();
  expect(await page.getByRole('heading', { name: /^Riktlinjer/ }).count()).toBe(1);
  expect(await page.getByRole('row').count()).toBe(2); // the header row and the one document

  await row.getByRole('link', { name: 'Riktlinje för kvalitetsarbete' }).click();
  const id = decodeURIComponent(page.url().split('/').pop()!);
  const types = blockTypes(await storedContent(page, id));
  expect(types).toContain('goals');
  expect(types).toContain('annual-cycle');
  expect(types).not.toContain('comparison');
  expect(types).toContain('table');
  await openInEditor(page);
  await page.getByRole('tab', { name: 'Uppgifter' }).click();
  const details = page.getByRole('region', { name: 'Uppgifter' });
  expect(await details.getByLabel('Diarienummer').inputValue()).toBe('KS 2023/145');
  expect(await details.getByLabel('Beslutsdatum').inputValue()).toBe('2023-04-13');
  expect(await details.getByLabel('Paragraf', { exact: true }).inputValue()).toBe('§ 64');
  expect(await details.getByLabel('Dokumentansvarig').inputValue()).toBe('Kvalitetschef');
  expect(errors).toEqual([]);
  await context.close();
});

it('a refused file changes nothing in the library', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  const dialog = await chooseWordFiles(page, [{ name: 'gammal.docx', mimeType: DOCX, buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) }]);
  await dialog.getByRole('alert').getByText('lösenordsskyddad eller i Words gamla format', { exact: false }).waitFor();
  expect(await dialog.getByRole('button', { name: 'Importera 0 dokument' }).isDisabled()).toBe(true);
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await page.getByRole('heading', { name: 'Biblioteket är tomt' }).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

it('a Word file dropped on the library opens the review; other dropped files are not imported', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  const bytes = [...readFileSync(join(fixtures, 'lines-plan.docx'))];
  const drop = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(content)], 'lines-plan.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    transfer.items.add(new File(['anteckningar'], 'anteckningar.txt', { type: 'text/plain' }));
    return transfer;
  }, bytes);
  const library = page.getByRole('region', { name: 'Biblioteket är tomt' });
  await library.dispatchEvent('dragover', { dataTransfer: drop });
  await library.dispatchEvent('drop', { dataTransfer: drop });
  const dialog = page.getByRole('dialog', { name: 'Importera Word-dokument' });
  expect(await dialog.getByRole('region', { name: 'Förslag' }).getByLabel('Dokumentnamn').inputValue()).toBe('Plan för medborgardialog 2024–2027');
  expect(await dialog.getByRole('list', { name: 'Filer' }).count()).toBe(0); // one file: the text file was not taken
  await dialog.getByRole('button', { name: 'Importera 1 dokument' }).click();
  await libraryRow(page, 'Plan för medborgardialog 2024–2027').getByText('KS 2024/212').waitFor();
  expect(errors).toEqual([]);
  await context.close();
});
