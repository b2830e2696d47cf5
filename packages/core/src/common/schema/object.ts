import { prefixIssues, type RawIssue } from './issues.js';
import { type Check, type OptIn, type OptOut, Schema, isObject } from './schema.js';

/** The keys of an object schema and the schema of each. */
export type Shape = Readonly<Record<string, Schema<unknown, unknown>>>;

/** What happens to keys the shape does not name: rejected, dropped, or passed through. */
export type UnknownKeys = 'strict' | 'strip' | 'loose';

type OptionalOut = { readonly optout: OptOut };
type OptionalIn = { readonly optin: OptIn };
type Prettify<T> = { [K in keyof T]: T[K] } & {};
/** Extra keys in the output: none for strict and stripping objects, any for loose ones. */
export type ExtraKeys<Mode extends UnknownKeys> = Mode extends 'loose' ? Record<string, unknown> : unknown;

/** zod's `$InferObjectOutput`: a key is optional when its schema may leave it out. */
export type InferObjectOutput<S extends Shape, Extra> =
  keyof (S & Extra) extends never
    ? Record<string, never>
    : Prettify<
        { -readonly [K in keyof S as S[K] extends OptionalOut ? never : K]: S[K]['_output'] } & {
          -readonly [K in keyof S as S[K] extends OptionalOut ? K : never]?: S[K]['_output'];
        } & Extra
      >;

/** zod's `$InferObjectInput`: a key is optional when its schema accepts its absence. */
export type InferObjectInput<S extends Shape, Extra> =
  keyof (S & Extra) extends never
    ? Record<string, never>
    : Prettify<
        { -readonly [K in keyof S as S[K] extends OptionalIn ? never : K]: S[K]['_input'] } & {
          -readonly [K in keyof S as S[K] extends OptionalIn ? K : never]?: S[K]['_input'];
        } & Extra
      >;

/**
 * An object with the keys of `shape`. Every key is checked and every issue collected; the output
 * is a new object with the shape's keys in the shape's order (then, for a loose object, the
 * input's other keys), and never a `__proto__` key.
 */
export class ObjectSchema<S extends Shape, Mode extends UnknownKeys = UnknownKeys> extends Schema<
  InferObjectOutput<S, ExtraKeys<Mode>>,
  InferObjectInput<S, ExtraKeys<Mode>>
> {
  readonly shape: S;
  readonly unknownKeys: Mode;
  private readonly keySet: ReadonlySet<string>;
  // The shape as parallel arrays, read once here rather than off each schema on every parse.
  private readonly keys: readonly string[];
  private readonly schemas: readonly Schema<unknown, unknown>[];
  private readonly optins: readonly (OptIn | undefined)[];
  private readonly optouts: readonly (OptOut | undefined)[];

  constructor(shape: S, unknownKeys: Mode, checks?: readonly Check<never>[]) {
    super(checks);
    const keys = Object.keys(shape);
    for (const key of keys) {
      if (!(shape[key] instanceof Schema)) throw new Error(`Invalid element at key "${key}": expected a schema`);
    }
    this.shape = shape;
    this.unknownKeys = unknownKeys;
    this.keySet = new Set(keys);
    // A declared `__proto__` is never parsed into the output (it would set the prototype), only allowed in the input.
    this.keys = keys.filter((key) => key !== '__proto__');
    this.schemas = this.keys.map((key) => shape[key] as Schema<unknown, unknown>);
    this.optins = this.schemas.map((schema) => schema.optin);
    this.optouts = this.schemas.map((schema) => schema.optout);
  }

  protected parseType(value: unknown, issues: RawIssue[]): unknown {
    if (!isObject(value)) {
      issues.push({ expected: 'object', code: 'invalid_type', input: value });
      return value;
    }
    const { keys, schemas, optins, optouts } = this;
    const parsed: Record<string, unknown> = {};
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as string;
      const start = issues.length;
      const result = (schemas[index] as Schema<unknown, unknown>).run(value[key], issues);
      const present = key in value;
      // The common cases first: a key that is there and passed, an optional key that is not there.
      if (present && issues.length === start) parsed[key] = result;
      else if (!present && optouts[index] === 'optional' && optins[index] === 'optional') {
        if (issues.length !== start) issues.length = start;
      } else settle(parsed, key, present, result, issues, start, optins[index], optouts[index]);
    }
    if (this.unknownKeys === 'strip') return parsed;
    return this.otherKeys(value, parsed, issues);
  }

  /** The keys the shape does not name: one `unrecognized_keys` issue for a strict object, copied for a loose one. */
  private otherKeys(value: Record<PropertyKey, unknown>, parsed: Record<string, unknown>, issues: RawIssue[]): unknown {
    const strict = this.unknownKeys === 'strict';
    let unrecognized: string[] | undefined;
    // for…in, as zod: inherited enumerable keys count too.
    for (const key in value) {
      if (this.keySet.has(key)) continue;
      if (strict) {
        (unrecognized ??= []).push(key);
        continue;
      }
      if (key === '__proto__') continue;
      const result = value[key];
      settle(parsed, key, key in value, result, issues, issues.length, undefined, undefined);
    }
    if (unrecognized !== undefined) {
      // Describes the input's shape, not the value, so the object's own checks still run.
      issues.push({ code: 'unrecognized_keys', keys: unrecognized, input: value, continue: true });
    }
    return parsed;
  }

  protected withChecks(checks: readonly Check<never>[]): this {
    return new ObjectSchema(this.shape, this.unknownKeys, checks) as this;
  }
}

/**
 * Puts one key's result into the output, as zod's `handlePropertyResult`: a missing optional key
 * stays missing (and its issues are dropped), a missing required key is `invalid_type` with
 * `expected: 'nonoptional'` unless its schema already said why, a default fills a missing key.
 */
function settle(
  parsed: Record<string, unknown>,
  key: string,
  present: boolean,
  result: unknown,
  issues: RawIssue[],
  start: number,
  optin: OptIn | undefined,
  optout: OptOut | undefined,
): void {
  const optionalOut = optout === 'optional';
  if (!present && optionalOut && optin === 'optional') {
    if (issues.length !== start) issues.length = start;
    return;
  }
  if (issues.length !== start) {
    if (optin !== undefined && optionalOut && !present) {
      issues.length = start;
      return;
    }
    prefixIssues(issues, start, key);
  }
  if (!present && optin === undefined) {
    if (issues.length === start) issues.push({ code: 'invalid_type', expected: 'nonoptional', input: undefined, path: [key] });
    return;
  }
  if (result === undefined) {
    if (present || (optin === 'defaulted' && !optionalOut)) parsed[key] = undefined;
  } else {
    parsed[key] = result;
  }
}

/** An object with exactly the keys of `shape`: any other key is an `unrecognized_keys` issue. */
export function strictObject<S extends Shape>(shape: S): ObjectSchema<S, 'strict'> {
  return new ObjectSchema(shape, 'strict');
}

/** An object with the keys of `shape`; other keys are dropped from the output. */
export function object<S extends Shape>(shape: S): ObjectSchema<S, 'strip'> {
  return new ObjectSchema(shape, 'strip');
}

/** An object with the keys of `shape`; other keys are kept in the output as they are. */
export function looseObject<S extends Shape>(shape: S): ObjectSchema<S, 'loose'> {
  return new ObjectSchema(shape, 'loose');
}
