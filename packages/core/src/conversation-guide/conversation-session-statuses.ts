import type { LocalizedText } from '../common/schemas.js';
import type { ConversationSessionStatus } from './conversation-session.schema.js';

/**
 * Labels for where a conversation stands. Stopping is shown as an outcome, not an error.
 *
 * @example
 * CONVERSATION_SESSION_STATUSES.stopped.label.en
 * //=> 'Stopped on request'
 */
export const CONVERSATION_SESSION_STATUSES: Readonly<Record<ConversationSessionStatus, { readonly label: LocalizedText }>> =
  Object.freeze({
    'in-progress': { label: { da: 'I gang', en: 'In progress' } },
    paused: { label: { da: 'Holder pause', en: 'Paused' } },
    stopped: { label: { da: 'Stoppet efter ønske', en: 'Stopped on request' } },
    completed: { label: { da: 'Afsluttet', en: 'Completed' } },
  });
