// The whole Danish catalogue in browser builds: a chunk of its own (decision 0012). A bundle knows
// the messages of the concepts its modules raise without it; this is for code that formats a code
// of some other concept, after `loadMessages('da')`.
import type { MessageCatalogue } from '../message-template.js';

let loaded: MessageCatalogue | undefined;
let loading: Promise<void> | undefined;

/** The whole Danish catalogue once {@link loadAllDanishMessages} has fetched it; `undefined` before. */
export function allDanishMessages(): MessageCatalogue | undefined {
  return loaded;
}

/** Fetches the whole Danish catalogue once; a failed fetch may be retried by calling again. */
export function loadAllDanishMessages(): Promise<void> {
  loading ??= import('../messages-da.js').then(
    (module) => {
      loaded = module.messagesDa;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
