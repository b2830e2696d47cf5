import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, parseActors } from '@samspil/core';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';

const actors = (): Actor[] => [
  { id: 'caseworker-anna', kind: 'person', name: 'Anna Berg', sector: 'children-family-services', roles: ['caseworker', 'coordinator'], contacts: [] },
  { id: 'teacher-lars', kind: 'person', name: 'Lars Nielsen', sector: 'school', roles: ['key-person'], contacts: [{ channel: 'email', value: 'lars@skole.dk' }] },
  { id: 'dignity', kind: 'organisation', name: 'DIGNITY', sector: 'rehabilitation-centre', authority: { id: 'dignity', name: 'DIGNITY', kind: 'private' }, roles: [], contacts: [] },
];

describe('parseActors', () => {
  it('accepts a list of actors, also an empty one', () => {
    expect(expectSuccess(parseActors(actors()))).toEqual(actors());
    expect(expectSuccess(parseActors([]))).toEqual([]);
  });

  it('reports an id used twice', () => {
    const list = [...actors(), { ...actors()[1]!, name: 'Lars N.' }];
    const result = parseActors(list, { locale: 'en' });
    expectFailure(result);
    expect(result.issues).toEqual([{ code: 'duplicate_id', path: [3, 'id'], params: { id: 'teacher-lars' }, message: 'The id "teacher-lars" is used more than once.' }]);
  });

  it('places issues of one actor under its index', () => {
    const result = parseActors([actors()[0], { ...actors()[1], sector: 'nowhere' }]);
    expectFailure(result);
    expect(result.issues[0]?.path).toEqual([1, 'sector']);
  });

  it('needs a list', () => {
    expect(issueCodes(parseActors({ 0: actors()[0] }))).toEqual(['invalid_type']);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, corruptSomewhere(actors())), (input) => {
        const result = parseActors(input);
        if (!result.ok) expectFailure(result);
      }),
    );
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(actors());
    expect(expectSuccess(parseActors(input))).not.toBe(input);
    expect(input).toEqual(actors());
  });
});
