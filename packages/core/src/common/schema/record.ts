import { finalizeIssue, prefixIssues, type RawIssue } from './issues.js';
import { type Check, type OptIn, Schema, isPlainObject } from './schema.js';

type KeySchema = Schema<string, unknown>;

type RecordInput<K extends KeySchema, V extends Schema<unknown, unknown>> = [V] extends [{ readonly optin: OptIn }]
  ? Partial<Record<K['_input'] & PropertyKey, V['_input']>>
  : Record<K['_input'] & PropertyKey, V['_input']>;

/**
 * A plain object whose every own enumerable key passes `key` and every value `value`. A key that
 * fails is one `invalid_key` issue (its own issues inside); symbol keys are checked too, as in zod.
 * Only key schemas that constrain strings are supported: zod gives enum and literal keys a
 * different meaning (every listed key required), which core does not use.
 */
export class RecordSchema<K extends KeySchema, V extends Schema<unknown, unknown>> extends Schema<
  Record<K['_output'], V['_output']>,
  RecordInput<K, V>
> {
  readonly keyType: K;
  readonly valueType: V;

  constructor(keyType: K, valueType: V, checks?: readonly Check<never>[]) {
    super(checks);
    if (keyType.values !== undefined) throw new Error('record(): enum and literal key schemas are not supported');
    this.keyType = keyType;
    this.valueType = valueType;
  }

  protected parseType(value: unknown, issues: RawIssue[]): unknown {
    if (!isPlainObject(value)) {
      issues.push({ expected: 'record', code: 'invalid_type', input: value });
      return value;
    }
    const parsed: Record<PropertyKey, unknown> = {};
    for (const key of Reflect.ownKeys(value)) {
      if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
      const keyStart = issues.length;
      const outKey = this.keyType.run(key, issues);
      if (issues.length !== keyStart) {
        // zod retries a numeric key as a number; a string key schema rejects numbers, so that retry never succeeds.
        const keyIssues = issues.splice(keyStart);
        issues.push({ code: 'invalid_key', origin: 'record', issues: keyIssues.map(finalizeIssue), input: key, path: [key] });
        continue;
      }
      if (outKey === '__proto__') continue;
      const start = issues.length;
      const result = this.valueType.run(value[key], issues);
      if (issues.length !== start) prefixIssues(issues, start, key);
      parsed[outKey as PropertyKey] = result;
    }
    return parsed;
  }

  protected withChecks(checks: readonly Check<never>[]): this {
    return new RecordSchema(this.keyType, this.valueType, checks) as this;
  }
}

/** An object used as a map from keys that pass `keyType` to values that pass `valueType`. */
export function record<K extends KeySchema, V extends Schema<unknown, unknown>>(keyType: K, valueType: V): RecordSchema<K, V> {
  return new RecordSchema(keyType, valueType);
}
