import { AsyncRefinementError } from './custom.js';
import type { RawIssue } from './issues.js';
import type { Check } from './schema.js';

/** What a `superRefine` callback gets besides the value: the list to push its issues onto. */
export interface RefinementCtx<T> {
  readonly value: T;
  /** Raw issues: `path` relative to the value; without `continue: true` an issue stops later checks. */
  readonly issues: RawIssue[];
}

// The issue list is made on first use: most values pass, and a batch parse refines thousands.
class Context<T> implements RefinementCtx<T> {
  readonly value: T;
  pushed: RawIssue[] | undefined;

  constructor(value: T) {
    this.value = value;
  }

  get issues(): RawIssue[] {
    return (this.pushed ??= []);
  }
}

/** A check that reports any number of issues itself, by pushing them onto `ctx.issues`. */
export function superRefine<T>(refinement: (value: T, ctx: RefinementCtx<T>) => void): Check<T> {
  return {
    kind: 'custom',
    run(value, issues) {
      const ctx = new Context(value);
      if ((refinement(value, ctx) as unknown) instanceof Promise) throw new AsyncRefinementError();
      if (ctx.pushed !== undefined) for (const issue of ctx.pushed) issues.push(issue);
    },
  };
}
