// English issue messages in browser builds: a chunk of their own, fetched the first time a page
// asks for English (decision 0011). Until then English falls back to Danish, core's default.
import type { MessageCatalogue } from '../message-template.js';

let loaded: MessageCatalogue | undefined;
let loading: Promise<void> | undefined;

/** The English catalogue once {@link loadEnglishMessages} has fetched it; `undefined` before. */
export function englishMessages(): MessageCatalogue | undefined {
  return loaded;
}

/** Fetches the English catalogue once; a failed fetch may be retried by calling again. */
export function loadEnglishMessages(): Promise<void> {
  loading ??= import('../messages-en.js').then(
    (module) => {
      loaded = module.messagesEn;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
