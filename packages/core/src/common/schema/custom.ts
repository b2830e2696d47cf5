import type { RawIssue } from './issues.js';
import { type Check, Schema } from './schema.js';

/** Options for `custom`, `refine`: `params` travel on the issue (core puts its issue code there). */
export interface RefineParams {
  readonly params?: Record<string, unknown>;
  readonly path?: readonly PropertyKey[];
  /** Stop the checks after this one when it fails. `custom` defaults to true, `refine` to false. */
  readonly abort?: boolean;
}

/** Thrown, as zod throws in a synchronous parse, when a refinement answers a promise: the lean layer has no async parsing. */
export class AsyncRefinementError extends Error {
  constructor() {
    super('Encountered Promise during synchronous parse: the schema layer has no async refinements.');
    this.name = 'AsyncRefinementError';
  }
}

/** A check that passes when `test` answers truthy, else a `custom` issue (zod's `$ZodCustom` check). */
export function customCheck<T>(test: (value: T) => unknown, params: RefineParams, abort: boolean): Check<T> {
  const { params: issueParams, path } = params;
  return {
    kind: 'custom',
    run(value, issues: RawIssue[]) {
      const passed = test(value);
      if (passed instanceof Promise) throw new AsyncRefinementError();
      if (passed) return;
      issues.push({
        code: 'custom',
        input: value,
        path: path === undefined ? [] : [...path],
        continue: !abort,
        ...(issueParams === undefined ? {} : { params: issueParams }),
      });
    },
  };
}

/** Anything `test` accepts; the type is yours to state (`custom<string>(...)`). */
export class CustomSchema<T> extends Schema<T> {
  protected parseType(value: unknown): unknown {
    return value;
  }

  protected withChecks(checks: readonly Check<never>[]): this {
    return new CustomSchema<T>(checks) as this;
  }
}

/** A value `test` accepts (all values without one), typed as `T`. A failure stops later checks. */
export function custom<T = unknown>(test?: (value: unknown) => unknown, params: RefineParams = {}): CustomSchema<T> {
  return new CustomSchema<T>([customCheck(test ?? (() => true), params, params.abort ?? true) as Check<never>]);
}
