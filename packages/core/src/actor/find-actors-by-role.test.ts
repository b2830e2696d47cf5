import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, ActorRole, findActorsByRole } from '@samspil/core';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const actors = (): Actor[] => [
  { id: 'anna', kind: 'person', name: 'Anna Berg', sector: 'children-family-services', roles: ['caseworker', 'coordinator'], contacts: [] },
  { id: 'mette', kind: 'person', name: 'Mette Holm', sector: 'health-visitor', roles: ['key-person'], contacts: [] },
  { id: 'jamal', kind: 'person', name: 'Jamal Saleh', sector: 'interpreter-service', roles: ['interpreter'], contacts: [], languages: ['ar', 'da'] },
  { id: 'karim', kind: 'person', name: 'Karim Idris', sector: 'job-centre', roles: ['key-person', 'caseworker'], contacts: [] },
];

describe('findActorsByRole', () => {
  it('lists the actors with the role in list order', () => {
    expect(expectSuccess(findActorsByRole(actors(), 'key-person')).map((actor) => actor.id)).toEqual(['mette', 'karim']);
    expect(expectSuccess(findActorsByRole(actors(), 'caseworker')).map((actor) => actor.id)).toEqual(['anna', 'karim']);
    expect(expectSuccess(findActorsByRole(actors(), 'volunteer'))).toEqual([]);
  });

  it('reports an unknown role', () => {
    const result = findActorsByRole(actors(), 'boss');
    expectFailure(result);
    expect(result.issues[0]).toMatchObject({ code: 'invalid_option', path: ['role'] });
  });

  it('reports invalid actors', () => {
    expect(issueCodes(findActorsByRole([{ id: 'x' }], 'interpreter'))).toContain('required');
  });

  it('answers a subset where every actor holds the role', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ActorRole.options), (role) => {
        const found = expectSuccess(findActorsByRole(actors(), role));
        expect(found.every((actor) => actor.roles.includes(role))).toBe(true);
        expect(found.length).toBe(actors().filter((actor) => actor.roles.includes(role)).length);
      }),
    );
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(actors())), anyInput, (list, role) => {
        const result = findActorsByRole(list, role);
        if (!result.ok) expectFailure(result);
      }),
    );
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(actors());
    expectSuccess(findActorsByRole(input, 'interpreter'));
    expect(input).toEqual(actors());
  });
});
