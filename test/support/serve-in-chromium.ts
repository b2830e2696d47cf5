import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';

/** What a route answers: a body and its content type. */
export interface Route {
  readonly body: string | Buffer;
  readonly type: string;
}

/** A local HTTP server for fixed routes and the system Chromium, for tests that need a real page. */
export interface ChromiumHarness {
  readonly browser: Browser;
  readonly origin: string;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/**
 * Serves `routes` on 127.0.0.1 (every response with `headers`) and launches the system Chromium
 * (`CHROME_PATH`, else /usr/bin/chromium) headless. Unknown paths answer 404; the favicon 204.
 */
export async function serveInChromium(routes: Readonly<Record<string, Route>>, headers: Readonly<Record<string, string>> = {}): Promise<ChromiumHarness> {
  const server: Server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
    if (route !== undefined) response.writeHead(200, { ...headers, 'Cache-Control': 'no-store', 'Content-Type': route.type }).end(route.body);
    else if (request.url === '/favicon.ico') response.writeHead(204, headers).end();
    else response.writeHead(404, headers).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  return {
    browser,
    origin,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
