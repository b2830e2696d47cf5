// What a test page did that a test should see: page errors, console errors and warnings, and the
// paths it asked the server for (the browser's own favicon request aside; data: URLs are not
// requests). Shared by the tests that open pages in Chromium.

/** Starts recording on a fresh tab; the arrays fill as the page runs. */
export function watchTab(tab) {
  const problems = [];
  const requests = [];
  tab.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
  });
  tab.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.pathname !== '/favicon.ico') requests.push(url.pathname);
  });
  return { problems, requests };
}
