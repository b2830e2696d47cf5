import type { MessageTemplate } from '../i18n/message-template.js';
import type { familyMessagesDa } from './messages.da.js';

/** English messages for issues about familys. */
export const familyMessagesEn = {} satisfies Record<keyof typeof familyMessagesDa, MessageTemplate>;
