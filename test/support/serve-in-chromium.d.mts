import type { Browser } from 'puppeteer-core';

/** What a route answers: a body and its content type. */
export interface Route {
  readonly body: string | Uint8Array;
  readonly type: string;
}

/** The server and browser of {@link serveInChromium}. */
export interface ChromiumHarness {
  readonly browser: Browser;
  readonly origin: string;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS: readonly string[];
export function launchChromium(): Promise<Browser>;
export function serveInChromium(routes: Readonly<Record<string, Route>>, headers?: Readonly<Record<string, string>>): Promise<ChromiumHarness>;
