import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, coordinatorOf } from '@samspil/core';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess } from '../../../../test/support/expect-result.js';

const actors = (): Actor[] => [
  { id: 'mette', kind: 'person', name: 'Mette Holm', sector: 'health-visitor', roles: ['key-person'], contacts: [] },
  { id: 'anna', kind: 'person', name: 'Anna Berg', sector: 'children-family-services', roles: ['caseworker', 'coordinator'], contacts: [] },
  { id: 'karim', kind: 'person', name: 'Karim Idris', sector: 'job-centre', roles: ['key-person'], contacts: [] },
];

describe('coordinatorOf', () => {
  it('finds the one coordinator', () => {
    expect(expectSuccess(coordinatorOf(actors()))?.id).toBe('anna');
  });

  it('answers null when nobody coordinates yet', () => {
    expect(expectSuccess(coordinatorOf(actors().filter((actor) => actor.id !== 'anna')))).toBeNull();
    expect(expectSuccess(coordinatorOf([]))).toBeNull();
  });

  it('reports two coordinators instead of picking one', () => {
    const list = actors().map((actor) => (actor.id === 'karim' ? { ...actor, roles: [...actor.roles, 'coordinator' as const] } : actor));
    const da = coordinatorOf(list);
    const en = coordinatorOf(list, { locale: 'en' });
    expectFailure(da);
    expectFailure(en);
    expect(da.issues).toEqual([
      { code: 'actor_coordinator_ambiguous', path: [2, 'roles'], params: { count: 2 }, message: 'Der er 2 tovholdere; der må kun være én.' },
    ]);
    expect(en.issues[0]?.message).toBe('There are 2 coordinators; there may be only one.');
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(actors())), (input) => {
        const result = coordinatorOf(input);
        if (!result.ok) expectFailure(result);
        else if (result.value !== null) expect(result.value.roles).toContain('coordinator');
      }),
    );
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(actors());
    expect(expectSuccess(coordinatorOf(input))).not.toBe(input[1]);
    expect(input).toEqual(actors());
  });
});
