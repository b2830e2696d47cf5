// Shared fixtures for the attention-point tests. Lives under internal/ so it is never exported.

export const NOW = '2026-03-01T10:00:00+01:00';

export const family = {
  id: 'family-1',
  name: 'Familien Haddad',
  members: [
    { id: 'p1', givenName: 'Rania', role: 'parent', birthYear: 1986, languages: ['ar'] },
    { id: 'c1', givenName: 'Sara', role: 'child', birthDate: '2020-11-02', languages: ['ar', 'da'], custodyHolderIds: ['p1'] },
    { id: 'c2', givenName: 'Omar', role: 'child', birthDate: '2014-05-20', languages: ['ar', 'da'], custodyHolderIds: ['p1'] },
  ],
};

export const raiseInput = {
  familyId: 'family-1',
  subject: { kind: 'member', personId: 'c1' },
  code: 'child-separation-anxiety',
  observerActorId: 'daycare-1',
  observedOn: '2026-02-27',
};

/** A register with one concern (attention-point-1, c1), one resource (attention-point-2, c1) and one family resource. */
export const register = {
  points: [
    {
      id: 'attention-point-1',
      familyId: 'family-1',
      subject: { kind: 'member', personId: 'c1' },
      code: 'child-separation-anxiety',
      kind: 'concern',
      observerActorId: 'daycare-1',
      observedOn: '2026-02-27',
      level: 'observation',
      sensitivity: 'health',
      status: 'open',
      note: 'Græder længe ved aflevering.',
      history: [{ at: '2026-03-01T09:00:00.000Z', byActorId: 'daycare-1', change: 'raised' }],
    },
    {
      id: 'attention-point-2',
      familyId: 'family-1',
      subject: { kind: 'member', personId: 'c1' },
      code: 'friends-and-play',
      kind: 'resource',
      observerActorId: 'daycare-1',
      observedOn: '2026-02-27',
      level: 'resource',
      sensitivity: 'general',
      status: 'open',
      history: [{ at: '2026-03-01T09:00:00.000Z', byActorId: 'daycare-1', change: 'raised' }],
    },
    {
      id: 'attention-point-3',
      familyId: 'family-1',
      subject: { kind: 'family' },
      code: 'family-cohesion',
      kind: 'resource',
      observerActorId: 'housing-1',
      observedOn: '2026-02-20',
      level: 'resource',
      sensitivity: 'social',
      status: 'monitoring',
      history: [{ at: '2026-02-20T12:00:00.000Z', byActorId: 'housing-1', change: 'raised' }],
    },
  ],
};
