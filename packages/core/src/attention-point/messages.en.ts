import type { MessageTemplate } from '../i18n/message-template.js';
import type { attentionPointMessagesDa } from './messages.da.js';

/** English messages for issues about attention points. */
export const attentionPointMessagesEn = {} satisfies Record<keyof typeof attentionPointMessagesDa, MessageTemplate>;
