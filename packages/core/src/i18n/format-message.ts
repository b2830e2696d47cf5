import { englishMessages } from '#english-messages';
import type { IssueParams } from '../issues/issue.js';
import type { LocaleOptions } from './locale.js';
import type { IssueCode } from './issue-code.js';
import type { MessageCatalogue } from './message-template.js';
import { messagesDa } from './messages-da.js';
import { resolveLocale } from './resolve-locale.js';

const catalogueFor = (locale: unknown): MessageCatalogue =>
  resolveLocale(locale) === 'en' ? (englishMessages() ?? messagesDa) : messagesDa;

/**
 * Turns an issue code and its parameters into a sentence in the requested language.
 * Overrides in `options.messages` win; a missing English message falls back to Danish.
 * In a browser build English arrives with {@link loadMessages}; until it has, English falls back
 * to Danish too.
 *
 * @example
 * formatMessage('required', {}, { locale: 'en' })
 * //=> 'This field is required.'
 */
export function formatMessage(code: IssueCode, params: IssueParams = {}, options: LocaleOptions = {}): string {
  const override = options.messages?.[code];
  const template = override ?? catalogueFor(options.locale)[code] ?? messagesDa[code];
  if (typeof template === 'function') return template(params);
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}
