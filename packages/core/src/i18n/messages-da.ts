import type { MessageCatalogue } from './message-template.js';
import { commonMessagesDa } from '../common/messages.da.js';
import { familyMessagesDa } from '../family/messages.da.js';
import { actorMessagesDa } from '../actor/messages.da.js';
import { consentMessagesDa } from '../consent/messages.da.js';
import { disclosureMessagesDa } from '../disclosure/messages.da.js';
import { disclosureLedgerMessagesDa } from '../disclosure-ledger/messages.da.js';
import { attentionPointMessagesDa } from '../attention-point/messages.da.js';
import { networkMeetingMessagesDa } from '../network-meeting/messages.da.js';
import { fieldVisitMessagesDa } from '../field-visit/messages.da.js';
import { conversationGuideMessagesDa } from '../conversation-guide/messages.da.js';
import { checklistMessagesDa } from '../checklist/messages.da.js';
import { storeMessagesDa } from '../store/messages.da.js';

/** Every Danish message core ships, keyed by issue code. Danish is the default and the fallback. */
export const messagesDa = {
  ...commonMessagesDa,
  ...familyMessagesDa,
  ...actorMessagesDa,
  ...consentMessagesDa,
  ...disclosureMessagesDa,
  ...disclosureLedgerMessagesDa,
  ...attentionPointMessagesDa,
  ...networkMeetingMessagesDa,
  ...fieldVisitMessagesDa,
  ...conversationGuideMessagesDa,
  ...checklistMessagesDa,
  ...storeMessagesDa,
} satisfies MessageCatalogue;
