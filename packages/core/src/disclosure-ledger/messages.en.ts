import type { MessageTemplate } from '../i18n/message-template.js';
import type { disclosureLedgerMessagesDa } from './messages.da.js';

/** English messages for issues about the disclosure ledger. */
export const disclosureLedgerMessagesEn = {} satisfies Record<keyof typeof disclosureLedgerMessagesDa, MessageTemplate>;
