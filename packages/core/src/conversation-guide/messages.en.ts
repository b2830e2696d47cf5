import type { MessageTemplate } from '../i18n/message-template.js';
import type { conversationGuideMessagesDa } from './messages.da.js';

/** English messages for issues about conversation guides. */
export const conversationGuideMessagesEn = {} satisfies Record<keyof typeof conversationGuideMessagesDa, MessageTemplate>;
