import { toInstant } from '../../common/to-instant.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import { fail } from '../../result/fail.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';

/** Asks the injected clock for the time as an ISO instant; a clock that throws or lies is an issue. */
export function readNow(now: () => unknown, options: LocaleOptions): Result<string> {
  let value: unknown;
  try {
    value = now();
  } catch {
    return fail([createIssue('invalid_now', ['now'], undefined, options)]);
  }
  const instant = toInstant(value, options);
  return instant.ok ? ok(instant.value.toISOString()) : instant;
}
