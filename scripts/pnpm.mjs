#!/usr/bin/env node
// Runs pnpm without needing it installed globally: a pnpm already driving this process is
// reused, otherwise the version pinned in package.json's packageManager is fetched with npx.
// Installs dependencies from the lockfile first when node_modules is missing or stale.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const args = process.argv.slice(2);

function pnpm(pnpmArgs) {
  const execPath = process.env.npm_execpath ?? '';
  const command = execPath.includes('pnpm')
    ? [process.execPath, [execPath, ...pnpmArgs]]
    : ['npx', ['--yes', packageManager, ...pnpmArgs]];
  const result = spawnSync(command[0], command[1], { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function installIsCurrent() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  if (!existsSync(marker)) return false;
  return statSync(marker).mtimeMs >= statSync(join(root, 'pnpm-lock.yaml')).mtimeMs;
}

if (!installIsCurrent()) {
  const status = pnpm(['install', '--frozen-lockfile']);
  if (status !== 0) process.exit(status);
}
process.exit(pnpm(args));
