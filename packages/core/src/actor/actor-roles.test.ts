import { describe, expect, it } from 'vitest';
import { ACTOR_ROLES, ActorRole, ActorRoleInfo, parseInput } from '@samspil/core';
import { expectSuccess } from '../../../../test/support/expect-result.js';

describe('ACTOR_ROLES', () => {
  it('validates against its own schema and covers every role once', () => {
    for (const role of ACTOR_ROLES) expect(expectSuccess(parseInput(ActorRoleInfo, role))).toEqual(role);
    expect(ACTOR_ROLES.map((role) => role.id)).toEqual(ActorRole.options);
  });

  it('names the coordinator tovholder', () => {
    expect(ACTOR_ROLES.find((role) => role.id === 'coordinator')?.label).toEqual({ da: 'Tovholder', en: 'Coordinator' });
  });
});
