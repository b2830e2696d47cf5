import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about field visits. Codes are prefixed with the concept. */
export const fieldVisitMessagesDa = {} satisfies MessageCatalogue;
