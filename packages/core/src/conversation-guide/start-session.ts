import * as z from '../common/schema/index.js';
import { issuesUnder } from '../common/internal/issues-under.js';
import { parseInput } from '../common/parse-input.js';
import { Id } from '../common/schemas.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { ConversationGuide } from './conversation-guide.schema.js';
import { ConversationInterpreter, ConversationSession } from './conversation-session.schema.js';
import { guarded } from './internal/guard.js';
import { readNow } from './internal/load.js';

const StartSessionInput = z.strictObject({
  id: Id,
  familyId: Id,
  personIds: z.array(Id).check(z.minLength(1), z.maxLength(30)),
  actorId: Id,
  interpreter: z.optional(ConversationInterpreter),
  now: z.optional(z.unknown()),
});

/** Options for {@link startSession}. */
export type StartSessionOptions = LocaleOptions;

/**
 * Opens a conversation record for a guide: who takes part, who leads it, the interpreter if one
 * is present, and when it began. The record starts in progress with nothing answered and no
 * referral offered yet.
 *
 * @example
 * startSession(DEFAULT_CONVERSATION_GUIDE, {
 *   id: 'samtale-1', familyId: 'fam-1', personIds: ['p-1'], actorId: 'a-1', now: '2026-03-02T10:00:00+01:00',
 * }).value.status
 * //=> 'in-progress'
 */
export function startSession(guide: unknown, input: unknown, options: StartSessionOptions = {}): Result<ConversationSession> {
  return guarded(options, () => {
    const parsedGuide = parseInput(ConversationGuide, guide, options);
    const parsedInput = parseInput(StartSessionInput, input, options);
    if (!parsedGuide.ok || !parsedInput.ok) return fail([...issuesUnder(parsedGuide, ['guide']), ...issuesUnder(parsedInput, [])]);
    const now = readNow(parsedInput.value.now, undefined, options);
    if (!now.ok) return now;
    const { id, familyId, personIds, actorId, interpreter } = parsedInput.value;
    const session: ConversationSession = {
      id,
      guideId: parsedGuide.value.id,
      guideVersion: parsedGuide.value.version,
      familyId,
      personIds,
      conductedByActorId: actorId,
      ...(interpreter === undefined ? {} : { interpreter }),
      startedAt: now.value,
      status: 'in-progress',
      answers: [],
      pauses: [],
      closing: { referralOffered: false },
    };
    // The schema also checks what the input schema cannot, such as repeated person ids.
    const checked = parseInput(ConversationSession, session, options);
    return checked.ok ? ok(checked.value) : fail(issuesUnder(checked, []));
  });
}
