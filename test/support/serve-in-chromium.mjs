// A local HTTP server for fixed routes and the system Chromium, for tests and benchmarks that
// need a real page. Plain JavaScript (typed in serve-in-chromium.d.mts) so bench/*.mjs can use it.
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Launches the system Chromium (`CHROME_PATH`, else /usr/bin/chromium) headless. */
export function launchChromium() {
  return puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * Serves `routes` ({ body, type } per path) on 127.0.0.1, every response with `headers`, and
 * launches Chromium. Unknown paths answer 404; the favicon 204.
 */
export async function serveInChromium(routes, headers = {}) {
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
    if (route !== undefined) response.writeHead(200, { ...headers, 'Cache-Control': 'no-store', 'Content-Type': route.type }).end(route.body);
    else if (request.url === '/favicon.ico') response.writeHead(204, headers).end();
    else response.writeHead(404, headers).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  return {
    browser,
    origin,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
