import type { AttentionCatalogueEntry, AttentionCategoryInfo, ChecklistTemplate, ConversationGuide } from '@samspil/core';
import { lazyContent } from './lazy-content.js';

/** Core's checklist templates, for a checklist that names its template by id. */
export const shippedChecklistTemplates = lazyContent<readonly ChecklistTemplate[]>(() =>
  import('./internal/checklist-templates.js').then((module) => module.CHECKLIST_TEMPLATES),
);

/** Core's default conversation guide, for an actioncard that uses it. */
export const shippedConversationGuide = lazyContent<ConversationGuide>(() =>
  import('./internal/conversation-guide.js').then((module) => module.DEFAULT_CONVERSATION_GUIDE),
);

/** Core's attention-point catalogue, for the field-visit form's observations and resources. */
export const shippedAttentionCatalogue = lazyContent<readonly AttentionCatalogueEntry[]>(() =>
  import('./internal/attention-point-catalogue.js').then((module) => module.ATTENTION_POINT_CATALOGUE),
);

/** Core's attention-point categories (names and order), from the same chunk as the catalogue. */
export const shippedAttentionCategories = lazyContent<readonly AttentionCategoryInfo[]>(() =>
  import('./internal/attention-point-catalogue.js').then((module) => module.ATTENTION_POINT_CATEGORIES),
);
