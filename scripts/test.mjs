#!/usr/bin/env node
// `npm test`: every check of the project, in the order a failure is cheapest to find. Each step runs
// even when an earlier one failed, so one run shows everything that is wrong; the exit code is 1 if
// anything failed. The last line is the plain "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });

function run(title, command, args, env = {}) {
  console.log(`\n━━ ${title} ━━`);
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = child.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${title} (${seconds} s)`);
  return ok;
}

function vitestCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0, ran: false };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0),
    skipped: report.numPendingTests + report.numTodoTests,
    ran: true,
  };
}

function vitest(project) {
  const output = `${results}/${project}.json`;
  const ok = run(`${project} tests`, 'npx', [
    'vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`,
  ]);
  return { ok, counts: vitestCounts(output) };
}

const checks = [];
checks.push(run('System packages', 'bash', ['scripts/ensure-system-deps.sh']));
checks.push(run('Type check', 'npm', ['run', '--silent', 'typecheck']));
checks.push(run('Lint', 'npm', ['run', '--silent', 'lint']));
checks.push(run('Electronegativity', 'node', ['scripts/electronegativity.mjs']));
const unit = vitest('unit');
const e2e = vitest('e2e');

const passed = unit.counts.passed + e2e.counts.passed;
const failed = unit.counts.failed + e2e.counts.failed;
const failedChecks = checks.filter((ok) => !ok).length;
console.log('\n━━ Summary ━━');
console.log(`unit: ${unit.counts.passed} passed, ${unit.counts.failed} failed`);
console.log(`e2e: ${e2e.counts.passed} passed, ${e2e.counts.failed} failed`);
console.log(`checks: ${checks.length - failedChecks} passed, ${failedChecks} failed (system packages, types, lint, electronegativity)`);
const allOk = failedChecks === 0 && unit.ok && e2e.ok && failed === 0;
console.log(`${passed} passed, ${failed + failedChecks} failed`);
process.exit(allOk ? 0 : 1);
