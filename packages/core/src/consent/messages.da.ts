import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about consents. Codes are prefixed with the concept. */
export const consentMessagesDa = {} satisfies MessageCatalogue;
