import type { Issue } from '../issues/issue.js';
import type { Failure } from './result.js';

/**
 * Wraps one or more issues in a failed result.
 *
 * @example
 * fail([issue]).ok
 * //=> false
 */
export function fail(issues: readonly Issue[]): Failure {
  return { ok: false, issues };
}
