// Each concept's Danish messages, for code outside core that raises a concept's codes and teaches
// them with `learnMessages` (decision 0012). `messagesDa` is all of them in one catalogue.
export { actorMessagesDa } from '../actor/messages.da.js';
export { attentionPointMessagesDa } from '../attention-point/messages.da.js';
export { checklistMessagesDa } from '../checklist/messages.da.js';
export { commonMessagesDa } from '../common/messages.da.js';
export { consentMessagesDa } from '../consent/messages.da.js';
export { conversationGuideMessagesDa } from '../conversation-guide/messages.da.js';
export { disclosureLedgerMessagesDa } from '../disclosure-ledger/messages.da.js';
export { disclosureMessagesDa } from '../disclosure/messages.da.js';
export { familyMessagesDa } from '../family/messages.da.js';
export { fieldVisitMessagesDa } from '../field-visit/messages.da.js';
export { networkMeetingMessagesDa } from '../network-meeting/messages.da.js';
export { storeMessagesDa } from '../store/messages.da.js';
