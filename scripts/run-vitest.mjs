#!/usr/bin/env node
// Runs the vitest suite and ends with one plain line, "tests: N passed, N failed", that CI
// and people can read without knowing vitest's own summary format. When the browser tests ran
// first (scripts/run-wtr.mjs), their counts are added in.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const report = '.vitest-results.json';
rmSync(report, { force: true });
const run = spawnSync(
  'vitest',
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit', shell: false },
);
if (run.error) throw run.error;
if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests, numTotalTests } = JSON.parse(readFileSync(report, 'utf8'));
  if (numTotalTests === 0) {
    process.stdout.write('tests: no test ran\n');
    process.exit(1);
  }
  // Read once and removed, so a later vitest-only run never counts stale browser results.
  const browser = existsSync('.wtr-results.json') ? JSON.parse(readFileSync('.wtr-results.json', 'utf8')) : { passed: 0, failed: 0 };
  rmSync('.wtr-results.json', { force: true });
  const skipped = numPendingTests > 0 ? `, ${numPendingTests} skipped` : '';
  process.stdout.write(`node (vitest): ${numPassedTests} passed, ${numFailedTests} failed; browser (web-test-runner): ${browser.passed} passed, ${browser.failed} failed\n`);
  process.stdout.write(`tests: ${numPassedTests + browser.passed} passed, ${numFailedTests + browser.failed} failed${skipped}\n`);
}
process.exit(run.status ?? 1);
