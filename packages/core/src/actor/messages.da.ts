import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about actors. Codes are prefixed with the concept. */
export const actorMessagesDa = {} satisfies MessageCatalogue;
