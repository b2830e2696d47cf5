import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about network meetings. Codes are prefixed with the concept. */
export const networkMeetingMessagesDa = {} satisfies MessageCatalogue;
