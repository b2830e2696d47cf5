import type { Locale } from './locale.js';

/**
 * Picks the shipped locale for a BCP 47 tag; anything unknown, empty or not a string is Danish.
 *
 * @example
 * resolveLocale('en-GB')
 * //=> 'en'
 */
export function resolveLocale(tag: unknown): Locale {
  if (typeof tag !== 'string') return 'da';
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return language === 'en' ? 'en' : 'da';
}
