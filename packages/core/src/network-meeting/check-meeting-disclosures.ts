import * as z from '../common/schema/index.js';
import { parseInput } from '../common/parse-input.js';
import { Id } from '../common/schemas.js';
import { toInstant } from '../common/to-instant.js';
import { DATA_CATEGORIES, DataCategory } from '../consent/data-category.js';
import type { DisclosureBasis } from '../disclosure/disclosure-basis.schema.js';
import type { DisclosureReason } from '../disclosure/disclosure-decision.schema.js';
import { evaluateDisclosure } from '../disclosure/evaluate-disclosure.js';
import { type PreparedDisclosureFacts, prepareDisclosureFacts } from '../disclosure/prepare-disclosure-facts.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import type { Issue } from '../issues/issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { MeetingParticipantRole } from './network-meeting.schema.js';
import { parseNetworkMeeting } from './parse-network-meeting.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { networkMeetingMessagesDa } from './messages.da.js';

learnMessages(networkMeetingMessagesDa);

/** One category of information about one member a participant may hear, and on which basis. */
export interface MeetingDisclosurePermit {
  readonly subjectId: string;
  readonly category: DataCategory;
  readonly bases: readonly DisclosureBasis[];
  /** What the family said the information may not be used for, to pass on to the participant. */
  readonly restrictions: readonly string[];
}

/** One category of information about one member a participant may not hear, and why. */
export interface MeetingDisclosureDenial {
  readonly subjectId: string;
  readonly category: DataCategory;
  readonly reasons: readonly DisclosureReason[];
}

/** What one participant may hear. Family members (`citizen`, `relative`) and the coordinator are not gated. */
export interface MeetingParticipantDisclosure {
  readonly participantId: string;
  readonly role: MeetingParticipantRole;
  readonly actorId?: string;
  readonly personId?: string;
  readonly gated: boolean;
  readonly permitted: readonly MeetingDisclosurePermit[];
  readonly denied: readonly MeetingDisclosureDenial[];
  /** The permitted categories per member, for a compact view. */
  readonly mayHear: Readonly<Record<string, readonly DataCategory[]>>;
}

/** The pre-meeting check: per participant, what may be said about whom. */
export interface MeetingDisclosureCheck {
  readonly meetingId: string;
  readonly at: string;
  readonly purpose: string;
  readonly fromActorId: string;
  readonly subjectIds: readonly string[];
  readonly categories: readonly DataCategory[];
  readonly participants: readonly MeetingParticipantDisclosure[];
  /** Topics the family asked not to have raised, from the preparation conversation. */
  readonly topicsNotToRaise: readonly string[];
}

/** Options for {@link checkMeetingDisclosures}. */
export interface CheckMeetingDisclosuresOptions extends LocaleOptions {
  /** When the information is shared; the meeting's `scheduledAt` unless given. `now` is read when `at` is absent. */
  readonly at?: unknown;
  readonly now?: unknown;
  /** The purpose of sharing, a consent purpose id; `network-meeting` unless given. */
  readonly purpose?: unknown;
  /** The categories to check; all data categories unless given. */
  readonly categories?: unknown;
  /** The members to check; every member of the family in `facts` unless given (needed with prepared facts). */
  readonly subjectIds?: unknown;
  /** Consent rules and statutory bases for raw facts, passed to `prepareDisclosureFacts`. */
  readonly rules?: unknown;
  readonly statutoryBases?: unknown;
}

const CheckInput = z.strictObject({
  purpose: Id,
  categories: z.array(DataCategory).check(z.minLength(1), z.maxLength(6)),
  subjectIds: z.optional(z.array(Id).check(z.minLength(1), z.maxLength(50))),
});

const FamilyMembers = z.object({ family: z.object({ id: Id, members: z.array(z.object({ id: Id })).check(z.maxLength(50)) }) });

const FAMILY_ROLES: ReadonlySet<MeetingParticipantRole> = new Set(['citizen', 'relative']);
const MAX_SUBJECTS_PER_REQUEST = 30;

/**
 * The pre-meeting check. For every professional taking part (professional, key person, note-taker,
 * interpreter), asks the disclosure gate whether the coordinator may share each category of
 * information about each family member with them, for the meeting's purpose at the meeting's
 * time, and answers per participant what they may hear with the basis, and what is refused with
 * the gate's reasons. The citizen and relatives are the family itself and are not gated. Also
 * repeats the topics the family asked not to have raised. `facts` are the gate's facts (family,
 * actors, consents), raw or prepared with `prepareDisclosureFacts`.
 *
 * @example
 * checkMeetingDisclosures(meeting, { family, actors, consents }).value.participants
 *   .find((p) => p.actorId === 'school-teacher').mayHear
 * //=> { 'child-1': ['general', 'social'] }
 */
