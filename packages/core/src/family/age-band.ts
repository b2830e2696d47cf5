import type { Result } from '../result/result.js';
import { ok } from '../result/ok.js';
import type { AgeBand } from './age-bands.js';
import { ageOf, type AgeOfOptions } from './age-of.js';
import { bandForYears } from './internal/band.js';

/** Options for `ageBand`: the same as for `ageOf`, with `now` required. */
export type AgeBandOptions = AgeOfOptions;

/**
 * The age band (see `AGE_BANDS`) a person belongs to on a given day. When only the birth year
 * is known the band follows the youngest age the person can be (`minYears` of `ageOf`): a
 * possible minor stays in a child's band until they are certainly 18, which errs on the side of
 * the protections that apply to children.
 *
 * @example
 * ageBand({ id: 'c1', givenName: 'Sara', role: 'child', birthDate: '2021-06-01', languages: [] }, { now: '2026-06-01' })
 * //=> { ok: true, value: '5' }
 */
export function ageBand(person: unknown, options: AgeBandOptions): Result<AgeBand> {
  const age = ageOf(person, options);
  if (!age.ok) return age;
  return ok(bandForYears(age.value.minYears));
}
