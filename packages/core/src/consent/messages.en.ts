import type { MessageTemplate } from '../i18n/message-template.js';
import type { consentMessagesDa } from './messages.da.js';

/** English messages for issues about consents. */
export const consentMessagesEn = {} satisfies Record<keyof typeof consentMessagesDa, MessageTemplate>;
