import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about the disclosure ledger. Codes are prefixed with `ledger_`. */
export const disclosureLedgerMessagesDa = {} satisfies MessageCatalogue;
