import { type Check, Schema } from './schema.js';

/** Anything, passed through as it is (the same reference, not a copy). */
export class UnknownSchema extends Schema<unknown> {
  protected parseType(value: unknown): unknown {
    return value;
  }

  protected withChecks(checks: readonly Check<never>[]): this {
    return new UnknownSchema(checks) as this;
  }
}

/** Anything. As in zod 4, an object key with this schema must be present (its value may be `undefined`). */
export function unknown(): UnknownSchema {
  return new UnknownSchema();
}
