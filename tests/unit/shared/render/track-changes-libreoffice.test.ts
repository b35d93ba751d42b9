import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { documentFromSeed } from '../../../../shared/model/document';
import { exportDocx } from '../../../../shared/render/export';
import { sampleLibrary } from '../../../../resources/samples/sample-library';
import { sampleOrganisation } from '../../../../resources/samples/sample-organisation';
import { CHANGED, comparisonFixture, everyKindOfChange } from './comparison-fixture';

const run = promisify(execFile);
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The Word file with changes, as an official without Word opens it: LibreOffice reads the tracked
 * changes and, as it does by default, prints them, so its PDF has the deleted words as well as the
 * inserted ones. One conversion for both files, as LibreOffice takes its time to start.
 */
it('LibreOffice shows both the deleted and the inserted words of a Word file with changes', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'handbok-changes-lo-'));
  const { document, changesAgainst } = comparisonFixture();
  writeFileSync(join(folder, 'handbok.docx'), (await exportDocx(document, sampleOrganisation, { changesAgainst })).bytes);
  const { before, after } = everyKindOfChange();
  const policy = { ...documentFromSeed(sampleLibrary[1]!, '2026-01-01T00:00:00.000Z', () => 'policy'), content: after };
  writeFileSync(join(folder, 'alla.docx'), (await exportDocx(policy, sampleOrganisation, { changesAgainst: { content: before, label: 'version 1', author: 'Handbok', date: '2026-12-06T10:00:00Z' } })).bytes);
  await run('soffice', ['--headless', `-env:UserInstallation=file://${folder}/lo-profile`, '--convert-to', 'pdf', '--outdir', folder, join(folder, 'handbok.docx'), join(folder, 'alla.docx')], {
    timeout: 120_000,
  });

  const handbook = oneLine((await run('pdftotext', [join(folder, 'handbok.pdf'), '-'])).stdout);
  expect(handbook).toContain(`Vi mäter det som är ${CHANGED.principle.deleted} ${CHANGED.principle.inserted} och använder resultaten.`);
  expect(handbook).toContain(`Kvalitetsgruppen ${CHANGED.role.inserted}`);
  expect(handbook).toContain(CHANGED.definition.deleted);
  expect(handbook).toContain(`Målvärde: Minst ${CHANGED.goal.deleted}${CHANGED.goal.inserted} procent`);

  const all = oneLine((await run('pdftotext', [join(folder, 'alla.pdf'), '-'])).stdout);
  for (const words of ['Borttagen rubrik', 'Ny rubrik', 'fetfetare', 'gammalny länk', 'Figur gammal', 'Figur ny', 'En notis som tas bort.', 'Februari', 'Nämnd', 'Förbereda']) {
    expect(all, words).toContain(words);
  }
}, 180_000);
