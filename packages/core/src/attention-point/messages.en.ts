import type { MessageTemplate } from '../i18n/message-template.js';
import type { attentionPointMessagesDa } from './messages.da.js';

/** English messages for issues about attention points. */
export const attentionPointMessagesEn = {
  attention_point_catalogue_duplicate_code: 'The code "{entryCode}" is already in the catalogue.',
  attention_point_catalogue_duplicate_age_band: 'The same age band is listed more than once.',
  attention_point_catalogue_kind_mismatch: 'The kind (resource or concern) does not fit the category.',
  attention_point_unknown_code: 'The attention point "{code}" is not in the catalogue.',
  attention_point_not_found: 'There is no attention point with the id "{id}".',
  attention_point_age_band_mismatch: 'The attention point "{code}" does not apply to the age band {ageBand}.',
  attention_point_family_mismatch: 'The attention point belongs to a family other than "{familyId}".',
  attention_point_level_mismatch: (p) =>
    p.kind === 'resource'
      ? 'A resource has the level "resource".'
      : 'A concern needs the level "observation", "concern" or "serious".',
  attention_point_sensitivity_lowered: 'The sensitivity cannot be set below the catalogue\u2019s "{minimum}".',
  attention_point_resolution_mismatch: 'A resolved attention point needs a resolution, and only a resolved one may have it.',
  attention_point_observed_in_future: 'The observation date is after today.',
  attention_point_already_resolved: 'The attention point is already resolved.',
  attention_point_no_changes: 'There are no changes to save.',
  attention_point_query_conflict: 'Choose either a person or the family only, not both.',
} satisfies Record<keyof typeof attentionPointMessagesDa, MessageTemplate>;
