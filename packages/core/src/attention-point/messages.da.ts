import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about attention points. Codes are prefixed with the concept. */
export const attentionPointMessagesDa = {} satisfies MessageCatalogue;
