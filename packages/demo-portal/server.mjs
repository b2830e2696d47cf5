#!/usr/bin/env node
// Eksempel Kommune: a fictional municipal portal embedding the Samspil widgets, styled with Det
// Fælles Designsystem (DKFDS) from npm. `npm start` builds the packages and runs this file.
// Every page is sent with a strict Content-Security-Policy with Trusted Types, as a kommune
// should serve pages that show family data; the widgets run under it unchanged.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { portalPages } from './src/pages.mjs';
import { seedFor } from './src/seed.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// dkfds exports no package.json; its files sit in node_modules/dkfds/dist beside this package.
const dkfdsDist = join(here, 'node_modules', 'dkfds', 'dist');
const widgetsCdn = join(here, '..', 'widgets', 'cdn');
const publicDir = join(here, 'public');

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; require-trusted-types-for 'script'";

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** `root` + `relative`, or undefined when the path would leave `root`. */
function inside(root, relative) {
  const full = normalize(join(root, relative));
  return full === root || full.startsWith(root + sep) ? full : undefined;
}

const STATIC = [
  ['/dkfds/', dkfdsDist],
  ['/samspil/', widgetsCdn],
  ['/assets/', publicDir],
];

/**
 * Starts the portal on `port` (0: any free port) at 127.0.0.1 and answers its URL and a `close()`.
 * Pages are made once at start, with the checklist anchored to today.
 */
export async function startDemoPortal({ port = 0, host = '127.0.0.1', today = new Date() } = {}) {
  const pages = portalPages(seedFor(today));
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://portal').pathname);
    const page = pages[path];
    if (page !== undefined) {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(page);
      return;
    }
    for (const [prefix, root] of STATIC) {
      if (!path.startsWith(prefix)) continue;
      const file = inside(root, path.slice(prefix.length));
      const type = file === undefined ? undefined : TYPES[extname(file)];
      if (file === undefined || type === undefined) break;
      try {
        response.writeHead(200, { ...headers, 'Content-Type': type }).end(await readFile(file));
      } catch {
        response.writeHead(404, headers).end();
      }
      return;
    }
    response.writeHead(path === '/favicon.ico' ? 204 : 404, headers).end();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${server.address().port}/`;
  return {
    url,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(resolve);
    }),
  };
}

// Run as a program: a fixed port when free (PORT, default 4173), the next free one otherwise.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const wanted = Number(process.env.PORT ?? 4173);
  let portal;
  for (let port = wanted; portal === undefined && port < wanted + 20; port += 1) {
    try {
      portal = await startDemoPortal({ port });
    } catch (error) {
      if (error?.code !== 'EADDRINUSE') throw error;
    }
  }
  if (portal === undefined) throw new Error(`no free port from ${wanted}`);
  process.stdout.write(`\nEksempel Kommune kører på ${portal.url}\n(Ctrl+C stopper den)\n`);
  const stop = async () => {
    await portal.close();
    process.stdout.write('Eksempel Kommune er stoppet.\n');
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
