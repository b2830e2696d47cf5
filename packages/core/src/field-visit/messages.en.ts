import type { MessageTemplate } from '../i18n/message-template.js';
import type { fieldVisitMessagesDa } from './messages.da.js';

/** English messages for issues about field visits. */
export const fieldVisitMessagesEn = {} satisfies Record<keyof typeof fieldVisitMessagesDa, MessageTemplate>;
