import type { Page } from 'puppeteer-core';

/** What {@link watchTab} records: page and console problems, and requested paths. */
export interface TabWatch {
  readonly problems: string[];
  readonly requests: string[];
}

export function watchTab(tab: Page): TabWatch;
