import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { MAX_CONTENT_DEPTH } from '../../shared/model/content-limits';
import { clickAtEndOfDocument, createDocument, paste, skipOnboarding, storedContent, storedJson, waitUntilSaved } from './support/actions';
import { openApp, useBrowser } from './support/browser';

/**
 * What a web page can put on the clipboard, pasted: nothing of it may hide text from the person
 * reviewing the document, carry an unsafe link, or nest deeper than stored content may; and an
 * article keeps its headings, paragraphs and lists whatever wraps them.
 */
const browser = useBrowser();

async function newDocument(page: Page, title: string): Promise<string> {
  await skipOnboarding(page);
  await createDocument(page, 'Riktlinje', title);
  const id = decodeURIComponent(page.url().split('/').pop()!);
  await clickAtEndOfDocument(page);
  await page.keyboard.press('Enter');
  return id;
}


const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Dokumentets innehåll' });

interface StoredNode {
  type?: string;
  style?: string;
  textStyle?: string;
  url?: string;
  text?: string;
  children?: StoredNode[];
}

/** Every node of stored content with its depth (the root's children at 1), walked without recursion. */
function nodesOf(content: unknown): { node: StoredNode; depth: number }[] {
  const found: { node: StoredNode; depth: number }[] = [];
  const stack: { node: StoredNode; depth: number }[] = [{ node: (content as { root: StoredNode }).root, depth: 0 }];
  while (stack.length) {
    const entry = stack.pop()!;
    found.push(entry);
    for (const child of entry.node.children ?? []) stack.push({ node: child, depth: entry.depth + 1 });
  }
  return found;
}

/** Lexical's own clipboard format, as any web page can write it with `clipboardData.setData`. */
const lexicalPayload = (nodes: unknown[]) => JSON.stringify({ namespace: 'handbok', nodes });
const text = (value: string, style = '') => ({ type: 'text', version: 1, text: value, format: 0, style, mode: 'normal', detail: 0 });
const paragraph = (children: unknown[], textStyle = '') => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle, children });
const link = (url: string, label: string) => ({ type: 'link', version: 1, url, rel: null, target: null, title: null, direction: null, format: '', indent: 0, children: [text(label)] });

