import {
  ConversationInterpreter,
  createIssue,
  fail,
  Id,
  ok,
  parseConversationGuide,
  parseConversationSession,
  parseInput,
  sessionProgress,
} from '@samspil/core';
import type { ConversationGuide, ConversationSession, Issue, IssuePath, LocaleOptions, Result } from '@samspil/core';
import { z } from '@samspil/core';

/** What the inline JSON block (or the `config` property) may hold. */
export const ActioncardConfig = z.strictObject({
  guideId: z.optional(Id),
  guide: z.optional(z.unknown()),
  session: z.optional(z.unknown()),
  sessionId: z.optional(Id),
  familyId: z.optional(Id),
  personIds: z.optional(z.array(Id).check(z.maxLength(30))),
  actorId: z.optional(Id),
  interpreter: z.optional(ConversationInterpreter),
});
export type ActioncardConfig = z.infer<typeof ActioncardConfig>;

const StartInput = z.strictObject({
  sessionId: z.optional(Id),
  familyId: Id,
  personIds: z.array(Id).check(z.minLength(1), z.maxLength(30)),
  actorId: Id,
  interpreter: z.optional(ConversationInterpreter),
});
/** Who a new conversation is with and who leads it. */
export type ActioncardStart = z.infer<typeof StartInput>;

/** Everything the element was given, attributes and properties first, then the inline JSON. */
export interface ActioncardSetupInput {
  readonly guide?: unknown;
  readonly guideId?: unknown;
  readonly session?: unknown;
  readonly sessionId?: unknown;
  readonly familyId?: unknown;
  readonly personIds?: unknown;
  readonly actorId?: unknown;
  readonly interpreter?: unknown;
}

/** A setup the widget can work with: the guide, and either a session to resume or who to start with. */
export type ActioncardSetup =
  | { readonly guide: ConversationGuide; readonly session: ConversationSession; readonly start?: undefined }
  | { readonly guide: ConversationGuide; readonly session?: undefined; readonly start: ActioncardStart };

const under = (issues: readonly Issue[], prefix: IssuePath): Issue[] =>
  issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));

/** Validates the inline JSON's shape, then its guide and session with core's parsers. */
export function parseActioncardConfig(input: unknown, options: LocaleOptions): Result<ActioncardConfig> {
  const shape = parseInput(ActioncardConfig, input, options);
  if (!shape.ok) return shape;
  const issues: Issue[] = [];
  let value: ActioncardConfig = shape.value;
  if (value.guide !== undefined) {
    const guide = parseConversationGuide(value.guide, options);
    if (guide.ok) value = { ...value, guide: guide.value };
    else issues.push(...under(guide.issues, ['guide']));
  }
  if (value.session !== undefined) {
    const session = parseConversationSession(value.session, options);
    if (session.ok) value = { ...value, session: session.value };
    else issues.push(...under(session.issues, ['session']));
  }
  return issues.length > 0 ? fail(issues) : ok(value);
}

/** Whether nothing at all was given, so the widget waits quietly instead of reporting errors. */
export function isUnconfigured(input: ActioncardSetupInput): boolean {
  return Object.values(input).every((value) => value === undefined);
}

/**
 * Works out the guide and the session from what the element was given. The guide is, in this
 * order: the `guide` object, the guide with `guideId` (or the session's guide) among the
 * built-in and plugin guides, else core's default guide. A session is checked against its guide
 * by core; without one, the family, participants and conducting actor must be valid ids.
 */
export function resolveActioncardSetup(
  input: ActioncardSetupInput,
  availableGuides: () => Result<readonly ConversationGuide[]>,
  defaultGuideId: string,
  options: LocaleOptions,
): Result<ActioncardSetup> {
  const issues: Issue[] = [];

  let session: ConversationSession | undefined;
  if (input.session !== undefined) {
    const parsed = parseConversationSession(input.session, options);
    if (parsed.ok) session = parsed.value;
    else issues.push(...under(parsed.issues, ['session']));
  }

  let guide: ConversationGuide | undefined;
  if (input.guide !== undefined) {
    const parsed = parseConversationGuide(input.guide, options);
    if (parsed.ok) guide = parsed.value;
    else issues.push(...under(parsed.issues, ['guide']));
  } else {
    const picked = pickGuide(input.guideId, session, availableGuides, defaultGuideId, options);
    if (picked.ok) guide = picked.value;
    else issues.push(...picked.issues);
  }

  let start: ActioncardStart | undefined;
  if (input.session === undefined) {
    const startInput = Object.fromEntries(
      Object.entries({
        sessionId: input.sessionId,
        familyId: input.familyId,
        personIds: input.personIds,
        actorId: input.actorId,
        interpreter: input.interpreter,
      }).filter(([, value]) => value !== undefined),
    );
    const parsed = parseInput(StartInput, startInput, options);
    if (parsed.ok) start = parsed.value;
    else issues.push(...parsed.issues);
  }

  if (issues.length > 0 || guide === undefined) return fail(issues);
  if (session !== undefined) {
    // Core checks that the session belongs to this guide (id and version).
    const fits = sessionProgress(session, guide, options);
    if (!fits.ok) return fail(fits.issues);
    return ok({ guide, session });
  }
  return start === undefined ? fail(issues) : ok({ guide, start });
}

function pickGuide(
  guideIdInput: unknown,
  session: ConversationSession | undefined,
  availableGuides: () => Result<readonly ConversationGuide[]>,
  defaultGuideId: string,
  options: LocaleOptions,
): Result<ConversationGuide> {
  let guideId: string = session?.guideId ?? defaultGuideId;
  if (guideIdInput !== undefined) {
    const parsed = parseInput(Id, guideIdInput, options);
    if (!parsed.ok) return fail(under(parsed.issues, ['guideId']));
    guideId = parsed.value;
  }
  const available = availableGuides();
  if (!available.ok) return fail(under(available.issues, ['guides']));
  const candidates = available.value.filter(
    (candidate) => candidate.id === guideId && (session === undefined || candidate.version === session.guideVersion),
  );
  const newest = candidates.reduce<ConversationGuide | undefined>(
    (best, candidate) => (best === undefined || candidate.version > best.version ? candidate : best),
    undefined,
  );
  if (newest !== undefined) return ok(newest);
  const id = session === undefined || guideIdInput !== undefined ? guideId : `${guideId} v${session.guideVersion}`;
  return fail([createIssue('unknown_reference', [guideIdInput === undefined && session !== undefined ? 'session' : 'guideId'], { id }, options)]);
}
