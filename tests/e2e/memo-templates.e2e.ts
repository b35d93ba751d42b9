import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectInOrder } from '../support/expect-in-order';
import { openInEditor } from './support/actions';
import { openApp, useBrowser } from './support/browser';
import { lendPrinter } from './support/pdf-printer';

const browser = useBrowser();
const run = promisify(execFile);
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** First run, a committee and two officials, the template chosen from a preset; then the sample handbook opened. */
async function setUp(page: Page, preset: string, screenshot: string, adjust: (page: Page) => Promise<void> = async () => {}) {
  await page.getByLabel('Kommunens eller organisationens namn').fill('Sjövik kommun');
  await page.getByRole('button', { name: 'Kom igång' }).click();
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('button', { name: '+ Lägg till organ' }).click();
  await page.getByLabel('Namn', { exact: true }).nth(2).fill('Rinkeby-Kista stadsdelsnämnd');
  for (const [index, name, title, phone] of [
    [3, 'Anna Berg', 'Avdelningschef', '08-508 000 01'],
    [4, 'Omar Said', 'Stadsdelsdirektör', '08-508 000 00'],
  ] as const) {
    await page.getByRole('button', { name: '+ Lägg till person' }).click();
    await page.getByLabel('Namn', { exact: true }).nth(index).fill(name);
    await page.getByLabel('Titel', { exact: true }).nth(index - 3).fill(title);
    await page.getByLabel('Telefon', { exact: true }).nth(index - 3).fill(phone);
  }
  await page.getByRole('button', { name: preset }).click();
  await adjust(page);
  await page.getByRole('figure', { name: 'Så ser tjänsteskrivelsen ut' }).scrollIntoViewIfNeeded();
  await page.getByRole('group', { name: 'Tjänsteskrivelser' }).screenshot({ path: new URL(`./screenshots/${screenshot}.png`, import.meta.url).pathname });
  await page.waitForTimeout(600);
  await page.locator('[data-save-state="saved"]').first().waitFor();
  await page.getByRole('link', { name: 'Bibliotek', exact: true }).click();
  await page.getByRole('main').getByRole('button', { name: 'Öppna exempelbiblioteket' }).click();
  await page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Kvalitetshandbok för Sjövik kommun', exact: true }) }).getByRole('link').click();
  await openInEditor(page);
}

/** Exports the open memo to Word and to PDF with no "Exportera ändå" on the way; their texts. */
async function exportBoth(page: Page): Promise<{ word: string; pdf: string }> {
  const word = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera till Word' }).click();
  const wordFile = await word;
  expect(await page.getByRole('dialog', { name: 'Tjänsteskrivelsen är inte klar för beslut' }).count()).toBe(0);
  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera till PDF' }).click();
  const pdfFile = await pdf;
  const { stdout } = await run('pdftotext', [(await pdfFile.path())!, '-']);
  return { word: (await mammoth.extractRawText({ path: (await wordFile.path())! })).value, pdf: stdout };
}

it('a Stockholm-shaped tjänsteutlåtande answers a remiss: proposal and signatures after the title, bilagor before the description, no "Exportera ändå"', async () => {
  const { context, page, errors } = await openApp(browser());
  await lendPrinter(context, browser());
  await setUp(page, 'Tjänsteutlåtande (som i en stadsdelsnämnd i Stockholm)', 'memo-template-stockholm');

  await page.getByRole('button', { name: 'Skapa tjänsteskrivelse' }).click();
  const create = page.getByRole('dialog', { name: 'Skapa tjänsteskrivelse' });
  await create.getByLabel('Remissvar').check();
  // The organisation's own nämnd answers, not Kommunstyrelsen which sent the remiss.
  expect(await create.getByRole('combobox', { name: 'Nämnd som svarar på remissen' }).inputValue()).not.toBe('');
  await expect.poll(() => create.getByRole('combobox', { name: 'Nämnd som svarar på remissen' }).locator('option:checked').textContent()).toBe('Rinkeby-Kista stadsdelsnämnd');
  await create.getByRole('button', { name: 'Skapa utkast' }).click();
  const title = page.getByRole('textbox', { name: 'Dokumentnamn' });
  await expect.poll(() => title.inputValue()).toBe('Tjänsteutlåtande – Remissvar om Kvalitetshandbok för Sjövik kommun');
  const form = page.getByRole('group', { name: 'Tjänsteskrivelsens delar' });
  await form.getByRole('combobox', { name: 'Handläggare' }).selectOption({ label: 'Anna Berg, Avdelningschef' });
  await form.getByRole('textbox', { name: 'Diarienummer', exact: true }).fill('RKSDF 2026/77');
  await form.getByRole('combobox', { name: 'Remiss från' }).fill('Kommunstyrelsen');
  await form.getByRole('textbox', { name: 'Remittentens diarienummer' }).fill('KS 2026/1322');
  await form.getByRole('textbox', { name: 'Svar senast' }).fill('2026-12-01');
  await form.getByRole('textbox', { name: 'Sammanfattning' }).fill('Stadsdelsförvaltningen tillstyrker förslaget till ny kvalitetshandbok.');
  await form.getByRole('textbox', { name: 'Förvaltningens yttrande' }).fill('Handboken stämmer med hur stadsdelen arbetar.');
  await form.getByRole('textbox', { name: 'Ekonomisk bedömning' }).fill('Svaret kostar ingenting.');
  await form.getByRole('combobox', { name: 'Lägg till standardpunkt i förslag 1' }).selectOption('Omedelbar justering.');
  await form.getByRole('checkbox', { name: 'Omar Said, Stadsdelsdirektör' }).check();
  await form.getByRole('checkbox', { name: 'Anna Berg, Avdelningschef' }).check();
  await page.getByRole('tab', { name: 'Kvalitet' }).click();
  await page.getByText('Tjänsteskrivelsen har alla delar som krävs.').waitFor();

  const { word, pdf } = await exportBoth(page);
  const order = [
    'TJÄNSTEUTLÅTANDE',
    'Dnr',
    'RKSDF 2026/77',
    'Anna Berg',
    'Telefon: 08-508 000 01',
    'Rinkeby-Kista stadsdelsnämnd',
    'Tjänsteutlåtande – Remissvar om Kvalitetshandbok för Sjövik kommun',
    'Remiss från kommunstyrelsen (KS 2026/1322)',
    'Svar senast 2026-12-01',
    'Förslag till beslut i Rinkeby-Kista stadsdelsnämnd',
    'Tjänsteutlåtandet utgör svar på remissen.',
    'Omedelbar justering.',
    'Omar Said',
    'Anna Berg',
    'Sammanfattning',
    'Bilagor',
    'Bilaga 1: Kvalitetshandbok för Sjövik kommun',
    'Ärendebeskrivning',
    'Förvaltningens yttrande',
    'Ekonomisk bedömning',
  ];
  expectInOrder(word, order);
  expect(word).toContain('1.\tTjänsteutlåtandet utgör svar på remissen.');
  // The PDF's lines break where the page does: compared with the spaces made one.
  expectInOrder(oneLine(pdf), order.map(oneLine));
  expect(errors).toEqual([]);
  await context.close();
});

