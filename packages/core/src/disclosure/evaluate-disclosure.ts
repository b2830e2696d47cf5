import { parseInput } from '../common/parse-input.js';
import { createIssue } from '../issues/create-issue.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import type { DisclosureDecision } from './disclosure-decision.schema.js';
import { DisclosureRequest } from './disclosure-request.schema.js';
import { decide } from './internal/decide.js';
import { PREPARED, type PreparedInternal } from './internal/prepared.js';
import { prepareInternal } from './internal/prepare-internal.js';
import { readRequest } from './internal/read-request.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { disclosureMessagesDa } from './messages.da.js';

learnMessages(disclosureMessagesDa);

/** What `evaluateDisclosure` takes besides its input; `locale` picks the language of issue messages. */
export interface EvaluateDisclosureOptions extends LocaleOptions {
  /** Consent rules for raw facts; give them to `prepareDisclosureFacts` when preparing. */
  readonly rules?: unknown;
  /** Statutory bases for raw facts; give them to `prepareDisclosureFacts` when preparing. */
  readonly statutoryBases?: unknown;
}

/**
 * The disclosure gate: decides whether one actor may give another some categories of
 * information about family members, for a purpose, at a time. It decides per (subject ×
 * category) pair and permits only when every pair has a basis, tried in this order: the duty to
 * notify (action `notify`, never blocked by a missing consent), the same public authority, a
 * valid consent naming recipient, purpose, category and subject without excluding the purpose,
 * and a statutory basis whose conditions hold (with a `necessity` text when it asks for one).
 * A refusal is an answer with reasons per pair; only invalid input fails. `facts` may be raw or
 * the result of `prepareDisclosureFacts` (much faster for many decisions).
 *
 * @example
 * evaluateDisclosure({ fromActorId: 'teacher', toActorId: 'caseworker', subjectIds: ['child-1'], categories: ['social'], purpose: 'notification-of-concern', at: '2026-03-02T10:00:00+01:00', action: 'notify' }, prepared)
 * //=> { ok: true, value: { permitted: true, bases: [{ basis: { kind: 'duty-to-notify', basisId: 'dk-duty-to-notify', citation: '…' }, pairs: [{ subjectId: 'child-1', category: 'social' }] }] } }
 */
export function evaluateDisclosure(request: unknown, facts: unknown, options: EvaluateDisclosureOptions = {}): Result<DisclosureDecision> {
  try {
    let internal: PreparedInternal | undefined = typeof facts === 'object' && facts !== null ? PREPARED.get(facts) : undefined;
    if (internal !== undefined) {
      if (options.rules !== undefined || options.statutoryBases !== undefined) {
        return fail([createIssue('disclosure_prepared_options', [], undefined, options)]);
      }
    } else {
      const prepared = prepareInternal(facts, options, ['facts'], false);
      if (!prepared.ok) return prepared;
      internal = prepared.value;
    }
    const read = readRequest(request);
    let parsed: DisclosureRequest;
    let ms: number;
    if (read !== undefined) {
      parsed = read.request;
      ms = read.ms;
    } else {
      const checked = parseInput(DisclosureRequest, request, options);
      if (!checked.ok) return fail(checked.issues.map((issue) => ({ ...issue, path: ['request', ...issue.path] })));
      parsed = checked.value;
      ms = Date.parse(parsed.at);
    }
    return ok(decide(parsed, ms, internal, options));
  } catch {
    return fail([createIssue('unreadable_input', [], undefined, options)]);
  }
}
