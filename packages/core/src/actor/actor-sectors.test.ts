import { describe, expect, it } from 'vitest';
import { ACTOR_SECTORS, ActorSector, ActorSectorInfo, parseInput } from '@samspil/core';
import { expectSuccess } from '../../../../test/support/expect-result.js';

const required = [
  'children-family-services', 'adult-services', 'job-centre', 'integration-team', 'health-visitor', 'daycare', 'school',
  'sfo-club', 'ppr', 'ssp', 'police', 'housing-social', 'rehabilitation-centre', 'gp', 'child-psychiatry',
  'adult-psychiatry', 'interpreter-service', 'asylum-centre-operator', 'civil-society', 'other',
];

describe('ACTOR_SECTORS', () => {
  it('validates against its own schema', () => {
    for (const sector of ACTOR_SECTORS) expect(expectSuccess(parseInput(ActorSectorInfo, sector))).toEqual(sector);
  });

  it('describes every sector exactly once, including the shared ones', () => {
    const ids = ACTOR_SECTORS.map((sector) => sector.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...ActorSector.options].sort());
    expect(ids).toEqual(expect.arrayContaining(required));
  });

  it('calls a sector a public authority exactly when its typical authority is public', () => {
    for (const sector of ACTOR_SECTORS) {
      expect(sector.publicAuthorityByDefault, sector.id).toBe(['municipality', 'region', 'state'].includes(sector.typicalAuthorityKind));
    }
  });

  it('keeps trusted non-authority actors outside the authority boundary', () => {
    const byId = new Map(ACTOR_SECTORS.map((sector) => [sector.id, sector]));
    for (const id of ['housing-social', 'civil-society', 'refugee-organisation', 'rehabilitation-centre', 'gp'] as const) {
      expect(byId.get(id)?.publicAuthorityByDefault, id).toBe(false);
    }
    expect(byId.get('children-family-services')?.publicAuthorityByDefault).toBe(true);
    expect(byId.get('police')?.typicalAuthorityKind).toBe('state');
  });

  it('has distinct labels in Danish and English', () => {
    expect(new Set(ACTOR_SECTORS.map((sector) => sector.label.da)).size).toBe(ACTOR_SECTORS.length);
    expect(new Set(ACTOR_SECTORS.map((sector) => sector.label.en)).size).toBe(ACTOR_SECTORS.length);
  });
});
