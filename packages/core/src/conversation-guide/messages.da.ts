import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about conversation guides. Codes are prefixed with the concept. */
export const conversationGuideMessagesDa = {} satisfies MessageCatalogue;
