/**
 * A hostile or broken .handbok file, as one arrives by e-mail: what it tries, its bytes, and what
 * Handbok must do with it. Every fixture is checked by `handbok check` (tests/unit/electron/cli) and
 * opened in the app with the window kept responsive (tests/e2e/hostile-archives.e2e.ts).
 */
export interface HostileFixture {
  /** A short file-name-like name, e.g. `dots-150k`. */
  name: string;
  /** What the file tries, in a sentence (English: for test names). */
  tries: string;
  /** The file's bytes. Built on demand: some are megabytes. */
  bytes(): Uint8Array;
  /**
   * `refused`: the archive is not imported, with a message naming the reason;
   * `accepted`: it is imported (repaired where the gate bounds it) and every document opens.
   */
  outcome: 'refused' | 'accepted';
  /** Words the message to the user contains (Swedish, as the CLI prints it), e.g. `djup`. */
  messageIncludes?: string;
}

const encoder = new TextEncoder();
export const utf8 = (text: string): Uint8Array => encoder.encode(text);
