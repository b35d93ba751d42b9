// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from '../../../../renderer/src/editor/paste/clean-pasted-html';

// happy-dom replaces the global URL, so the path is resolved relative to this file by hand.
const word = readFileSync(fileURLToPath(import.meta.url).replace(/unit\/renderer\/editor\/[^/]+$/, 'fixtures/word-clipboard.html'), 'utf8');

describe('cleanPastedHtml', () => {
  const { document, droppedImages } = cleanPastedHtml(word);
  const body = document.body;

  it('keeps headings and rebuilds Word’s list paragraphs as nested bulleted and numbered lists', () => {
    expect([...body.querySelectorAll('h1, h2')].map((heading) => `${heading.tagName} ${heading.textContent?.trim()}`)).toEqual([
      'H1 Riktlinje för synpunktshantering',
      'H2 Så hanteras en synpunkt',
    ]);
    const bullets = body.querySelector('ul')!;
    expect([...bullets.children].map((item) => item.firstChild?.textContent?.trim())).toEqual([
      'Registrera synpunkten',
      'Besvara den som lämnat synpunkten',
    ]);
    expect(bullets.querySelector('li > ul > li')?.textContent?.trim()).toBe('inom en arbetsdag');
    expect([...body.querySelectorAll('ol > li')].map((item) => item.textContent?.trim())).toEqual(['Analysera orsaken', 'Åtgärda och följ upp']);
    // Word's typed bullets and numbers are gone: the lists number themselves.
    expect(body.textContent).not.toMatch(/·|\b1\.\s*Analysera/);
  });

  it('keeps bold, italic and underline as tags and drops fonts, colours, sizes and classes', () => {
    expect(body.querySelector('b')?.textContent).toBe('viktigt underlag');
    expect(body.querySelector('i')?.textContent).toBe('förbättra');
    expect(body.querySelector('u')?.textContent).toBe('alltid');
    const html = body.innerHTML;
    for (const styling of ['style=', 'class=', 'Calibri', '#C00000', 'color', 'Mso', 'o:p', 'mso-']) expect(html).not.toContain(styling);
  });

  it('keeps the table with its cells, and safe links only', () => {
    expect([...body.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()))).toEqual([
      ['Roll', 'Ansvar'],
      ['Handläggare', 'Registrerar och besvarar'],
    ]);
    expect([...body.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual(['https://www.sjovik.se/synpunkter']);
    expect(body.textContent).toContain('eller här.');
  });

  it('drops images, which point at the writer’s temp folder, and counts them', () => {
    expect(body.querySelector('img')).toBeNull();
    expect(droppedImages).toBe(1);
  });

  it('reads Google Docs’ wrapper as not bold', () => {
    const google = cleanPastedHtml('<b style="font-weight:normal;" id="docs-internal-guid-1"><p><span style="font-weight:700">Fet</span> vanlig</p></b>');
    expect(google.document.body.innerHTML).toBe('<p><b>Fet</b> vanlig</p>');
  });
});
