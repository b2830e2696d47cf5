import { describe, expect, it } from 'vitest';
import { createIssue } from '../../issues/create-issue.js';
import { fail } from '../../result/fail.js';
import { ok } from '../../result/ok.js';
import { deepFreeze } from '../../../../../test/support/deep-freeze.js';
import { issuesUnder } from './issues-under.js';

describe('issuesUnder', () => {
  const failed = deepFreeze(fail([createIssue('required', ['id']), createIssue('too_long', [], { maximum: 3 })]));

  it('answers no issues for a success', () => {
    expect(issuesUnder(ok(1), ['a'])).toEqual([]);
  });

  it('keeps the issues, or prefixes their paths, without changing the result', () => {
    expect(issuesUnder(failed)).toEqual(failed.ok ? [] : failed.issues);
    expect(issuesUnder(failed, ['template', 0]).map((issue) => issue.path)).toEqual([['template', 0, 'id'], ['template', 0]]);
  });
});
