import { expect } from 'vitest';
import { messagesDa, type Result } from '@samspil/core';

/** Asserts a result failed with well-formed issues: a known stable code, a path, a non-empty message. */
export function expectFailure(result: Result<unknown>): asserts result is Extract<Result<unknown>, { ok: false }> {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(Object.hasOwn(messagesDa, issue.code), `unknown code ${issue.code}`).toBe(true);
    expect(Array.isArray(issue.path)).toBe(true);
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

/** Asserts a result is ok and hands back its value. */
export function expectSuccess<T>(result: Result<T>): T {
  if (!result.ok) expect.fail(`expected success, got ${JSON.stringify(result.issues, null, 2)}`);
  return result.value;
}

/** The issue codes of a failed result, for compact assertions. */
export function issueCodes(result: Result<unknown>): string[] {
  return result.ok ? [] : result.issues.map((issue) => issue.code);
}
