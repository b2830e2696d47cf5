import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Actor, ActorRole, ActorSector, parseActor, parseInput } from '@samspil/core';
import { anyInput, corruptSomewhere, throwingProxy } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const nurse = (): Actor => ({
  id: 'aarhus-sundhedspleje-mette',
  kind: 'person',
  name: 'Mette Holm',
  title: 'Sundhedsplejerske',
  sector: 'health-visitor',
  authority: { id: 'aarhus-boern-unge', name: 'Aarhus Kommune, Børn og Unge', kind: 'municipality' },
  organisationId: 'aarhus-sundhedspleje',
  roles: ['key-person', 'professional'],
  contacts: [
    { channel: 'phone', value: '+45 87 13 00 00', preferred: true },
    { channel: 'secure-email', value: 'mette.holm@aarhus.dk' },
    { channel: 'video', value: 'https://video.aarhus.dk/rum/42' },
  ],
  languages: ['da', 'en'],
  notes: 'Træffes bedst før kl. 10.',
  extensions: { 'portal.staffNo': 1234 },
});

const validActor: fc.Arbitrary<Actor> = fc.record(
  {
    id: fc.stringMatching(/^[A-Za-z0-9._:-]{1,40}$/),
    kind: fc.constantFrom('person' as const, 'organisation' as const),
    name: fc.string({ minLength: 1, maxLength: 60 }),
    sector: fc.constantFrom(...ActorSector.options),
    roles: fc.uniqueArray(fc.constantFrom(...ActorRole.options), { maxLength: 4 }),
    contacts: fc.array(
      fc.oneof(
        fc.record({ channel: fc.constant('phone' as const), value: fc.stringMatching(/^\+45 \d{8}$/) }),
        fc.record({ channel: fc.constant('email' as const), value: fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.dk$/) }),
        fc.record({ channel: fc.constant('post' as const), value: fc.string({ minLength: 1, maxLength: 80 }) }),
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['id', 'kind', 'name', 'sector', 'roles', 'contacts'] },
);

describe('parseActor', () => {
  it('accepts a complete actor', () => {
    expect(expectSuccess(parseActor(nurse()))).toEqual(nurse());
  });

  it('accepts an organisation without contacts or roles', () => {
    const club = { id: 'gellerup-boldklub', kind: 'organisation', name: 'Gellerup Boldklub', sector: 'sports-leisure-association', roles: [], contacts: [] };
    expect(expectSuccess(parseActor(club))).toEqual(club);
  });

  it('reports a role given twice', () => {
    const result = parseActor({ ...nurse(), roles: ['key-person', 'professional', 'key-person'] }, { locale: 'en' });
    expectFailure(result);
    expect(result.issues).toEqual([
      { code: 'actor_duplicate_role', path: ['roles', 2], params: { role: 'key-person' }, message: 'The role "key-person" is given more than once.' },
    ]);
  });

  it('checks contact details against their channel without echoing them', () => {
    const result = parseActor({
      ...nurse(),
      contacts: [
        { channel: 'phone', value: 'ring til Mette' },
        { channel: 'email', value: 'mette.holm(at)aarhus.dk' },
        { channel: 'video', value: 'http://insecure.example/room' },
        { channel: 'post', value: 'Sundhedsplejen, Gellerupvej 1, 8220 Brabrand' },
      ],
    });
    expectFailure(result);
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'actor_contact_format', path: ['contacts', 0, 'value'] },
      { code: 'actor_contact_format', path: ['contacts', 1, 'value'] },
      { code: 'actor_contact_format', path: ['contacts', 2, 'value'] },
    ]);
    expect(result.issues[0]?.message).toBe('Kontaktoplysningen passer ikke til kanalen (phone).');
    expect(JSON.stringify(result)).not.toContain('aarhus.dk');
  });

  it('allows one preferred contact', () => {
    const contacts = nurse().contacts.map((contact) => ({ ...contact, preferred: true }));
    const result = parseActor({ ...nurse(), contacts });
    expect(result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'actor_multiple_preferred_contacts', path: ['contacts', 1, 'preferred'] },
    ]);
  });

  it('rejects an actor that is its own organisation', () => {
    expect(issueCodes(parseActor({ ...nurse(), organisationId: nurse().id }))).toEqual(['actor_own_organisation']);
  });

  it('rejects unknown sectors, roles, channels and authority kinds', () => {
    const result = parseActor({
      ...nurse(),
      sector: 'spaceport',
      roles: ['boss'],
      contacts: [{ channel: 'pigeon', value: 'x' }],
      authority: { id: 'x', name: 'X', kind: 'church' },
    });
    expect(issueCodes(result)).toEqual(['invalid_option', 'invalid_option', 'invalid_option', 'invalid_option']);
  });

  it('never throws and agrees with the uncompiled schema', () => {
    expect(issueCodes(parseActor(throwingProxy()))).toEqual(['unreadable_input']);
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(nurse()), validActor), (input) => {
        const result = parseActor(input, { locale: 'en' });
        if (!result.ok) expectFailure(result);
        expect(result).toEqual(parseInput(Actor, input, { locale: 'en' }));
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips generated valid actors', () => {
    fc.assert(
      fc.property(validActor, (actor) => {
        expect(expectSuccess(parseActor(actor))).toEqual(actor);
      }),
    );
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(nurse());
    expect(expectSuccess(parseActor(input))).not.toBe(input);
    expect(input).toEqual(nurse());
  });
});
