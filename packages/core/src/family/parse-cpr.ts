import * as z from '../common/schema/index.js';
import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { formatIsoDate } from '../common/internal/calendar-date.js';
import { decodeCpr, passesModulus11 } from './internal/cpr.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { familyMessagesDa } from './messages.da.js';

learnMessages(familyMessagesDa);

/** Options for `parseCpr`: the locale and message overrides for issues. */
export type ParseCprOptions = LocaleOptions;

/**
 * What a valid CPR number tells: its normalized form `DDMMYY-SSSS` and the birth date (century
 * from the serial's first digit). `passesModulus11` is information only: numbers issued since
 * 2007 may fail the old check and are still valid. The sex digit is deliberately not exposed.
 */
export interface CprDetails {
  readonly normalized: string;
  readonly birthDate: string;
  readonly passesModulus11: boolean;
}

const CprText = z.string().check(z.maxLength(11));

/**
 * Checks a Danish CPR number's shape (`DDMMYY-SSSS` or `DDMMYYSSSS`) and that its date exists,
 * and reads the birth date out of it. The number is never repeated in an issue.
 *
 * @example
 * parseCpr('2902045678')
 * //=> { ok: true, value: { normalized: '290204-5678', birthDate: '2004-02-29', passesModulus11: false } }
 */
export function parseCpr(input: unknown, options: ParseCprOptions = {}): Result<CprDetails> {
  const text = parseInput(CprText, input, options);
  if (!text.ok) {
    // A too-long string is still a badly shaped CPR number; say so in CPR terms.
    return typeof input === 'string' ? fail([createIssue('family_cpr_format', [], undefined, options)]) : text;
  }
  const decoded = decodeCpr(text.value);
  if (decoded.kind === 'format') return fail([createIssue('family_cpr_format', [], undefined, options)]);
  if (decoded.kind === 'date') return fail([createIssue('family_cpr_date', [], undefined, options)]);
  const { digits } = decoded;
  return ok({
    normalized: `${digits.slice(0, 6)}-${digits.slice(6)}`,
    birthDate: formatIsoDate(decoded.birth),
    passesModulus11: passesModulus11(digits),
  });
}
