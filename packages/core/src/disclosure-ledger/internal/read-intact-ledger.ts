import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import { fail } from '../../result/fail.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';
import type { DisclosureLedger } from '../disclosure-ledger.schema.js';
import { inspectLedger } from './inspect-ledger.js';
import { isTrustedLedger, trustLedger } from './trusted-ledgers.js';
import { learnMessages } from '../../i18n/learn-messages.js';
import { disclosureLedgerMessagesDa } from '../messages.da.js';

learnMessages(disclosureLedgerMessagesDa);

/**
 * Answers a trusted ledger for input that must be whole: a ledger built here is used as it is;
 * anything else is verified in full, and a damaged one is refused (`ledger_broken`, or the
 * schema issues of the first unreadable record).
 */
export function readIntactLedger(input: unknown, options: LocaleOptions = {}): Result<DisclosureLedger> {
  if (isTrustedLedger(input)) return ok(input);
  const inspected = inspectLedger(input, options);
  if (!inspected.ok) return inspected;
  const { verification, records } = inspected.value;
  if (verification.intact) return ok(trustLedger([...records]));
  if (verification.problem === 'invalid_record' && verification.issues !== undefined) return fail(verification.issues);
  return fail([
    createIssue('ledger_broken', ['records', verification.index], { sequence: verification.firstBrokenSequence, problem: verification.problem }, options),
  ]);
}
