import { loadEnglishMessages } from '#english-messages';
import { resolveLocale } from './resolve-locale.js';

/**
 * Makes sure the issue messages for a language are at hand. Danish is always there. In Node the
 * English messages are too; a browser build fetches them as a chunk of their own the first time
 * this is called, so pages in Danish never download them. Until English has loaded, messages asked
 * for in English come in Danish. The widgets call this themselves before they show English.
 * Rejects when the chunk cannot be fetched; calling again retries.
 *
 * @example
 * await loadMessages('en');
 * formatMessage('required', {}, { locale: 'en' });
 * //=> 'This field is required.'
 */
export function loadMessages(locale: string): Promise<void> {
  return resolveLocale(locale) === 'en' ? loadEnglishMessages() : Promise.resolve();
}