it('an Alingsås-shaped tjänsteskrivelse with an own part, a lone unnumbered point and the signatures in the order set', async () => {
  const { context, page, errors } = await openApp(browser());
  await lendPrinter(context, browser());
  await setUp(page, 'Tjänsteskrivelse (som i Alingsås)', 'memo-template-alingsas', async (settings) => {
    await settings.getByLabel('Namn på en egen del').fill('Samverkan');
    await settings.getByRole('button', { name: '+ Lägg till egen del' }).click();
    // From the end of the order to just before the proposal.
    for (let step = 0; step < 4; step += 1) await settings.getByRole('button', { name: 'Flytta upp Samverkan' }).click();
    await settings.getByRole('checkbox', { name: 'Numrera en ensam beslutspunkt (”1.”)' }).uncheck();
    await settings.getByRole('textbox', { name: 'Etikett för Diarienummer' }).fill('Dnr');
  });

  await page.getByRole('button', { name: 'Skapa tjänsteskrivelse' }).click();
  const create = page.getByRole('dialog', { name: 'Skapa tjänsteskrivelse' });
  await create.getByLabel('Upphäva').check();
  await create.getByRole('button', { name: 'Skapa utkast' }).click();
  const form = page.getByRole('group', { name: 'Tjänsteskrivelsens delar' });
  await form.getByRole('textbox', { name: 'Samverkan' }).waitFor();
  await form.getByRole('combobox', { name: 'Handläggare' }).selectOption({ label: 'Anna Berg, Avdelningschef' });
  await form.getByRole('combobox', { name: 'Mottagare' }).selectOption({ label: 'Kommunstyrelsen' });
  await form.getByRole('textbox', { name: 'Diarienummer' }).fill('KS 2026/200');
  await form.getByRole('textbox', { name: 'Förvaltningens yttrande' }).fill('Handboken ersätts av kommunens ledningssystem.');
  await form.getByRole('textbox', { name: 'Ekonomisk bedömning' }).fill('Beslutet kostar ingenting.');
  await form.getByRole('textbox', { name: 'Samverkan' }).fill('Förslaget har stämts av med de fackliga organisationerna.');
  // Ticked in one order, printed in the order set with the arrows.
  await form.getByRole('checkbox', { name: 'Omar Said, Stadsdelsdirektör' }).check();
  await form.getByRole('checkbox', { name: 'Anna Berg, Avdelningschef' }).check();
  await form.getByRole('button', { name: 'Flytta upp Anna Berg' }).click();
  await form.getByRole('list', { name: 'Underskrifterna skrivs ut i den här ordningen:' }).getByText('1. Anna Berg, Avdelningschef').waitFor();
  await page.getByRole('tab', { name: 'Kvalitet' }).click();
  await page.getByText('Tjänsteskrivelsen har alla delar som krävs.').waitFor();

  const { word, pdf } = await exportBoth(page);
  const order = [
    'TJÄNSTESKRIVELSE',
    'Dnr: KS 2026/200',
    'Handläggare: Anna Berg, Avdelningschef, 08-508 000 01',
    'Till: Kommunstyrelsen',
    'Tjänsteskrivelse – Upphävande av Kvalitetshandbok för Sjövik kommun',
    'Ärendebeskrivning',
    'Förvaltningens yttrande',
    'Ekonomisk bedömning',
    'Samverkan',
    'Förslaget har stämts av med de fackliga organisationerna.',
    'Förslag till beslut',
    'Kommunfullmäktige beslutar att upphäva Kvalitetshandbok för Sjövik kommun (KS 2024/312).',
    'Anna Berg',
    'Omar Said',
    'Bilagor',
  ];
  expectInOrder(word, order);
  // A lone point without "1." and no sub-heading for one body.
  expect(word).not.toContain('1.\tKommunfullmäktige beslutar');
  expect(word).not.toContain('Förslag till beslut i');
  // In the PDF the header's labels stand in a column of their own, beside the values.
  expectInOrder(oneLine(pdf), order.filter((line) => !line.includes(':')).map(oneLine));
  expect(errors).toEqual([]);
  await context.close();
});
