import type { Locale as DateFnsLocale } from 'date-fns';
import { da as dateFnsDa } from 'date-fns/locale/da';
import { enGB } from 'date-fns/locale/en-GB';

/**
 * The date-fns locale for a widget language: British English for `en`, Danish for everything
 * else, since Danish is the fallback for any language a plugin adds without date rules.
 *
 * @example
 * dateLocaleFor('en-US').code
 * //=> 'en-GB'
 */
export function dateLocaleFor(language: string): DateFnsLocale {
  return language.toLowerCase().split(/[-_]/)[0] === 'en' ? enGB : dateFnsDa;
}
