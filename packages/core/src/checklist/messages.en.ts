import type { MessageTemplate } from '../i18n/message-template.js';
import type { checklistMessagesDa } from './messages.da.js';

/** English messages for issues about checklists. */
export const checklistMessagesEn = {} satisfies Record<keyof typeof checklistMessagesDa, MessageTemplate>;
