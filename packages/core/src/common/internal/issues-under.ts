import type { Issue, IssuePath } from '../../issues/issue.js';
import type { Result } from '../../result/result.js';

/**
 * The issues of a result (none when it succeeded), with `prefix` put in front of each path so
 * issues about different arguments (`template`, `base`, `additions`) can be told apart. Used to
 * report every problem of several inputs at once instead of stopping at the first.
 */
export function issuesUnder(result: Result<unknown>, prefix: IssuePath = []): Issue[] {
  if (result.ok) return [];
  return prefix.length === 0 ? [...result.issues] : result.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
}
