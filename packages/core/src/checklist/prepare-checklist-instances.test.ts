import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_TEMPLATES, createChecklist, prepareChecklistInstances } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { expectFailure, expectSuccess } from '../../../../test/support/expect-result.js';

const instance = expectSuccess(createChecklist(CHECKLIST_TEMPLATES[6], { id: 'cl', familyId: 'fam', now: '2026-03-01T12:00:00Z' }));

describe('prepareChecklistInstances', () => {
  it('answers with a frozen handle that tells how many checklists it holds', () => {
    const handle = expectSuccess(prepareChecklistInstances(deepFreeze([instance, { ...instance, id: 'cl-2' }])));
    expect(handle).toEqual({ kind: 'prepared-checklist-instances', size: 2 });
    expect(Object.isFrozen(handle)).toBe(true);
  });

  it('reports invalid checklists with their index', () => {
    const result = prepareChecklistInstances([instance, { ...instance, familyId: '' }]);
    expectFailure(result);
    expect(result.issues[0]).toMatchObject({ code: 'too_short', path: [1, 'familyId'] });
  });

  it('never throws', () => {
    expectFailure(prepareChecklistInstances(throwingProxy()));
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere([instance])), (input) => {
        const result = prepareChecklistInstances(input);
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 200 },
    );
  });
});
