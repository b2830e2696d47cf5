/**
 * The `Intl` locale a widget language formats dates with: Danish as written in Denmark for `da`,
 * British English for a bare `en` (day before month, 24-hour clock), and any other tag as given,
 * so a plugin's Arabic or Dari translation also gets Arabic or Dari dates without shipping tables.
 * Tags `Intl` does not accept fall back to Danish.
 *
 * @example
 * intlLocaleFor('en')
 * //=> 'en-GB'
 */
export function intlLocaleFor(lang: string): string {
  const tag = lang.trim().replace(/_/g, '-');
  const language = tag.toLowerCase().split('-')[0];
  if (language === 'da' && !tag.includes('-')) return 'da-DK';
  if (language === 'en' && !tag.includes('-')) return 'en-GB';
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag])[0] ?? 'da-DK';
  } catch {
    return 'da-DK';
  }
}
