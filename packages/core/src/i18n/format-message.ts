import { englishMessages } from '#english-messages';
import { commonMessagesDa } from '../common/messages.da.js';
import type { IssueParams } from '../issues/issue.js';
import { danishMessage } from './internal/danish-message.js';
import type { LocaleOptions } from './locale.js';
import type { IssueCode } from './issue-code.js';
import { learnMessages } from './learn-messages.js';
import { resolveLocale } from './resolve-locale.js';

// Codes any schema reports are known wherever a message is formatted.
learnMessages(commonMessagesDa);

/**
 * Turns an issue code and its parameters into a sentence in the requested language.
 * Overrides in `options.messages` win; a missing English message falls back to Danish.
 *
 * In a browser build (decision 0012) Danish messages come with the modules that raise them: a
 * bundle knows the codes of the concepts it holds, and every issue core hands out has its message.
 * For a code of a concept the bundle does not hold, `await loadMessages('da')` first; until then
 * the answer is the code itself. English arrives with {@link loadMessages} too; until it has,
 * English falls back to Danish. In Node every message is at hand.
 *
 * @example
 * formatMessage('required', {}, { locale: 'en' })
 * //=> 'This field is required.'
 */
export function formatMessage(code: IssueCode, params: IssueParams = {}, options: LocaleOptions = {}): string {
  const template =
    options.messages?.[code] ?? (resolveLocale(options.locale) === 'en' ? englishMessages()?.[code] : undefined) ?? danishMessage(code);
  if (template === undefined) return code;
  if (typeof template === 'function') return template(params);
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}
