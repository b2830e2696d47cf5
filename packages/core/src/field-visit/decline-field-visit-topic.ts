import * as z from '../common/schema/index.js';
import { parseInput } from '../common/parse-input.js';
import { ShortText } from '../common/schemas.js';
import { toInstant } from '../common/to-instant.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import type { Result } from '../result/result.js';
import { type FieldVisitDraft, FieldVisitSectionId } from './field-visit.schema.js';
import { sectionDeclinable } from './internal/section-content.js';
import { parseFieldVisitDraft } from './parse-field-visit-draft.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { fieldVisitMessagesDa } from './messages.da.js';

learnMessages(fieldVisitMessagesDa);

/** The section (or one field in it) the family does not want to talk about, and when they said so. */
export const FieldVisitDeclineInput = z.strictObject({
  sectionId: FieldVisitSectionId,
  fieldId: z.optional(ShortText),
  note: z.optional(ShortText),
  now: z.unknown(),
});
export type FieldVisitDeclineInput = z.infer<typeof FieldVisitDeclineInput>;

/** Options for {@link declineFieldVisitTopic}. */
export type DeclineFieldVisitTopicOptions = LocaleOptions;

/**
 * Records on a draft that the family declined to talk about a section or a single field. Nothing
 * already written is removed, and a declined section is never demanded on submit. Declining the
 * same thing twice keeps one record. `facts` and `consent` describe the visit, not the family, so
 * they cannot be declined. Answers a new draft.
 *
 * @example
 * declineFieldVisitTopic(draft, { sectionId: 'wellbeing', now: '2026-03-02T10:20:00+01:00' }).value.declinedTopics
 * //=> [{ sectionId: 'wellbeing', at: '2026-03-02T09:20:00.000Z' }]
 */
export function declineFieldVisitTopic(
  visit: unknown,
  decline: unknown,
  options: DeclineFieldVisitTopicOptions = {},
): Result<FieldVisitDraft> {
  const draft = parseFieldVisitDraft(visit, options);
  if (!draft.ok) return draft;
  const parsed = parseInput(FieldVisitDeclineInput, decline, options);
  if (!parsed.ok) return fail(parsed.issues.map((issue) => ({ ...issue, path: ['decline', ...issue.path] })));
  const { sectionId, fieldId, note } = parsed.value;
  if (!sectionDeclinable(sectionId)) {
    return fail([createIssue('field_visit_section_not_declinable', ['decline', 'sectionId'], { section: sectionId }, options)]);
  }
  const now = toInstant(parsed.value.now, options);
  if (!now.ok) return now;
  const known = draft.value.declinedTopics.some((topic) => topic.sectionId === sectionId && topic.fieldId === fieldId);
  if (known) return draft;
  const topic = {
    sectionId,
    ...(fieldId === undefined ? {} : { fieldId }),
    at: now.value.toISOString(),
    ...(note === undefined ? {} : { note }),
  };
  return parseFieldVisitDraft({ ...draft.value, declinedTopics: [...draft.value.declinedTopics, topic] }, options);
}
