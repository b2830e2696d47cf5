// Issue objects as zod 4 builds them: a raw issue while parsing (it may carry `continue` and
// `input`), and the finalized issue a caller sees (`code`, `path`, `message` and the code's own
// fields). The field names and values follow zod's, so code that reads zod issues reads these.

/** An issue once parsing is over: what `safeParse` reports. */
export type Issue =
  | IssueInvalidType
  | IssueTooBig
  | IssueTooSmall
  | IssueInvalidFormat
  | IssueUnrecognizedKeys
  | IssueInvalidUnion
  | IssueInvalidKey
  | IssueInvalidValue
  | IssueCustom;

interface IssueBase {
  readonly path: PropertyKey[];
  readonly message: string;
  /** Never set by `safeParse` (zod drops it too); declared so code written for zod compiles. */
  readonly input?: unknown;
}
export interface IssueInvalidType extends IssueBase {
  readonly code: 'invalid_type';
  readonly expected: string;
  readonly received?: string;
  readonly format?: string;
}
export interface IssueTooBig extends IssueBase {
  readonly code: 'too_big';
  readonly origin: string;
  readonly maximum: number;
  readonly inclusive?: boolean;
  readonly note?: string;
}
export interface IssueTooSmall extends IssueBase {
  readonly code: 'too_small';
  readonly origin: string;
  readonly minimum: number;
  readonly inclusive?: boolean;
  readonly note?: string;
}
export interface IssueInvalidFormat extends IssueBase {
  readonly code: 'invalid_format';
  readonly format: string;
  readonly origin?: string;
  readonly pattern?: string;
}
export interface IssueUnrecognizedKeys extends IssueBase {
  readonly code: 'unrecognized_keys';
  readonly keys: string[];
}
export interface IssueInvalidUnion extends IssueBase {
  readonly code: 'invalid_union';
  readonly errors: Issue[][];
  readonly note?: string;
  readonly discriminator?: string;
  readonly options?: unknown[];
}
export interface IssueInvalidKey extends IssueBase {
  readonly code: 'invalid_key';
  readonly origin: 'record';
  readonly issues: Issue[];
}
export interface IssueInvalidValue extends IssueBase {
  readonly code: 'invalid_value';
  readonly values: unknown[];
}
export interface IssueCustom extends IssueBase {
  readonly code: 'custom';
  readonly params?: Record<string, unknown>;
}

/**
 * An issue while parsing, as a refinement pushes it: `path` is relative to the value being
 * refined; `continue: true` lets the schema's later checks run (anything else stops them).
 */
export type RawIssue = {
  readonly code: string;
  path?: PropertyKey[];
  readonly input?: unknown;
  continue?: boolean;
  readonly message?: string;
} & Record<string, unknown>;

/** Whether an issue from `start` on stops later checks (zod: `util.aborted`). */
export function aborted(issues: readonly RawIssue[], start: number): boolean {
  for (let i = start; i < issues.length; i++) if (issues[i]?.continue !== true) return true;
  return false;
}

/** Whether an issue from `start` on was marked `continue: false` (zod: `util.explicitlyAborted`). */
export function explicitlyAborted(issues: readonly RawIssue[], start: number): boolean {
  for (let i = start; i < issues.length; i++) if (issues[i]?.continue === false) return true;
  return false;
}

/** Puts `key` in front of the path of every issue from `start` on, as a parent hands them up. */
export function prefixIssues(issues: RawIssue[], start: number, key: PropertyKey): void {
  for (let i = start; i < issues.length; i++) {
    const issue = issues[i] as RawIssue;
    (issue.path ??= []).unshift(key);
  }
}

/**
 * The issue a caller sees: every own field but the parser's bookkeeping (`input`, `continue`),
 * a path, and zod/mini's message when no locale is loaded. Own keys only, and never `__proto__`,
 * so an issue cannot smuggle a prototype into the result.
 */
export function finalizeIssue(issue: RawIssue): Issue {
  const full: Record<string, unknown> = {};
  for (const key of Object.keys(issue)) {
    if (key === 'continue' || key === 'input' || key === '__proto__' || key === 'inst' || key === 'schema') continue;
    full[key] = issue[key];
  }
  full.path ??= [];
  full.message = issue.message ? issue.message : 'Invalid input';
  return full as unknown as Issue;
}
