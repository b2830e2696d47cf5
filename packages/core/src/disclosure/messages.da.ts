import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about disclosures. Codes are prefixed with the concept. */
export const disclosureMessagesDa = {} satisfies MessageCatalogue;
