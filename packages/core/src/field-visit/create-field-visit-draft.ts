import * as z from '../common/schema/index.js';
import { parseInput } from '../common/parse-input.js';
import { Id } from '../common/schemas.js';
import { toInstant } from '../common/to-instant.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { fail } from '../result/fail.js';
import type { Result } from '../result/result.js';
import { FieldVisitKind, type FieldVisitDraft } from './field-visit.schema.js';
import { parseFieldVisitDraft } from './parse-field-visit-draft.js';

/** What a new draft needs: its id, the family, the kind of visit and the current instant. */
export const CreateFieldVisitDraftInput = z.strictObject({
  id: Id,
  familyId: Id,
  kind: FieldVisitKind,
  now: z.unknown(),
});
export type CreateFieldVisitDraftInput = z.infer<typeof CreateFieldVisitDraftInput>;

/** Options for {@link createFieldVisitDraft}. */
export type CreateFieldVisitDraftOptions = LocaleOptions;

/**
 * Starts an empty field-visit draft, stamped with the instant it was created.
 *
 * @example
 * createFieldVisitDraft({ id: 'v1', familyId: 'f1', kind: 'home', now: '2026-03-02T10:00:00+01:00' }).value
 * //=> { id: 'v1', familyId: 'f1', kind: 'home', status: 'draft', createdAt: '2026-03-02T09:00:00.000Z', visitors: [], membersPresent: [], observations: [], resources: [], agreements: [], declinedTopics: [] }
 */
export function createFieldVisitDraft(input: unknown, options: CreateFieldVisitDraftOptions = {}): Result<FieldVisitDraft> {
  const parsed = parseInput(CreateFieldVisitDraftInput, input, options);
  if (!parsed.ok) return parsed;
  const now = toInstant(parsed.value.now, options);
  if (!now.ok) return fail(now.issues);
  const { id, familyId, kind } = parsed.value;
  return parseFieldVisitDraft(
    {
      id,
      familyId,
      kind,
      status: 'draft',
      createdAt: now.value.toISOString(),
      visitors: [],
      membersPresent: [],
      observations: [],
      resources: [],
      agreements: [],
      declinedTopics: [],
    },
    options,
  );
}
