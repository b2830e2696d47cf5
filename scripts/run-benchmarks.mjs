#!/usr/bin/env node
// Runs every bench/*.bench.mjs against the built packages and prints one table of medians with
// the machine it ran on. Benchmarks report; they never fail the build. Record results, with the
// date, in docs/benchmarks.md.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench');
const only = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.mjs'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

const rows = [];
for (const file of files) {
  const { default: run } = await import(pathToFileURL(join(benchDir, file)).href);
  for (const result of await run()) rows.push({ file, ...result });
}

// The browser benchmarks' figures depend on the Chromium build as much as on the machine.
const chromiumVersion = () => {
  try {
    return execFileSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split(' built on')[0];
  } catch {
    return 'Chromium: not found';
  }
};

// Instances of one machine kind all call themselves "AMD EPYC" yet differ about twofold in speed;
// the CPU family and model from /proc/cpuinfo tell them apart.
const cpuName = () => {
  const model = cpus()[0]?.model ?? 'cpu';
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    const field = (name) => new RegExp(`^${name}\\s*:\\s*(.+)$`, 'm').exec(info)?.[1];
    return field('cpu family') === undefined ? model : `${model} (family ${field('cpu family')}, model ${field('model')})`;
  } catch {
    return model;
  }
};

const verdict = ({ value, target, better }) => {
  if (target === null || target === undefined) return '';
  return (better === 'higher' ? value >= target : value <= target) ? 'meets' : 'MISSES';
};
const format = (value) => (Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en') : value.toPrecision(3));

process.stdout.write(
  `\n${new Date().toISOString().slice(0, 10)} · node ${process.version} · ${cpuName()} × ${cpus().length} · ${Math.round(totalmem() / 2 ** 30)} GiB · ${chromiumVersion()}\n\n`,
);
process.stdout.write('| benchmark | result (median where repeated) | target | |\n|---|---|---|---|\n');
for (const row of rows) {
  const target = row.target === null || row.target === undefined ? '—' : `${row.better === 'higher' ? '≥' : '≤'} ${format(row.target)} ${row.unit}`;
  process.stdout.write(`| ${row.name} | ${format(row.value)} ${row.unit} | ${target} | ${verdict(row)} |\n`);
}
