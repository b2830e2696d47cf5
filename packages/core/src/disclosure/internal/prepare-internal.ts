import * as z from '../../common/schema/index.js';
import type { ConsentRules } from '../../consent/consent-rules.schema.js';
import { parseUnder } from '../../consent/internal/parse-under.js';
import { readRules } from '../../consent/internal/read-rules.js';
import type { LocaleOptions } from '../../i18n/locale.js';
import type { Issue } from '../../issues/issue.js';
import { createIssue } from '../../issues/create-issue.js';
import { fail } from '../../result/fail.js';
import { ok } from '../../result/ok.js';
import type { Result } from '../../result/result.js';
import { DisclosureFacts } from '../disclosure-facts.schema.js';
import { STATUTORY_BASES_DK } from '../statutory-bases-dk.js';
import { StatutoryBasis } from '../statutory-basis.schema.js';
import { parseInput } from '../../common/parse-input.js';
import { buildPrepared, type PreparedInternal } from './prepared.js';
import { repeatedIds } from '../../common/internal/repeated-ids.js';
import { learnMessages } from '../../i18n/learn-messages.js';
import { disclosureMessagesDa } from '../messages.da.js';

learnMessages(disclosureMessagesDa);

export interface PrepareInternalOptions extends LocaleOptions {
  readonly rules?: unknown;
  readonly statutoryBases?: unknown;
}

const BasisList = z.array(StatutoryBasis).check(z.maxLength(200));

function duplicates(ids: readonly string[], path: (index: number) => (string | number)[], options: LocaleOptions): Issue[] {
  return repeatedIds(ids).map(({ index, id }) => createIssue('duplicate_id', path(index), { id }, options));
}

/** Validates facts once (issue paths relative to `prefix`) and builds the gate's indexes. */
export function prepareInternal(facts: unknown, options: PrepareInternalOptions, prefix: readonly (string | number)[], eager: boolean): Result<PreparedInternal> {
  const parsed = parseInput(DisclosureFacts, facts, options);
  if (!parsed.ok) return fail(parsed.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })));
  const rules: Result<ConsentRules> = readRules(options.rules, options);
  if (!rules.ok) return rules;
  let bases: readonly StatutoryBasis[] = parsed.value.statutoryBases ?? STATUTORY_BASES_DK;
  if (options.statutoryBases !== undefined) {
    const fromOptions = parseUnder(BasisList, options.statutoryBases, 'statutoryBases', options);
    if (!fromOptions.ok) return fromOptions;
    bases = fromOptions.value;
  }
  const { family, actors, consents } = parsed.value;
  const issues: Issue[] = [
    ...duplicates(family.members.map((member) => member.id), (index) => [...prefix, 'family', 'members', index, 'id'], options),
    ...duplicates(actors.map((actor) => actor.id), (index) => [...prefix, 'actors', index, 'id'], options),
    ...duplicates(consents.map((consent) => consent.id), (index) => [...prefix, 'consents', index, 'id'], options),
    ...duplicates(bases.map((basis) => basis.id), (index) => (options.statutoryBases !== undefined ? ['statutoryBases', index, 'id'] : [...prefix, 'statutoryBases', index, 'id']), options),
  ];
  consents.forEach((consent, index) => {
    if (consent.familyId !== family.id) issues.push(createIssue('disclosure_consent_family_mismatch', [...prefix, 'consents', index, 'familyId'], undefined, options));
  });
  if (issues.length > 0) return fail(issues);
  return ok(buildPrepared(family, actors, consents, bases, rules.value, eager));
}
