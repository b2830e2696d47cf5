import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about checklists. Codes are prefixed with the concept. */
export const checklistMessagesDa = {} satisfies MessageCatalogue;
