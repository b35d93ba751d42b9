import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { createDocument, skipOnboarding, storedContent, waitUntilSaved } from './support/actions';
import { openApp, useBrowser } from './support/browser';

const browser = useBrowser();

/** What an older, newer or damaged Handbok might have left in the database. */
const damaged = {
  id: 'damaged-1',
  kind: 'handbok',
  title: 'Gammal handbok',
  status: 'arkiverad',
  createdAt: '2020-01-01T00:00:00.000Z',
  updatedAt: '2020-01-01T00:00:00.000Z',
  note: 'must survive',
};

function rawRow(page: Page, id: string) {
  return page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('handbok');
        request.onsuccess = () => {
          const get = request.result.transaction('documents').objectStore('documents').get(key);
          get.onsuccess = () => {
            request.result.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
        request.onerror = () => reject(request.error);
      }),
    id,
  );
}

it('a stored document that does not validate opens read-only with an explanation and is never overwritten', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await page.evaluate(
    (row) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('handbok');
        request.onsuccess = () => {
          const tx = request.result.transaction(['documents'], 'readwrite');
          tx.objectStore('documents').put(row);
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
    damaged,
  );
  await page.reload();

  const group = page.getByRole('region', { name: 'Dokument som inte kan läsas' });
  await group.getByRole('link', { name: /damaged-1/ }).click();
  const alert = page.getByRole('alert');
  await alert.getByRole('heading', { name: 'Dokumentet kan inte öppnas för redigering' }).waitFor();
  expect(await alert.textContent()).toContain('status har ett ogiltigt värde.');
  expect(await page.locator('.raw-data').textContent()).toContain('must survive');
  expect(await page.getByRole('textbox').count()).toBe(0);

  expect(await rawRow(page, 'damaged-1')).toEqual(damaged);
  expect(errors).toEqual([]);
  await context.close();
});

it('content with a node type this version does not know opens, shows a placeholder, and keeps the node when edited', async () => {
  const { context, page, errors } = await openApp(browser());
  await skipOnboarding(page);
  await createDocument(page, 'Handbok', 'Handbok från framtiden');
  await waitUntilSaved(page);
  const id = decodeURIComponent(page.url().split('/').pop()!);

  const future = { type: 'risk-matrix', version: 1, months: [{ month: 3, activity: 'Årsredovisning' }] };
  await page.evaluate(
    ({ id, node }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('handbok');
        request.onsuccess = () => {
          const tx = request.result.transaction('contents', 'readwrite');
          const store = tx.objectStore('contents');
          const get = store.get(id);
          get.onsuccess = () => {
            const row = get.result;
            const content = typeof row.content === 'string' ? JSON.parse(row.content) : row.content;
            content.root.children.splice(1, 0, node);
            store.put({ ...row, content: JSON.stringify(content) });
          };
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { id, node: future },
  );
  await page.reload();

  await page.getByRole('note').filter({ hasText: '”risk-matrix”' }).waitFor();
  const editor = page.getByRole('textbox', { name: 'Dokumentets innehåll' });
  await editor.getByText('1 Inledning').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' och syfte');
  await waitUntilSaved(page);

  const stored = (await storedContent(page, id)) as { root: { children: { type: string }[] } };
  // Kept as it was, with the block id every top-level block now carries.
  expect(stored.root.children).toContainEqual({ ...future, $: { blockId: expect.any(String) } });
  expect(JSON.stringify(stored)).toContain('1 Inledning och syfte');
  expect(JSON.stringify(stored)).not.toContain('handbok-unknown');
  expect(errors).toEqual([]);
  await context.close();
});
