import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import type { Issue } from '../../issues/issue.js';

/** The issue for a value given where a `PreparedChecklist` handle from `prepareChecklist` belongs. */
export function notPreparedIssue(options: LocaleOptions): Issue {
  return createIssue('invalid_type', [], { expected: 'PreparedChecklist' }, options);
}
