import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The boundaries of architecture.md are enforced by lint (eslint.config.js). These cases prove that
 * each rule fires where it must and stays quiet where the import is allowed.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'fatal');
}

describe('architecture boundaries', () => {
  it.each([
    ["import Dexie from 'dexie';", 'Dexie'],
    ["import { app } from 'electron';", 'Electron'],
    ["import { readFileSync } from 'node:fs';", 'Node'],
    ["import { useState } from 'react';", 'React'],
    ["import { $getRoot } from 'lexical';", 'Lexical'],
    ["import { useStorage } from '../../renderer/src/storage/storage';", 'the renderer'],
  ])('shared/ refuses %s (%s)', async (line) => {
    expect(await ruleIdsFor('shared/model/probe.ts', `${line}\nexport const probe = 1;\n`)).toContain('no-restricted-imports');
  });

  it.each(['document.title', 'window.location.href', 'process.env.HOME', 'localStorage.getItem("x")'])(
    'shared/ refuses the global in %s',
    async (expression) => {
      expect(await ruleIdsFor('shared/model/probe.ts', `export const probe = () => ${expression};\n`)).toContain(
        'no-restricted-globals',
      );
    },
  );

  it('shared/ may use zod and its own modules', async () => {
    const code = "import { z } from 'zod';\nimport { isIsoDate } from './dates';\nexport const probe = [z, isIsoDate];\n";
    expect(await ruleIdsFor('shared/model/probe.ts', code)).toEqual([]);
  });

  it.each([
    ["import { ipcRenderer } from 'electron';", 'renderer/src/app/probe.ts'],
    ["import { readFile } from 'fs';", 'renderer/src/app/probe.ts'],
    ["import Dexie from 'dexie';", 'renderer/src/library/probe.ts'],
    ["import { ipcRenderer } from 'electron';", 'renderer/src/storage/probe.ts'],
  ])('the renderer refuses %s in %s', async (line, filePath) => {
    expect(await ruleIdsFor(filePath, `${line}\nexport const probe = 1;\n`)).toContain('no-restricted-imports');
  });

  it('only renderer/src/storage may import Dexie', async () => {
    const code = "import Dexie from 'dexie';\nexport const probe = Dexie;\n";
    expect(await ruleIdsFor('renderer/src/storage/probe.ts', code)).toEqual([]);
  });
});
