import type * as z from './schema/index.js';
import type { IssueCode } from '../i18n/issue-code.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { danishMessage } from '../i18n/internal/danish-message.js';
import { createIssue } from '../issues/create-issue.js';
import type { Issue, IssueParams } from '../issues/issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';

type ZodIssue = z.core.$ZodIssue;

// A custom check's code counts when its message is known: the module that defines the check
// teaches its concept's catalogue (decision 0012).
const isIssueCode = (code: unknown): code is IssueCode => typeof code === 'string' && danishMessage(code) !== undefined;

const sizeCode = (origin: unknown, small: boolean): IssueCode => {
  if (origin === 'string') return small ? 'too_short' : 'too_long';
  if (origin === 'array' || origin === 'set') return small ? 'too_few' : 'too_many';
  return small ? 'too_small' : 'too_big';
};

// zod's own codes are translated into Samspil's catalogue; zod's English prose is never shown.
function translate(issue: ZodIssue, input: unknown, options: LocaleOptions): Issue[] {
  const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key.description) : key));
  switch (issue.code) {
    case 'invalid_type': {
      const missing = 'input' in issue ? issue.input === undefined : valueAt(input, path) === undefined;
      return [createIssue(missing ? 'required' : 'invalid_type', path, missing ? undefined : { expected: issue.expected }, options)];
    }
    case 'too_small':
      return [createIssue(sizeCode(issue.origin, true), path, { minimum: Number(issue.minimum) }, options)];
    case 'too_big':
      return [createIssue(sizeCode(issue.origin, false), path, { maximum: Number(issue.maximum) }, options)];
    case 'invalid_format': {
      if (issue.format === 'date') return [createIssue('invalid_date', path, undefined, options)];
      if (issue.format === 'datetime') return [createIssue('invalid_datetime', path, undefined, options)];
      return [createIssue('invalid_format', path, { format: issue.format }, options)];
    }
    case 'invalid_value':
      return [createIssue('invalid_option', path, undefined, options)];
    case 'unrecognized_keys':
      return issue.keys.map((key) => createIssue('unknown_key', [...path, key], { key }, options));
    case 'invalid_union':
      return [createIssue('invalid_union', path, undefined, options)];
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, unknown>;
      const code = isIssueCode(params.code) ? params.code : 'invalid_value';
      return [createIssue(code, path, plainParams(params), options)];
    }
    default:
      return [createIssue('invalid_value', path, undefined, options)];
  }
}

function plainParams(params: Record<string, unknown>): IssueParams | undefined {
  const entries = Object.entries(params).filter(
    ([key, value]) => key !== 'code' && (typeof value === 'string' || typeof value === 'number'),
  ) as [string, string | number][];
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Validates unknown input against a schema and answers with a result whose issues carry
 * Samspil's stable codes and localized messages. Never throws: input whose getters or proxy
 * traps throw is reported as `unreadable_input`.
 *
 * @example
 * parseInput(Family, JSON.parse(body), { locale: 'en' })
 * //=> { ok: false, issues: [{ code: 'required', path: ['members'], message: 'This field is required.' }] }
 */
export function parseInput<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  options: LocaleOptions = {},
): Result<z.output<S>> {
  try {
    const parsed = schema.safeParse(input);
    if (parsed.success) return ok(parsed.data);
    return fail(parsed.error.issues.flatMap((issue) => translate(issue, input, options)));
  } catch {
    return fail([createIssue('unreadable_input', [], undefined, options)]);
  }
}
