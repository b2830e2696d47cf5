import type { MessageTemplate } from '../i18n/message-template.js';
import type { networkMeetingMessagesDa } from './messages.da.js';

/** English messages for issues about network meetings. */
export const networkMeetingMessagesEn = {} satisfies Record<keyof typeof networkMeetingMessagesDa, MessageTemplate>;
