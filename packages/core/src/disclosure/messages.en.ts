import type { MessageTemplate } from '../i18n/message-template.js';
import type { disclosureMessagesDa } from './messages.da.js';

/** English messages for issues about disclosures. */
export const disclosureMessagesEn = {} satisfies Record<keyof typeof disclosureMessagesDa, MessageTemplate>;
