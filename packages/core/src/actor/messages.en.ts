import type { MessageTemplate } from '../i18n/message-template.js';
import type { actorMessagesDa } from './messages.da.js';

/** English messages for issues about actors. */
export const actorMessagesEn = {
  actor_duplicate_role: 'The role "{role}" is given more than once.',
  actor_contact_format: 'The contact detail does not fit the channel ({channel}).',
  actor_multiple_preferred_contacts: 'Only one way of contact can be the preferred one.',
  actor_own_organisation: 'An actor cannot be its own organisation.',
  actor_coordinator_ambiguous: 'There are {count} coordinators; there may be only one.',
} satisfies Record<keyof typeof actorMessagesDa, MessageTemplate>;
