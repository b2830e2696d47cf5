import type { Issue } from '../issues/issue.js';

/**
 * What every public function of `@samspil/core` answers with instead of throwing.
 * Bad input is an expected case in a portal, not an exception.
 */
export type Result<T> = Success<T> | Failure;

/** The answer when a function could do its work: `ok` is `true` and `value` holds the result. */
export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

/**
 * The answer when the input was refused: `ok` is `false` and `issues` says why, each with a stable
 * `code`, a `path` into the input and a localized `message`. Nothing was changed.
 */
export interface Failure {
  readonly ok: false;
  readonly issues: readonly Issue[];
}
