import type { MessageTemplate } from '../i18n/message-template.js';
import type { actorMessagesDa } from './messages.da.js';

/** English messages for issues about actors. */
export const actorMessagesEn = {} satisfies Record<keyof typeof actorMessagesDa, MessageTemplate>;
