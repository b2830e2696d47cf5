import { formatCheck } from './regex.js';
import { StringSchema } from './string.js';

// zod 4's ISO patterns (core/regexes.js), so the same strings pass: a date checked to exist,
// leap years included, and a date-time with seconds, an optional fraction and `Z` or an offset.
const DATE = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))`;
const TIME = String.raw`(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?`;

/** A calendar date, `YYYY-MM-DD`, that exists. */
export function date(): StringSchema {
  return new StringSchema([formatCheck(new RegExp(`^${DATE}$`), 'date')]);
}

/** An instant `YYYY-MM-DDTHH:mm:ss[.fff]` with `Z`, or also with an offset (`+01:00`) when `offset` is true. */
export function datetime(options: { readonly offset?: boolean } = {}): StringSchema {
  const zone = options.offset === true ? String.raw`(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d))` : '(?:Z)';
  return new StringSchema([formatCheck(new RegExp(`^${DATE}T(?:${TIME}${zone})$`), 'datetime')]);
}
