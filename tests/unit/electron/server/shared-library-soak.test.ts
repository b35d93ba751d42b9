import { $getSelection, $isRangeSelection } from 'lexical';
import { afterAll, describe, expect, it } from 'vitest';
import { documentFromSeed } from '../../../../shared/model/document';
import { syntheticHandbook } from '../../../../shared/model/synthetic-handbook';
import { addUser } from '../../../../electron/server/users';
import { $paragraphAt, allSent, connect, contentOf, edit, getJson, share, startServer, temporaryFolder, textsOf, until, type Client, type RunningServer } from './shared-library-support';

/*
 * Five people typing into one 60-page handbook for a minute, against a real server on 127.0.0.1: two of
 * them in the same paragraph (one at its start, one at its end), three in paragraphs of their own. Each
 * types a letter that the handbook does not contain, so that every keystroke can be counted at the end.
 * HANDBOK_SOAK_SECONDS shortens the run while working on it; CI runs the full minute.
 */

const SECONDS = Number(process.env.HANDBOK_SOAK_SECONDS ?? 60);
const LETTERS = ['α', 'β', 'γ', 'δ', 'ε'];
/** Which paragraph each typist types in, and where: the first two share one. */
const PLACES: { paragraph: number; at: 'start' | 'end' }[] = [
  { paragraph: 2, at: 'end' },
  { paragraph: 2, at: 'start' },
  { paragraph: 10, at: 'end' },
  { paragraph: 40, at: 'end' },
  { paragraph: 80, at: 'end' },
];

const running: { server?: RunningServer; clients: Client[] } = { clients: [] };
afterAll(async () => {
  for (const client of running.clients) client.close();
  await running.server?.stop();
}, 60_000);

const count = (text: string, letter: string) => Array.from(text).filter((character) => character === letter).length;

describe('five people typing into one 60-page handbook', () => {
  it(
    `loses no keystroke in ${SECONDS} s, and every client and the server's JSON end equal`,
    async () => {
      const folder = temporaryFolder();
      const tokens = await Promise.all(LETTERS.map((_letter, index) => addUser(folder, `Skribent ${index + 1}`, 'editor', new Date())));
      const server = await startServer(folder);
      running.server = server;
      const handbook = documentFromSeed(syntheticHandbook(60), new Date().toISOString(), () => 'stor-handbok');
      expect(JSON.stringify(handbook.content)).not.toMatch(new RegExp(`[${LETTERS.join('')}]`));
      await share(server, handbook, tokens[0]!);
      const clients = await Promise.all(tokens.map((token) => connect(server, handbook.id, token)));
      running.clients.push(...clients);

      const typed = LETTERS.map(() => 0);
      const end = Date.now() + SECONDS * 1000;
      await Promise.all(
        clients.map(async (client, index) => {
          const { paragraph, at } = PLACES[index]!;
          while (Date.now() < end) {
            await edit(client, () => {
              const target = $paragraphAt(paragraph);
              if (at === 'end') target.selectEnd();
              else target.selectStart();
              const selection = $getSelection();
              if ($isRangeSelection(selection)) selection.insertText(LETTERS[index]!);
            });
            typed[index]! += 1;
            // A fast typist: 8 to 12 keys a second.
            await new Promise((resolve) => setTimeout(resolve, 80 + Math.random() * 40));
          }
        }),
      );

      for (const client of clients) await allSent(client);
      const first = JSON.stringify(await contentOf(clients[0]!));
      await until('all clients equal', async () => (await Promise.all(clients.map(async (client) => JSON.stringify(await contentOf(client))))).every((content) => content === first), 30_000);

      const texts = await textsOf(clients[0]!);
      LETTERS.forEach((letter, index) => {
        expect(count(texts[PLACES[index]!.paragraph]!, letter), `keystrokes of ${letter}`).toBe(typed[index]);
      });
      // Only that they typed: the rate itself depends on how busy the machine is.
      expect(typed.every((keys) => keys >= SECONDS * 2)).toBe(true);
      expect(texts[2]!.startsWith(LETTERS[1]!)).toBe(true);
      expect(texts[2]!.endsWith(LETTERS[0]!)).toBe(true);

      await until(
        "the server's stored JSON equals the clients'",
        async () => JSON.stringify(((await getJson(server, `/api/documents/${handbook.id}`, tokens[0])).body as { content: unknown }).content) === first,
        30_000,
      );
    },
    (SECONDS + 120) * 1000,
  );
});
