import { aborted, finalizeIssue, type RawIssue } from './issues.js';
import { type Check, type OptIn, type OptOut, Schema } from './schema.js';

type Options = readonly Schema<unknown, unknown>[];

/**
 * The first option that accepts the value. When none does and exactly one failed only on
 * issues that let checks continue (a too-short list, say), its issues are the union's, as in
 * zod; otherwise one `invalid_union` issue carries every option's issues in `errors`.
 */
export class UnionSchema<T extends Options> extends Schema<T[number]['_output'], T[number]['_input']> {
  declare readonly optin?: OptIn;
  declare readonly optout?: OptOut;
  readonly options: T;

  constructor(options: T, checks?: readonly Check<never>[]) {
    super(checks);
    this.options = options;
    const optin = options.some((option) => option.optin === 'defaulted')
      ? 'defaulted'
      : options.some((option) => option.optin !== undefined)
        ? 'optional'
        : undefined;
    if (optin !== undefined) this.optin = optin;
    if (options.some((option) => option.optout === 'optional')) this.optout = 'optional';
  }

  protected parseType(value: unknown, issues: RawIssue[]): unknown {
    const options = this.options;
    if (options.length === 1) return (options[0] as Schema<unknown, unknown>).run(value, issues);
    const failed: { value: unknown; issues: RawIssue[] }[] = [];
    for (const option of options) {
      const start = issues.length;
      const parsed = option.run(value, issues);
      if (issues.length === start) return parsed;
      failed.push({ value: parsed, issues: issues.splice(start) });
    }
    const continuing = failed.filter((result) => !aborted(result.issues, 0));
    if (continuing.length === 1) {
      const [only] = continuing as [{ value: unknown; issues: RawIssue[] }];
      issues.push(...only.issues);
      return only.value;
    }
    issues.push({ code: 'invalid_union', input: value, errors: failed.map((result) => result.issues.map(finalizeIssue)) });
    return value;
  }

  protected withChecks(checks: readonly Check<never>[]): this {
    return new UnionSchema(this.options, checks) as this;
  }
}

/** Any of `options`, tried in order. */
export function union<const T extends Options>(options: T): UnionSchema<T> {
  return new UnionSchema(options);
}
