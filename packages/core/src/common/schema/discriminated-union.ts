import type { RawIssue } from './issues.js';
import type { ObjectSchema, Shape, UnknownKeys } from './object.js';
import { type Check, Schema, isObject } from './schema.js';

type Option = ObjectSchema<Shape, UnknownKeys>;

/**
 * One of several object schemas, chosen by the value of one key (`discriminator`). A value the
 * key does not pick is one `invalid_union` issue at that key, listing the values it accepts.
 */
export class DiscriminatedUnionSchema<T extends readonly Option[]> extends Schema<T[number]['_output'], T[number]['_input']> {
  readonly discriminator: string;
  readonly options: T;
  private lookup: Map<unknown, Option | null> | undefined;

  constructor(discriminator: string, options: T, checks?: readonly Check<never>[]) {
    super(checks);
    this.discriminator = discriminator;
    this.options = options;
    options.forEach((option, index) => {
      if (!Object.hasOwn(option.shape, discriminator)) throw new Error(`Invalid discriminated union option at index "${index}"`);
    });
  }

  /** Which option each discriminator value picks, built on first use (as zod does); `null` marks an ambiguous absent key. */
  private map(): Map<unknown, Option | null> {
    if (this.lookup !== undefined) return this.lookup;
    const lookup = new Map<unknown, Option | null>();
    this.options.forEach((option, index) => {
      const key = option.shape[this.discriminator] as Schema<unknown, unknown>;
      const values = key.values;
      if (values === undefined || values.size === 0) throw new Error(`Invalid discriminated union option at index "${index}"`);
      // A key that may be missing reads as undefined, so that option claims undefined too.
      const claimed = key.optin === undefined ? values : new Set([...values, undefined]);
      for (const value of claimed) {
        if (!lookup.has(value)) lookup.set(value, option);
        else if (value === undefined) lookup.set(value, null);
        else throw new Error(`Duplicate discriminator value "${String(value)}"`);
      }
    });
    return (this.lookup = lookup);
  }

  protected parseType(value: unknown, issues: RawIssue[]): unknown {
    if (!isObject(value)) {
      issues.push({ code: 'invalid_type', expected: 'object', input: value });
      return value;
    }
    const lookup = this.map();
    const option = lookup.get(value[this.discriminator]);
    if (option) return option.run(value, issues);
    issues.push({
      code: 'invalid_union',
      errors: [],
      note: 'No matching discriminator',
      discriminator: this.discriminator,
      options: [...lookup.keys()].filter((key) => lookup.get(key) !== null),
      input: value,
      path: [this.discriminator],
    });
    return value;
  }

  protected withChecks(checks: readonly Check<never>[]): this {
    return new DiscriminatedUnionSchema(this.discriminator, this.options, checks) as this;
  }
}

/** One of `options`, picked by the value of their `discriminator` key. */
export function discriminatedUnion<const T extends readonly [Option, ...Option[]]>(
  discriminator: string,
  options: T,
): DiscriminatedUnionSchema<T> {
  return new DiscriminatedUnionSchema(discriminator, options);
}
