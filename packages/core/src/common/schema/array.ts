import { prefixIssues, type RawIssue } from './issues.js';
import { type Check, Schema } from './schema.js';

/**
 * A list of `element`. An array longer than a leading `maxLength` is rejected at once with that
 * one issue, before any item is read, so a hostile million-item payload costs nothing (zod's
 * `capSize`, which applies to the size checks before the first other check).
 */
export class ArraySchema<T extends Schema<unknown, unknown>> extends Schema<T['_output'][], T['_input'][]> {
  readonly element: T;
  private readonly caps: readonly Check<unknown>[];

  constructor(element: T, checks: readonly Check<never>[] = []) {
    super(checks);
    this.element = element;
    const caps: Check<unknown>[] = [];
    for (const check of checks as readonly Check<unknown>[]) {
      if (check.kind !== 'max_length' && check.kind !== 'min_length') break;
      if (check.maximum !== undefined && check.maximum >= 0) caps.push(check);
    }
    this.caps = caps;
  }

  protected parseType(value: unknown, issues: RawIssue[]): unknown {
    if (this.caps.length > 0 && Array.isArray(value)) {
      for (const cap of this.caps) {
        if (value.length > (cap.maximum as number)) {
          const start = issues.length;
          cap.run(value, issues);
          // The value is still the raw input, so no later check may read it.
          (issues[start] as RawIssue).continue = false;
          return value;
        }
      }
    }
    if (!Array.isArray(value)) {
      issues.push({ expected: 'array', code: 'invalid_type', input: value });
      return value;
    }
    const element = this.element;
    const parsed: unknown[] = new Array(value.length);
    for (let index = 0; index < value.length; index++) {
      const start = issues.length;
      parsed[index] = element.run(value[index], issues);
      if (issues.length !== start) prefixIssues(issues, start, index);
    }
    return parsed;
  }

  protected withChecks(checks: readonly Check<never>[]): this {
    return new ArraySchema(this.element, checks) as this;
  }
}

/** A list of `element`. */
export function array<T extends Schema<unknown, unknown>>(element: T): ArraySchema<T> {
  return new ArraySchema(element);
}
