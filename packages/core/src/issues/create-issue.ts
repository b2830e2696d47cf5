import { formatMessage } from '../i18n/format-message.js';
import type { IssueCode } from '../i18n/issue-code.js';
import type { LocaleOptions } from '../i18n/locale.js';
import type { Issue, IssueParams, IssuePath } from './issue.js';

/**
 * Builds an issue with its message already in the requested language.
 *
 * @example
 * createIssue('required', ['members', 0, 'name']).message
 * //=> 'Feltet skal udfyldes.'
 */
export function createIssue(
  code: IssueCode,
  path: IssuePath = [],
  params?: IssueParams,
  options: LocaleOptions = {},
): Issue {
  const message = formatMessage(code, params, options);
  return params === undefined ? { code, path, message } : { code, path, message, params };
}
