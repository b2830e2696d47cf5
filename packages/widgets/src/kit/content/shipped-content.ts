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

/** Core's attention-point catalogue and the categories it is grouped by (names and order). */
export interface ShippedAttentionCatalogue {
  readonly entries: readonly AttentionCatalogueEntry[];
  readonly categories: readonly AttentionCategoryInfo[];
}

/** Core's attention-point catalogue with its categories, for the field-visit form's observations and resources. */
export const shippedAttentionCatalogue = lazyContent<ShippedAttentionCatalogue>(() =>
  import('./internal/attention-point-catalogue.js').then((module) => ({
    entries: module.ATTENTION_POINT_CATALOGUE,
    categories: module.ATTENTION_POINT_CATEGORIES,
  })),
);
