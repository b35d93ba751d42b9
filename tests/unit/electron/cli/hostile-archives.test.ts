import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostileFixtures } from '../../../support/hostile';

const HANDBOK = join(import.meta.dirname, '../../../../scripts/handbok.mjs');
/** "Ends within a few seconds": the command is killed after this, and the test then fails. */
const FEW_SECONDS = 15_000;

/** Runs the real command, as a user in a terminal would, and gives what it printed and how it ended. */
function handbok(...args: string[]): Promise<{ code: number | null; killed: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [HANDBOK, ...args], { timeout: FEW_SECONDS, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, killed: error?.killed === true, output: `${stdout}${stderr}` });
    });
  });
}

describe('handbok check on every hostile archive', () => {
  const folder = mkdtempSync(join(tmpdir(), 'handbok-hostile-'));

  it.each(hostileFixtures.map((fixture) => [fixture.name, fixture] as const))('%s: ends within seconds with a clear message', async (name, fixture) => {
    const path = join(folder, `${name}.handbok`);
    writeFileSync(path, fixture.bytes());
    const result = await handbok('check', path);
    expect(result.killed, `${fixture.tries}: still running after ${FEW_SECONDS / 1000} s`).toBe(false);
    expect(result.output).not.toMatch(/oväntat fel|Error:|at .*\.ts:\d+/);
    if (fixture.outcome === 'refused') {
      // Refused: the usage/problem exit, and one line that names the reason.
      expect(result.code).not.toBe(0);
      expect(result.output).toMatch(/^handbok: /m);
    } else {
      // Checked: a verdict for every document (problems found are the documents' own, exit 1).
      expect([0, 1]).toContain(result.code);
      expect(result.output).toMatch(/Inga problem\.|\d+ problem\.$/m);
    }
    if (fixture.messageIncludes) expect(result.output).toContain(fixture.messageIncludes);
  }, FEW_SECONDS + 10_000);
});
