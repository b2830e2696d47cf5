import type { MessageTemplate } from './message-template.js';

/** The languages core ships messages for. Danish is the default everywhere. */
export type Locale = 'da' | 'en';

/** The shipped locales, default first. */
export const LOCALES: readonly Locale[] = ['da', 'en'];

/**
 * Options every function that reports issues accepts. `locale` takes a BCP 47 tag
 * (`'en-GB'` falls back to `'en'`, anything unknown to Danish); `messages` lets a portal or
 * plugin replace individual messages without forking the catalogue.
 */
export interface LocaleOptions {
  readonly locale?: string;
  readonly messages?: Readonly<Partial<Record<string, MessageTemplate>>>;
}
