#!/usr/bin/env node
// Runs Electronegativity over electron/ and renderer/ together (so that its global checks see the
// BrowserWindow options and the CSP of index.html at once) and fails on any finding of MEDIUM
// severity or above. Electronegativity itself exits 0 whatever it finds, so its report is parsed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const FAILING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/**
 * Findings that Electronegativity raises on *every* use of a feature and marks for manual review.
 * Each was reviewed; an entry names the check, the file and the code it flags, so a new use of the
 * same feature anywhere else still fails the suite.
 */
const REVIEWED = [
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'electron/main/window.ts',
    sample: /^preload,?$/,
    why: 'The preload is the narrow, typed bridge that architecture.md requires (electron/preload/index.ts): one method per IPC channel, no ipcRenderer, contextIsolation and sandbox on.',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/security.ts',
    sample: /shell\.openExternal\(url\)/,
    why: 'openExternally() passes a URL to shell.openExternal only after isSafeExternalUrl() (shared/url.ts) has parsed it and accepted http, https or mailto without credentials; tested with hostile URLs.',
  },
];

/** Splits one CSV line of Electronegativity's report (fields may be quoted and contain commas). */
function parseCsvLine(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field.trim());
      field = '';
    } else field += char;
  }
  fields.push(field.trim());
  return fields;
}

const electronVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version;
const work = mkdtempSync(join(tmpdir(), 'handbok-electronegativity-'));
try {
  cpSync(join(ROOT, 'electron'), join(work, 'electron'), { recursive: true });
  cpSync(join(ROOT, 'renderer'), join(work, 'renderer'), { recursive: true });
  const report = join(work, 'report.csv');
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/@doyensec/electronegativity/dist/index.js'), '-i', work, '-o', report, '-r', '-v', 'false', '-e', electronVersion],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    console.error('Electronegativity did not run to the end.');
    process.exit(1);
  }
  const [, ...lines] = readFileSync(report, 'utf8').split('\n').filter((line) => line.trim());
  const findings = lines.map((line) => {
    const [check, severity, confidence, file, location, sample] = parseCsvLine(line);
    return { check, severity, confidence, file, location, sample };
  });
  const reviewed = (finding) =>
    REVIEWED.find((entry) => entry.check === finding.check && entry.file === finding.file && entry.sample.test(finding.sample));
  const failing = findings.filter((finding) => FAILING.has(finding.severity) && !reviewed(finding));

  console.log(`Electronegativity ${electronVersion ? `(Electron ${electronVersion})` : ''}: ${findings.length} finding(s)`);
  for (const finding of findings) {
    const entry = reviewed(finding);
    const mark = FAILING.has(finding.severity) ? (entry ? 'reviewed' : 'FAIL') : 'info';
    console.log(`  [${mark}] ${finding.severity} ${finding.check} ${finding.file}:${finding.location} ${finding.sample ?? ''}`);
    if (entry) console.log(`           ${entry.why}`);
  }
  if (failing.length > 0) {
    console.error(`${failing.length} finding(s) of medium or high severity.`);
    process.exit(1);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
