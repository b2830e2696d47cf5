import type { Issue } from '../issues/issue.js';

/**
 * What every public function of `@samspil/core` answers with instead of throwing.
 * Bad input is an expected case in a portal, not an exception.
 */
export type Result<T> = Success<T> | Failure;

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

export interface Failure {
  readonly ok: false;
  readonly issues: readonly Issue[];
}
