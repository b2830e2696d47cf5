import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import { fail } from '../../result/fail.js';
import type { Result } from '../../result/result.js';

/** Runs `body` and turns anything it throws (hostile getters, proxies) into `unreadable_input`. */
export function guarded<T>(options: LocaleOptions, body: () => Result<T>): Result<T> {
  try {
    return body();
  } catch {
    return fail([createIssue('unreadable_input', [], undefined, options)]);
  }
}
