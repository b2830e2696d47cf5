import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about familys. Codes are prefixed with the concept. */
export const familyMessagesDa = {} satisfies MessageCatalogue;
