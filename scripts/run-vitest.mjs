#!/usr/bin/env node
// Runs the vitest suite and ends with one plain line, "tests: N passed, N failed", that CI
// and people can read without knowing vitest's own summary format.
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
  const skipped = numPendingTests > 0 ? `, ${numPendingTests} skipped` : '';
  process.stdout.write(`tests: ${numPassedTests} passed, ${numFailedTests} failed${skipped}\n`);
}
process.exit(run.status ?? 1);
