// Builds an embedding example (docs/examples/<name>) in a separate Node process (see
// build-example-worker.mjs for why) into a temp folder, and returns its files as routes.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Route } from './serve-in-chromium.mjs';

const worker = join(dirname(fileURLToPath(import.meta.url)), 'build-example-worker.mjs');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** Every servable file under `dir` as a route under `prefix`; `index.html` also answers at its folder. */
export function routesFor(dir: string, prefix: string): Record<string, Route> {
  const routes: Record<string, Route> = {};
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const type = CONTENT_TYPES[extname(file)];
    if (type === undefined) continue;
    const path = `${prefix}${file.split('\\').join('/')}`;
    const route = { body: readFileSync(join(dir, file)), type };
    routes[path] = route;
    if (path.endsWith('/index.html')) routes[path.slice(0, -'index.html'.length)] = route;
  }
  return routes;
}

export interface BuiltExample {
  /** The built site as routes under `/<name>/`. */
  readonly routes: Record<string, Route>;
  /** Every JavaScript file the build wrote, joined, to look for what should not be in it. */
  readonly javascript: string;
}

/** Type-checks and builds `docs/examples/<name>` for production; throws with the toolchain's own messages. */
export async function buildExample(name: string): Promise<BuiltExample> {
  const outDir = mkdtempSync(join(tmpdir(), `samspil-example-${name}-`));
  try {
    await promisify(execFile)(process.execPath, [worker, name, outDir], {
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stderr?: string; stdout?: string }) => {
      throw new Error(`building docs/examples/${name} failed:\n${error.stderr ?? ''}${error.stdout ?? ''}`);
    });
    const routes = routesFor(join(outDir, 'dist'), `/${name}/`);
    const javascript = Object.entries(routes)
      .filter(([path]) => path.endsWith('.js'))
      .map(([, route]) => (typeof route.body === 'string' ? route.body : Buffer.from(route.body).toString('utf8')))
      .join('\n');
    return { routes, javascript };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
