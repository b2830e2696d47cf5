// The whole Danish catalogue in browser builds: a chunk of its own (decision 0012). A bundle knows
// the messages of the concepts its modules raise without it; this is for code that formats a code
// of some other concept, after `loadMessages('da')`.
import { catalogueOnDemand } from './catalogue-on-demand.js';

const danish = catalogueOnDemand(() => import('../messages-da.js').then((module) => module.messagesDa));

/** The whole Danish catalogue once {@link loadAllDanishMessages} has fetched it; `undefined` before. */
export const allDanishMessages = danish.current;

/** Fetches the whole Danish catalogue once; a failed fetch may be retried by calling again. */
export const loadAllDanishMessages = danish.load;
