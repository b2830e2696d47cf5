#!/usr/bin/env node
// Runs the widgets' browser tests (web-test-runner in the system Chromium), passing its output
// through, and records how many passed and failed so the test command's closing line can count
// browser and Node tests together.
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

export const BROWSER_RESULTS = '.wtr-results.json';
rmSync(BROWSER_RESULTS, { force: true });

const child = spawn('pnpm', ['--filter', '@samspil/widgets', 'test'], { stdio: ['ignore', 'pipe', 'inherit'] });
let tail = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  tail = (tail + chunk.toString()).slice(-4_000);
});
child.on('close', (status) => {
  // eslint-disable-next-line no-control-regex
  const counts = [...tail.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (counts) writeFileSync(BROWSER_RESULTS, JSON.stringify({ passed: Number(counts[1]), failed: Number(counts[2]) }));
  process.exit(status ?? 1);
});
