import { issuesUnder } from '../../common/internal/issues-under.js';
import { parseInput } from '../../common/parse-input.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import { fail } from '../../result/fail.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';
import { CONSENT_RULES_DK } from '../consent-rules-dk.js';
import { ConsentRules } from '../consent-rules.schema.js';

/** The rules from options (validated, issues under `rules`) or the Danish default. */
export function readRules(rules: unknown, options: LocaleOptions): Result<ConsentRules> {
  if (rules === undefined) return ok(CONSENT_RULES_DK);
  const parsed = parseInput(ConsentRules, rules, options);
  return parsed.ok ? parsed : fail(issuesUnder(parsed, ['rules']));
}
