import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import { fail } from '../../result/fail.js';
import type { Result } from '../../result/result.js';

/**
 * Runs a function body and turns anything it throws (a hostile getter or proxy trap in the
 * input) into an `unreadable_input` issue, so public functions never throw.
 */
export function guard<T>(body: () => Result<T>, options: LocaleOptions): Result<T> {
  try {
    return body();
  } catch {
    let locale: string | undefined;
    try {
      locale = typeof options.locale === 'string' ? options.locale : undefined;
    } catch {
      locale = undefined;
    }
    return fail([createIssue('unreadable_input', [], undefined, { locale })]);
  }
}
