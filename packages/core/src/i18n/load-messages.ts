import { loadAllDanishMessages } from '#danish-messages';
import { loadEnglishMessages } from '#english-messages';
import { resolveLocale } from './resolve-locale.js';

/**
 * Makes sure every issue message for a language is at hand. In Node they always are. A browser
 * build knows the Danish messages of the concepts it holds (decision 0012) and fetches the rest, and
 * all of English, as chunks of their own the first time this is called for that language. Until
 * English has loaded, messages asked for in English come in Danish. The widgets call this
 * themselves before they show English; they never need the rest of Danish. Rejects when a chunk
 * cannot be fetched; calling again retries.
 *
 * @example
 * await loadMessages('en');
 * formatMessage('required', {}, { locale: 'en' });
 * //=> 'This field is required.'
 */
export function loadMessages(locale: string): Promise<void> {
  return resolveLocale(locale) === 'en' ? loadEnglishMessages() : loadAllDanishMessages();
}
