import type { MessageCatalogue } from './message-template.js';
import { rememberMessages } from './internal/known-messages.js';

/**
 * Teaches `formatMessage`, `createIssue` and `parseInput` the Danish messages of some issue codes.
 * Every module in core that raises a concept's codes calls this with that concept's catalogue when
 * it is evaluated, so a bundle carries the messages of the concepts it uses and no others
 * (decision 0012). Code outside core that builds issues with a concept's codes (a storage adapter
 * raising `store_*` codes, say) calls it too. In Node every message is known without it.
 *
 * @example
 * learnMessages(storeMessagesDa);
 * createIssue('store_unavailable').message
 * //=> 'Der er ingen forbindelse til lageret lige nu. Din tekst er ikke tabt; prøv igen om lidt.'
 */
export function learnMessages(...catalogues: readonly MessageCatalogue[]): void {
  rememberMessages(catalogues);
}
