import type { MessageTemplate } from '../i18n/message-template.js';
import type { disclosureLedgerMessagesDa } from './messages.da.js';

/** English messages for issues about the disclosure ledger. */
export const disclosureLedgerMessagesEn = {
  ledger_time_order:
    'The disclosure is dated {at}, but the latest record in the log is from {lastAt}. The log can only move forward in time.',
  ledger_duplicate_entry: 'A disclosure with the id "{id}" is already in the log.',
  ledger_broken: 'The log cannot be extended because its chain of records is broken at number {sequence}. Examine the log before adding to it.',
  ledger_not_json: 'The value cannot be stored as plain JSON (only text, numbers, true/false, null, lists and objects).',
} satisfies Record<keyof typeof disclosureLedgerMessagesDa, MessageTemplate>;