it('text hidden by a style in Lexical’s clipboard format is shown, and stored without the style', async () => {
  const { context, page, errors } = await openApp(browser());
  const id = await newDocument(page, 'Dold text');
  await paste(page, {
    'text/plain': 'Beslutet gäller.',
    'application/x-lexical-editor': lexicalPayload([
      paragraph(
        [
          text('Beslutet gäller. '),
          text('Nämnden avstår all tillsyn.', 'display:none'),
          text(' Vitt på vitt.', 'color:#fff;background:#fff'),
          text(' Pytteliten.', 'font-size:1px'),
        ],
        'color:white',
      ),
    ]),
  });
  const editor = editorOf(page);
  for (const words of ['Nämnden avstår all tillsyn.', 'Vitt på vitt.', 'Pytteliten.']) {
    await expect.poll(() => editor.getByText(words).isVisible()).toBe(true);
  }
  // No run in the editor carries a style of its own: what the reviewer sees is what is exported.
  expect(await editor.locator('[style]').evaluateAll((elements) => elements.map((element) => element.getAttribute('style')).filter((style) => /display|color|font-size/.test(style ?? '')))).toEqual([]);
  await waitUntilSaved(page);
  await expect.poll(() => storedJson(page, id)).toContain('Nämnden avstår all tillsyn.');
  const styled = nodesOf(await storedContent(page, id)).filter(({ node }) => node.style || node.textStyle);
  expect(styled).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

it('a style on pasted web content hides nothing either', async () => {
  const { context, page, errors } = await openApp(browser());
  const id = await newDocument(page, 'Dold webbtext');
  await paste(page, {
    'text/plain': 'Synligt',
    'text/html': '<p>Synligt <span style="display:none">och dolt</span> <span style="color:white;font-size:1px">och vitt</span></p>',
  });
  const editor = editorOf(page);
  await expect.poll(() => editor.getByText('och dolt', { exact: false }).isVisible()).toBe(true);
  await waitUntilSaved(page);
  await expect.poll(() => storedJson(page, id)).toContain('och vitt');
  expect(nodesOf(await storedContent(page, id)).filter(({ node }) => node.style || node.textStyle)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

const WEB_ARTICLE = `<main><article>
  <header><nav><a href="https://www.sjovik.se/">Startsida</a></nav><h1>Så hanterar vi synpunkter</h1></header>
  <section><div><div>
    <h2>Ta emot</h2>
    <p>Alla synpunkter registreras samma dag.</p>
    <div><ul><li>Skriftligt</li><li>Muntligt</li></ul></div>
  </div></div></section>
  <noscript><p>Aktivera JavaScript för att se kartan.</p></noscript>
  <section>
    <h2>Besvara</h2>
    <div>Svar lämnas inom tio arbetsdagar.</div>
    <aside><p>Tips: ring om det brådskar.</p></aside>
    <figure><figcaption>Flödet i korthet</figcaption></figure>
    <ol><li>Läs</li><li>Svara</li></ol>
  </section>
  <footer><p>Senast ändrad i maj.</p></footer>
</article></main>`;

it('a pasted web article keeps its headings, paragraphs and lists, whatever wraps them', async () => {
  const { context, page, errors } = await openApp(browser());
  const id = await newDocument(page, 'Webbartikel');
  await paste(page, { 'text/html': WEB_ARTICLE, 'text/plain': 'Så hanterar vi synpunkter' });
  const editor = editorOf(page);
  await editor.getByRole('heading', { level: 1, name: 'Så hanterar vi synpunkter' }).waitFor();
  const headings = await editor.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.slice(headings.indexOf('Ta emot'))).toEqual(['Ta emot', 'Besvara']);
  expect(await editor.locator('ul', { hasText: 'Skriftligt' }).locator('li').allTextContents()).toEqual(['Skriftligt', 'Muntligt']);
  expect(await editor.locator('ol', { hasText: 'Läs' }).locator('li').allTextContents()).toEqual(['Läs', 'Svara']);
  const paragraphs = (await editor.locator(':scope > p').allTextContents()).map((paragraph) => paragraph.trim()).filter(Boolean);
  for (const expected of [
    'Startsida',
    'Alla synpunkter registreras samma dag.',
    'Svar lämnas inom tio arbetsdagar.',
    'Tips: ring om det brådskar.',
    'Flödet i korthet',
    'Senast ändrad i maj.',
  ]) {
    expect(paragraphs).toContain(expected);
  }
  await page.screenshot({ path: '/tmp/paste-web-article.png' });
  await waitUntilSaved(page);
  await expect.poll(() => storedJson(page, id)).toContain('Senast ändrad i maj.');
  expect(errors).toEqual([]);
  await context.close();
});

it('a link that carries a password, a script or a file becomes its plain text, on every paste path', async () => {
  const { context, page, errors } = await openApp(browser());
  const id = await newDocument(page, 'Osäkra länkar');
  await paste(page, {
    'text/plain': 'Länkar',
    'text/html':
      '<p><a href="https://kalle:hemligt@intranat.sjovik.se/">Intranätet</a>, <a href="javascript:alert(1)">Skript</a>, <a href="file:///C:/hemligt.docx">Filen</a> och <a href="https://www.sjovik.se/">Sjövik</a>.</p>',
  });
  await editorOf(page).getByRole('link', { name: 'Sjövik' }).waitFor();
  await page.keyboard.press('Enter');
  await paste(page, {
    'text/plain': 'Mer',
    'application/x-lexical-editor': lexicalPayload([
      paragraph([link('https://anna:lösen@intranat.sjovik.se/', 'Inloggad'), text(' och '), link('javascript:alert(2)', 'Skript2'), text(' och '), link('https://www.sjovik.se/om', 'Om Sjövik')]),
    ]),
  });
  const editor = editorOf(page);
  await editor.getByRole('link', { name: 'Om Sjövik' }).waitFor();
  expect(await editor.getByRole('link').allTextContents()).toEqual(['Sjövik', 'Om Sjövik']);
  for (const words of ['Intranätet', 'Skript', 'Filen', 'Inloggad', 'Skript2']) await editor.getByText(words, { exact: false }).first().waitFor();
  await waitUntilSaved(page);
  await expect.poll(() => storedJson(page, id)).toContain('Om Sjövik');
  const urls = nodesOf(await storedContent(page, id)).flatMap(({ node }) => (node.url ? [node.url] : []));
  expect(urls.sort()).toEqual(['https://www.sjovik.se/', 'https://www.sjovik.se/om']);
  expect(errors).toEqual([]);
  await context.close();
});

const DEEP = 3000;

it('deeply nested pasted HTML keeps its text and stays within the content depth bound', async () => {
  const { context, page, errors } = await openApp(browser());
  const id = await newDocument(page, 'Djup webbtext');
  const lists = `${'<ul><li>Nivå'.repeat(DEEP)}Botten${'</li></ul>'.repeat(DEEP)}`;
  const quotes = `${'<blockquote><div>'.repeat(DEEP)}Citatbotten${'</div></blockquote>'.repeat(DEEP)}`;
  await paste(page, { 'text/plain': 'Djupt', 'text/html': `${lists}${quotes}<p>Efter det djupa.</p>` });
  const editor = editorOf(page);
  await editor.getByText('Efter det djupa.').waitFor();
  await editor.getByText('Botten', { exact: false }).first().waitFor();
  await editor.getByText('Citatbotten', { exact: false }).first().waitFor();
  // The writer is told that the deepest part came in as plain paragraphs.
  await page.getByText('Det inklistrade var nästlat djupare än ett dokument kan vara', { exact: false }).waitFor();
  await waitUntilSaved(page);
  await expect.poll(() => storedJson(page, id)).toContain('Efter det djupa.');
  const deepest = Math.max(...nodesOf(await storedContent(page, id)).map(({ depth }) => depth));
  expect(deepest).toBeLessThanOrEqual(MAX_CONTENT_DEPTH);
  expect(errors).toEqual([]);
  await context.close();
});

it('a deeply nested Lexical clipboard payload keeps its text and stays within the content depth bound', async () => {
  const { context, page, errors } = await openApp(browser());
  const id = await newDocument(page, 'Djup Lexical-text');
  // Written as text: JSON.stringify itself recurses, and 3,000 lists are 12,000 levels of JSON.
  const list = (level: number) => `{"type":"list","version":1,"listType":"bullet","start":1,"tag":"ul","direction":null,"format":"","indent":0,"children":[{"type":"listitem","version":1,"value":1,"direction":null,"format":"","indent":0,"children":[${JSON.stringify(text(`Nivå ${level}`))},`;
  let nested = '';
  for (let level = 0; level < DEEP; level += 1) nested += list(level);
  nested += JSON.stringify(paragraph([text('Djupast nere')])) + ']}]}'.repeat(DEEP);
  const payload = `{"namespace":"handbok","nodes":[${nested},${JSON.stringify(paragraph([text('Efter listan.')]))}]}`;
  await paste(page, { 'text/plain': 'Djupt', 'application/x-lexical-editor': payload });
  const editor = editorOf(page);
  await editor.getByText('Efter listan.').waitFor();
  await editor.getByText('Djupast nere', { exact: false }).first().waitFor();
  // The writer is told that the deepest part came in as plain paragraphs.
  await page.getByText('Det inklistrade var nästlat djupare än ett dokument kan vara', { exact: false }).waitFor();
  await waitUntilSaved(page);
  await expect.poll(() => storedJson(page, id)).toContain('Efter listan.');
  const deepest = Math.max(...nodesOf(await storedContent(page, id)).map(({ depth }) => depth));
  expect(deepest).toBeLessThanOrEqual(MAX_CONTENT_DEPTH);
  expect(errors).toEqual([]);
  await context.close();
});
