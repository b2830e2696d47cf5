import type { MessageTemplate } from '../i18n/message-template.js';
import type { storeMessagesDa } from './messages.da.js';

/** English messages for issues from the store adapters. */
export const storeMessagesEn = {
  store_conflict:
    'The record "{id}" was changed elsewhere (version {actualVersion}; you were editing version {expectedVersion}). Nothing was overwritten and your text is kept here. Compare the differences and choose what should apply.',
  store_not_found: 'The record "{id}" does not exist (any more) in "{collection}".',
  store_unavailable: 'The store cannot be reached right now. Your text is not lost; try again shortly.',
  store_server_refused: 'The server refused the change (status {status}). Your text is still here, so you can try again.',
  store_quota_exceeded: 'There is no more room to save locally. Your text is still on screen; free some space or save it elsewhere.',
  store_blocked: 'The browser does not allow saving locally (for example in private mode). Your text is still on screen.',
  store_decryption_failed: 'A saved draft could not be unlocked and is not shown. Nothing else was changed.',
  store_invalid_response: 'The server answered with something that could not be read. Nothing was overwritten and your text is kept here.',
  store_value_invalid: 'The record cannot be saved: it must be a plain object of text, numbers, booleans, lists and objects.',
  store_value_too_large: 'The record is too large to save (at most {maximum} characters).',
  store_transaction_failed: 'The changes were not saved because one of them could not be completed. Nothing was changed.',
  store_transaction_closed: 'The transaction has already ended; start a new one.',
  store_query_invalid: 'The search could not run: give a function or a filter of fields and values.',
  store_option_invalid: 'The store option "{option}" is not valid.',
} satisfies Record<keyof typeof storeMessagesDa, MessageTemplate>;
