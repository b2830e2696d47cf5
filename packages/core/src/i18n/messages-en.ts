import type { MessageTemplate } from './message-template.js';
import { commonMessagesEn } from '../common/messages.en.js';
import { familyMessagesEn } from '../family/messages.en.js';
import { actorMessagesEn } from '../actor/messages.en.js';
import { consentMessagesEn } from '../consent/messages.en.js';
import { disclosureMessagesEn } from '../disclosure/messages.en.js';
import { disclosureLedgerMessagesEn } from '../disclosure-ledger/messages.en.js';
import { attentionPointMessagesEn } from '../attention-point/messages.en.js';
import { networkMeetingMessagesEn } from '../network-meeting/messages.en.js';
import { fieldVisitMessagesEn } from '../field-visit/messages.en.js';
import { conversationGuideMessagesEn } from '../conversation-guide/messages.en.js';
import { checklistMessagesEn } from '../checklist/messages.en.js';
import { storeMessagesEn } from '../store/messages.en.js';
import type { IssueCode } from './issue-code.js';

/** Every English message core ships; the type forces a message for each Danish code. */
export const messagesEn = {
  ...commonMessagesEn,
  ...familyMessagesEn,
  ...actorMessagesEn,
  ...consentMessagesEn,
  ...disclosureMessagesEn,
  ...disclosureLedgerMessagesEn,
  ...attentionPointMessagesEn,
  ...networkMeetingMessagesEn,
  ...fieldVisitMessagesEn,
  ...conversationGuideMessagesEn,
  ...checklistMessagesEn,
  ...storeMessagesEn,
} satisfies Record<IssueCode, MessageTemplate>;
