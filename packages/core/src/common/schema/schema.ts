import { type Issue, type RawIssue, aborted, explicitlyAborted, finalizeIssue } from './issues.js';

/**
 * A check a schema runs on its parsed value, in the order given to `.check()`. `in T`: a check
 * written for a wider type (`maxLength` for anything with a length) fits a narrower schema.
 */
export interface Check<in T> {
  /** zod's check name: `max_length`, `min_length`, `greater_than`, `less_than`, `string_format`, `custom`… */
  readonly kind: string;
  /** Length checks run on any value with a length, even one that failed the type check (as zod's `when`). */
  readonly onLength?: true;
  /** An upper bound on size: an array longer than this is rejected before its items are read. */
  readonly maximum?: number;
  run(value: T, issues: RawIssue[]): void;
}

/** What `safeParse` answers. */
export type SafeParseResult<T> = { success: true; data: T; error?: never } | { success: false; data?: never; error: SchemaError };

/** Thrown by `parse`; `issues` are the same issues `safeParse` reports. */
export class SchemaError extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(`Invalid input: ${issues.length} issue${issues.length === 1 ? '' : 's'}`);
    this.name = 'SchemaError';
    this.issues = issues;
  }
}

/** The Standard Schema v1 interface (https://standardschema.dev), which tRPC, form resolvers and others accept. */
export interface StandardSchemaV1Props<In, Out> {
  readonly version: 1;
  readonly vendor: 'samspil';
  readonly validate: (value: unknown) => StandardResult<Out>;
  readonly types?: { readonly input: In; readonly output: Out };
}
export type StandardResult<Out> =
  | { readonly value: Out; readonly issues?: undefined }
  | { readonly issues: readonly { readonly message: string; readonly path: readonly PropertyKey[] }[] };

/** Where an object key's schema stands on absence: zod's `optin` (may be missing in the input)… */
export type OptIn = 'optional' | 'defaulted';
/** …and `optout` (may be missing in the output). */
export type OptOut = 'optional';

/**
 * The base of every schema. `run` is zod's parse-then-checks: the type check and children first,
 * then each check in order. A check is skipped once an issue without `continue: true` has been
 * raised for this value, except length checks, which run on anything with a length unless an
 * issue said `continue: false`. Issues go into one array per parse; a parent prefixes its key.
 */
export abstract class Schema<out Out = unknown, out In = Out> {
  /** Type-level only: what parsing produces and accepts. */
  declare readonly _output: Out;
  declare readonly _input: In;
  declare readonly optin?: OptIn;
  declare readonly optout?: OptOut;
  /** Literal values this schema accepts, where it accepts only a few (a discriminated union's lookup). */
  declare readonly values?: ReadonlySet<unknown>;
  readonly checks: readonly Check<never>[];

  constructor(checks: readonly Check<never>[] = []) {
    this.checks = checks;
  }

  /** The type check and the children; pushes issues and answers the parsed value. */
  protected abstract parseType(value: unknown, issues: RawIssue[]): unknown;

  /** A copy with other checks (the subclass's own settings kept). */
  protected abstract withChecks(checks: readonly Check<never>[]): this;

  /** @internal Parses `value`, pushing issues onto `issues`; answers the parsed value. */
  run(value: unknown, issues: RawIssue[]): unknown {
    const checks = this.checks;
    if (checks.length === 0) return this.parseType(value, issues);
    const start = issues.length;
    const parsed = this.parseType(value, issues);
    let stop = aborted(issues, start);
    for (const check of checks as readonly Check<unknown>[]) {
      if (check.onLength === true) {
        if (explicitlyAborted(issues, start)) continue;
        if (parsed === null || parsed === undefined || (parsed as { length?: unknown }).length === undefined) continue;
      } else if (stop) continue;
      const before = issues.length;
      check.run(parsed, issues);
      if (!stop && issues.length !== before) stop = aborted(issues, before);
    }
    return parsed;
  }

  /** A copy of this schema that also runs `checks`, after the ones it has. */
  check(...checks: Check<Out>[]): this {
    return this.withChecks([...this.checks, ...(checks as readonly Check<never>[])]);
  }

  safeParse(data: unknown): SafeParseResult<output<this>> {
    const issues: RawIssue[] = [];
    const value = this.run(data, issues);
    if (issues.length === 0) return { success: true, data: value as output<this> };
    let error: SchemaError | undefined;
    return {
      success: false,
      // Built on first read: a caller that only branches on `success` never pays for it.
      get error() {
        return (error ??= new SchemaError(issues.map(finalizeIssue)));
      },
    };
  }

  parse(data: unknown): output<this> {
    const issues: RawIssue[] = [];
    const value = this.run(data, issues);
    if (issues.length > 0) throw new SchemaError(issues.map(finalizeIssue));
    return value as output<this>;
  }

  get '~standard'(): StandardSchemaV1Props<In, Out> {
    const props: StandardSchemaV1Props<In, Out> = {
      version: 1,
      vendor: 'samspil',
      validate: (value) => {
        const issues: RawIssue[] = [];
        const parsed = this.run(value, issues);
        return issues.length === 0 ? { value: parsed as Out } : { issues: issues.map(finalizeIssue) };
      },
    };
    Object.defineProperty(this, '~standard', { value: props, enumerable: false });
    return props;
  }
}

/** What a schema produces. */
export type output<T> = T extends { readonly _output: unknown } ? T['_output'] : unknown;
/** What a schema accepts. */
export type input<T> = T extends { readonly _input: unknown } ? T['_input'] : unknown;
export type { output as infer };

/** Any schema; the name zod/mini gives its base type. */
export type ZodMiniType<Out = unknown, In = unknown> = Schema<Out, In>;

/** `typeof value === 'object'`, not null and not an array (zod: `util.isObject`). */
export function isObject(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A plain object or one without a prototype, the way zod decides what a record may be (`util.isPlainObject`). */
export function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const ctor = (value as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prototype: unknown = ctor.prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}
