import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import type { Issue } from '../../issues/issue.js';
import { learnMessages } from '../../i18n/learn-messages.js';
import { storeMessagesDa } from '../messages.da.js';

learnMessages(storeMessagesDa);

/** Reads one option of a store factory: `undefined` keeps the default, anything else must pass `check`. */
export function readOption<T>(
  input: Readonly<Record<string, unknown>>,
  name: string,
  check: (value: unknown) => boolean,
  fallback: T,
  issues: Issue[],
  options: LocaleOptions,
): T {
  let value: unknown;
  try {
    value = input[name];
  } catch {
    value = Symbol('unreadable');
  }
  if (value === undefined) return fallback;
  if (check(value)) return value as T;
  issues.push(createIssue('store_option_invalid', [name], { option: name }, options));
  return fallback;
}

/** Locale options picked out of a factory's options without trusting their shape. */
export function readLocale(input: unknown): LocaleOptions {
  try {
    if (input === null || typeof input !== 'object') return {};
    const { locale, messages } = input as LocaleOptions;
    return {
      ...(typeof locale === 'string' ? { locale } : {}),
      ...(messages !== null && typeof messages === 'object' ? { messages } : {}),
    };
  } catch {
    return {};
  }
}
