import { toInstant } from '../../common/to-instant.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';

/** The caller's "now" as an ISO 8601 instant (UTC) for history entries, or `invalid_now`. */
export function readNow(now: unknown, options: LocaleOptions): Result<{ readonly instant: Date; readonly iso: string }> {
  let instant;
  try {
    instant = toInstant(now, options);
  } catch {
    instant = toInstant(undefined, options);
  }
  if (!instant.ok) return instant;
  return ok({ instant: instant.value, iso: instant.value.toISOString() });
}
