// English issue messages in browser builds: a chunk of their own, fetched the first time a page
// asks for English (decision 0011). Until then English falls back to Danish, core's default.
import { catalogueOnDemand } from './catalogue-on-demand.js';

const english = catalogueOnDemand(() => import('../messages-en.js').then((module) => module.messagesEn));

/** The English catalogue once {@link loadEnglishMessages} has fetched it; `undefined` before. */
export const englishMessages = english.current;

/** Fetches the English catalogue once; a failed fetch may be retried by calling again. */
export const loadEnglishMessages = english.load;