export function checkMeetingDisclosures(
  meeting: unknown,
  facts: unknown,
  options: CheckMeetingDisclosuresOptions = {},
): Result<MeetingDisclosureCheck> {
  const parsed = parseNetworkMeeting(meeting, options);
  if (!parsed.ok) return parsed;
  const value = parsed.value;

  let input: z.infer<typeof CheckInput>;
  try {
    const read = parseInput(
      CheckInput,
      {
        purpose: options.purpose ?? 'network-meeting',
        categories: options.categories ?? DATA_CATEGORIES.map((category) => category.id),
        ...(options.subjectIds === undefined ? {} : { subjectIds: options.subjectIds }),
      },
      options,
    );
    if (!read.ok) return fail(read.issues.map((issue) => ({ ...issue, path: ['options', ...issue.path] })));
    input = read.value;
  } catch {
    return fail([createIssue('unreadable_input', ['options'], undefined, options)]);
  }

  let at = value.scheduledAt;
  const when = options.at ?? options.now;
  if (when !== undefined) {
    const instant = toInstant(when, options);
    if (!instant.ok) return fail(instant.issues.map((issue) => ({ ...issue, path: ['options', 'at'] })));
    at = instant.value.toISOString();
  }

  const coordinators = value.participants.filter((participant) => participant.role === 'coordinator');
  const coordinator = coordinators[0];
  if (coordinators.length !== 1 || coordinator?.actorId === undefined) {
    return fail([createIssue('network_meeting_coordinator_count', ['participants'], { count: coordinators.length }, options)]);
  }
  const fromActorId = coordinator.actorId;

  // Prepared facts are opaque; raw facts are prepared once here for every decision below.
  let prepared: PreparedDisclosureFacts;
  let subjectIds = input.subjectIds;
  let isPrepared = false;
  try {
    isPrepared = typeof facts === 'object' && facts !== null && (facts as { kind?: unknown }).kind === 'prepared-disclosure-facts';
  } catch {
    return fail([createIssue('unreadable_input', ['facts'], undefined, options)]);
  }
  if (isPrepared) {
    prepared = facts as PreparedDisclosureFacts;
    if (subjectIds === undefined) return fail([createIssue('required', ['options', 'subjectIds'], undefined, options)]);
  } else {
    const preparing = prepareDisclosureFacts(facts, options);
    if (!preparing.ok) return fail(preparing.issues.map((issue) => ({ ...issue, path: ['facts', ...issue.path] })));
    prepared = preparing.value;
    const members = parseInput(FamilyMembers, facts, options);
    if (!members.ok) return fail(members.issues.map((issue) => ({ ...issue, path: ['facts', ...issue.path] })));
    subjectIds ??= members.value.family.members.map((member) => member.id);
  }
  if (prepared.familyId !== value.familyId) {
    return fail([createIssue('network_meeting_family_mismatch', ['facts', 'family', 'id'], { familyId: prepared.familyId }, options)]);
  }

  const cache = new Map<string, Result<{ permitted: MeetingDisclosurePermit[]; denied: MeetingDisclosureDenial[] }>>();
  const participants: MeetingParticipantDisclosure[] = [];
  const issues: Issue[] = [];
  for (const [index, participant] of value.participants.entries()) {
    const base = {
      participantId: participant.id,
      role: participant.role,
      ...(participant.actorId === undefined ? {} : { actorId: participant.actorId }),
      ...(participant.personId === undefined ? {} : { personId: participant.personId }),
    };
    const toActorId = participant.actorId;
    if (FAMILY_ROLES.has(participant.role) || toActorId === undefined || toActorId === fromActorId) {
      participants.push({ ...base, gated: false, permitted: [], denied: [], mayHear: {} });
      continue;
    }
    let decided = cache.get(toActorId);
    if (decided === undefined) {
      decided = decideFor(fromActorId, toActorId, subjectIds, input.categories, input.purpose, at, prepared, options);
      cache.set(toActorId, decided);
    }
    if (!decided.ok) {
      issues.push(...decided.issues.map((issue) => ({ ...issue, path: ['participants', index, ...issue.path] })));
      continue;
    }
    const mayHear: Record<string, DataCategory[]> = {};
    for (const permit of decided.value.permitted) (mayHear[permit.subjectId] ??= []).push(permit.category);
    participants.push({ ...base, gated: true, permitted: decided.value.permitted, denied: decided.value.denied, mayHear });
  }
  if (issues.length > 0) return fail(issues);

  return ok({
    meetingId: value.id,
    at,
    purpose: input.purpose,
    fromActorId,
    subjectIds,
    categories: input.categories,
    participants,
    topicsNotToRaise: value.preparation?.topicsNotToRaise ?? [],
  });
}

function decideFor(
  fromActorId: string,
  toActorId: string,
  subjectIds: readonly string[],
  categories: readonly DataCategory[],
  purpose: string,
  at: string,
  prepared: PreparedDisclosureFacts,
  options: LocaleOptions,
): Result<{ permitted: MeetingDisclosurePermit[]; denied: MeetingDisclosureDenial[] }> {
  const permitted: MeetingDisclosurePermit[] = [];
  const denied: MeetingDisclosureDenial[] = [];
  for (let start = 0; start < subjectIds.length; start += MAX_SUBJECTS_PER_REQUEST) {
    const chunk = subjectIds.slice(start, start + MAX_SUBJECTS_PER_REQUEST);
    const decision = evaluateDisclosure(
      { fromActorId, toActorId, subjectIds: chunk, categories: [...categories], purpose, at, action: 'share' },
      prepared,
      { ...(options.locale === undefined ? {} : { locale: options.locale }), ...(options.messages === undefined ? {} : { messages: options.messages }) },
    );
    if (!decision.ok) return decision;
    const uses = decision.value.permitted ? decision.value.bases : (decision.value.partial ?? []);
    const reasons = decision.value.permitted ? [] : decision.value.reasons;
    for (const subjectId of chunk) {
      for (const category of categories) {
        const covering = uses.filter((use) => use.pairs.some((pair) => pair.subjectId === subjectId && pair.category === category));
        if (covering.length > 0) {
          permitted.push({
            subjectId,
            category,
            bases: covering.map((use) => use.basis),
            restrictions: [...new Set(covering.flatMap((use) => use.restrictions ?? []))],
          });
        } else {
          denied.push({
            subjectId,
            category,
            reasons: reasons.filter(
              (reason) =>
                (reason.subjectId === undefined || reason.subjectId === subjectId) && (reason.category === undefined || reason.category === category),
            ),
          });
        }
      }
    }
  }
  return ok({ permitted, denied });
}
