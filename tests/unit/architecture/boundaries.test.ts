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

  describe('the layers of the renderer: app → features → editor → storage, host → ui', () => {
    it.each([
      ["import { hrefOf } from '../app/routes';", 'renderer/src/ui/probe.ts', 'ui/ reaching up to app/'],
      ["import { useStorage } from '../storage/storage';", 'renderer/src/ui/probe.ts', 'ui/ reaching up to storage/'],
      ["import { useHost } from '../host';", 'renderer/src/storage/probe.ts', 'storage/ importing its neighbour host/'],
      ["import { createBrowserBackupStore } from '../storage/browser-backups';", 'renderer/src/host/probe.ts', 'host/ importing its neighbour storage/'],
      ["import { useDocumentHeaders } from '../../storage/storage';", 'renderer/src/editor/nodes/probe.tsx', 'the editor reading storage/'],
      ["import { App } from '../../app/App';", 'renderer/src/editor/nodes/probe.tsx', 'the editor reaching up to app/'],
      ["import { DocumentScreen } from '../documents/DocumentScreen';", 'renderer/src/editor/probe.tsx', 'the editor reaching up to a feature'],
      ["import { useBackups } from '../backups/use-backups';", 'renderer/src/library/probe.ts', 'a feature importing another'],
      ["import { MemoForm } from '../memo/MemoForm';", 'renderer/src/documents/probe.tsx', 'a feature importing another'],
      ["import { Layout } from '../app/Layout';", 'renderer/src/organisation/probe.tsx', 'a feature reaching up to app/'],
      ["import { ContentEditor } from '../editor/ContentEditor';", 'renderer/src/documents/probe.tsx', 'a feature reaching inside the editor'],
    ])('refuses %s in %s (%s)', async (line, filePath) => {
      expect(await ruleIdsFor(filePath, `${line}\nexport const probe = 1;\n`)).toContain('no-restricted-imports');
    });

    it.each([
      ["import { ContentEditor } from '../editor';", 'renderer/src/documents/probe.tsx'],
      ["import { useStorage } from '../storage/storage';\nimport { useHost } from '../host';\nimport { Dialog } from '../ui/Dialog';", 'renderer/src/library/probe.tsx'],
      ["import { DocumentScreen } from '../documents/DocumentScreen';\nimport { memoParts } from '../memo';", 'renderer/src/app/probe.tsx'],
      ["import { useNotice } from '../../ui/notices';\nimport { $createBlock } from '../blocks';", 'renderer/src/editor/plugins/probe.tsx'],
      ["import { describeError } from '../ui/describe-error';", 'renderer/src/storage/probe.ts'],
    ])('allows %s in %s', async (lines, filePath) => {
      expect(await ruleIdsFor(filePath, `${lines}\nexport const probe = 1;\n`)).not.toContain('no-restricted-imports');
    });

    it('keeps the renderer-wide refusals in every layer, as a later config block replaces the patterns of an earlier one', async () => {
      for (const folder of ['app', 'documents', 'library', 'memo', 'backups', 'organisation', 'editor', 'host', 'ui']) {
        expect(await ruleIdsFor(`renderer/src/${folder}/probe.ts`, "import Dexie from 'dexie';\nexport const probe = Dexie;\n"), folder).toContain('no-restricted-imports');
      }
      expect(await ruleIdsFor('renderer/src/storage/probe.ts', "import { ipcRenderer } from 'electron';\nexport const probe = 1;\n")).toContain('no-restricted-imports');
    });
  });
});
