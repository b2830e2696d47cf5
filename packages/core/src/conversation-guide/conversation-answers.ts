import type { LocalizedText } from '../common/schemas.js';
import type { ConversationAnswer } from './conversation-guide.schema.js';

/**
 * Labels for the answers a step can take, as a widget shows them to the professional.
 *
 * @example
 * CONVERSATION_ANSWERS['not-now'].label.da
 * //=> 'Ikke nu'
 */
export const CONVERSATION_ANSWERS: Readonly<Record<ConversationAnswer, { readonly label: LocalizedText }>> = Object.freeze({
  yes: { label: { da: 'Ja', en: 'Yes' } },
  no: { label: { da: 'Nej', en: 'No' } },
  'not-now': { label: { da: 'Ikke nu', en: 'Not now' } },
  declined: { label: { da: 'Vil ikke svare', en: 'Prefers not to answer' } },
  answered: { label: { da: 'Talt om', en: 'Covered' } },
});
