import mammoth from 'mammoth';
import { expect, it } from 'vitest';
import { openPdfInNode } from '../../electron/cli/pdf-tools';
import { paste } from './support/actions';
import { openApp, useBrowser } from './support/browser';
import { lendPrinter } from './support/pdf-printer';

const browser = useBrowser();

/** What Word puts on the clipboard for an italic word and a bulleted list (trimmed): lists are paragraphs with mso-list. */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
<p class=MsoNormal>Kommunens vision gäller <i>alla</i> nämnder.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Mål och budget<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Uppföljning varje tertial<o:p></o:p></p>
</body></html>`;

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/** Each structure element of the PDF with its role and the text it holds, as a screen reader meets them. */
async function taggedText(bytes: Uint8Array): Promise<{ role: string; text: string; items: string[] }[]> {
  const pdf = await openPdfInNode(bytes);
  const found: { role: string; text: string; items: string[] }[] = [];
  try {
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const marked = new Map<string, string>();
      let current: string | null = null;
      for (const item of (await page.getTextContent({ includeMarkedContent: true })).items as { type?: string; id?: string; str?: string }[]) {
        if (item.type === 'beginMarkedContentProps' && item.id) current = item.id;
        else if (item.type === 'endMarkedContent') current = null;
        else if (current && typeof item.str === 'string') marked.set(current, (marked.get(current) ?? '') + item.str);
      }
      const textOf = (node: StructNode): string => (node.type === 'content' && node.id ? (marked.get(node.id) ?? '') : (node.children ?? []).map(textOf).join(''));
      const walk = (node: StructNode) => {
        if (node.role) found.push({ role: node.role, text: textOf(node).trim(), items: (node.children ?? []).filter((child) => child.role === 'LI').map((child) => textOf(child).replace(/^\W+/u, '').trim()) });
        (node.children ?? []).forEach(walk);
      };
      walk((await page.getStructTree()) as StructNode);
    }
  } finally {
    await pdf.destroy();
  }
  return found;
}

it('a memo part takes a typed list, italics, a sub-heading, a footnote and a paste from Word, and exports them as structure to Word and PDF', async () => {
  const { context, page, errors } = await openApp(browser());
  await lendPrinter(context, browser());
  await page.getByLabel('Kommunens eller organisationens namn').fill('Sjövik kommun');
  await page.getByRole('button', { name: 'Kom igång' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Öppna exempelbiblioteket' }).click();
  await page.getByRole('link', { name: 'Tjänsteskrivelse – Antagande av Kvalitetshandbok för Sjövik kommun', exact: true }).click();
  const form = page.getByRole('group', { name: 'Tjänsteskrivelsens delar' });
  await page.getByTestId('reading-view').or(form).first().waitFor();
  if (await page.getByTestId('reading-view').isVisible()) await page.getByTestId('reading-view').getByRole('link', { name: 'Redigera' }).click();

  // The sample's opinion opens as rich text: its list is a list in the editor.
  const opinion = form.getByRole('textbox', { name: 'Förvaltningens yttrande' });
  await opinion.getByRole('listitem').filter({ hasText: 'Ett årshjul som är samordnat med budgetprocessen.' }).waitFor();

  // Written anew, as an official would: a line, a list started by "- ", an italic word, a sub-heading from the toolbar.
  await opinion.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type('Förvaltningen lyfter fram tre värden:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Alingsåsaren i fokus');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Dialog och ');
  await page.keyboard.press('ControlOrMeta+I');
  await page.keyboard.type('samarbete');
  await page.keyboard.press('ControlOrMeta+I');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ständiga förbättringar');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await form.getByRole('toolbar', { name: 'Formatering: Förvaltningens yttrande' }).getByRole('button', { name: 'Underrubrik' }).click();
  await page.keyboard.type('Förvaltningens bedömning');
  await page.keyboard.press('Enter');
  await paste(page, { 'text/html': WORD_HTML, 'text/plain': 'Kommunens vision gäller alla nämnder.\nMål och budget\nUppföljning varje tertial' });

  // A footnote at the end of the last item, from the part's toolbar.
  await form.getByRole('toolbar', { name: 'Formatering: Förvaltningens yttrande' }).getByRole('button', { name: 'Fotnot' }).click();
  const footnote = page.getByRole('dialog', { name: 'Infoga fotnot' });
  await footnote.getByLabel('Fotnotens text').fill('Enligt kommunens budget för 2026.');
  await footnote.getByRole('button', { name: 'Infoga' }).click();
  await footnote.waitFor({ state: 'detached' });

  await expect.poll(() => opinion.getByRole('listitem').allInnerTexts()).toEqual(['Alingsåsaren i fokus', 'Dialog och samarbete', 'Ständiga förbättringar', 'Mål och budget', expect.stringMatching(/^Uppföljning varje tertial\s*1?$/)]);
  await opinion.getByRole('heading', { level: 3, name: 'Förvaltningens bedömning' }).waitFor();
  expect(await opinion.locator('em, i, .doc-italic').allInnerTexts()).toEqual(['samarbete', 'alla']);
  await page.waitForTimeout(600);
  await page.locator('[data-save-state="saved"]').first().waitFor();
  await page.screenshot({ path: new URL('./screenshots/memo-rich.png', import.meta.url).pathname, fullPage: false, clip: (await opinion.locator('xpath=ancestor::section[1]').boundingBox())! });

  /** An export, past the warning about what the memo lacks (the sample's people are not this organisation's). */
  const exported = async (button: string) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const warning = page.getByRole('dialog', { name: 'Tjänsteskrivelsen är inte klar för beslut' });
    await warning.or(page.getByRole('status').getByText(/sparad/)).first().waitFor({ timeout: 60_000 });
    if (await warning.isVisible()) await warning.getByRole('button', { name: 'Exportera ändå' }).click();
    return (await download).path();
  };

  // Word: a real list (Word numbering), italic runs, the sub-heading as Heading 3.
  const word = (await mammoth.convertToHtml({ path: (await exported('Exportera till Word'))! })).value.replace(/<a id="[^"]*"><\/a>/g, '');
  const part = word.slice(word.indexOf('<h2>Förvaltningens yttrande</h2>'), word.indexOf('<h2>Ekonomisk bedömning</h2>'));
  expect(part).toContain('<ul><li>Alingsåsaren i fokus</li><li>Dialog och <em>samarbete</em></li><li>Ständiga förbättringar</li></ul>');
  expect(part).toContain('<h3>Förvaltningens bedömning</h3>');
  expect(part).toContain('<p>Kommunens vision gäller <em>alla</em> nämnder.</p><ul><li>Mål och budget</li><li>Uppföljning varje tertial<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></li></ul>');
  // Word's own footnote, which mammoth lists at the end.
  expect(word).toMatch(/<li id="footnote-1"><p>\s*Enligt kommunens budget för 2026\./);

  // PDF: the lists are L elements with their items, the sub-heading an H3.
  const { readFile } = await import('node:fs/promises');
  const tagged = await taggedText(new Uint8Array(await readFile((await exported('Exportera till PDF'))!)));
  const lists = tagged.filter((element) => element.role === 'L').map((element) => element.items);
  expect(lists).toContainEqual(['Alingsåsaren i fokus', 'Dialog och samarbete', 'Ständiga förbättringar']);
  expect(lists).toContainEqual(['Mål och budget', expect.stringMatching(/^Uppföljning varje tertial\s*1$/)]);
  expect(tagged.some((element) => element.text.includes('Enligt kommunens budget för 2026.'))).toBe(true);
  expect(tagged.filter((element) => element.role === 'H3').map((element) => element.text)).toContain('Förvaltningens bedömning');
  expect(errors).toEqual([]);
  await context.close();
});
