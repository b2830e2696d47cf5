import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMeetingDisclosures, prepareDisclosureFacts, type NetworkMeeting } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { actors, consents, family, meeting } from './internal/test-fixtures.js';

const facts = { family, actors, consents };
const withTeacher: NetworkMeeting = {
  ...meeting,
  participants: [...meeting.participants, { id: 'pt-teacher', role: 'professional', actorId: 'a-teacher', required: false }],
};

describe('checkMeetingDisclosures', () => {
  it('tells per participant what they may hear about whom, with the basis', () => {
    const check = expectSuccess(checkMeetingDisclosures(withTeacher, facts));
    expect(check).toMatchObject({
      meetingId: 'm-1',
      at: '2026-03-02T10:00:00+01:00',
      purpose: 'network-meeting',
      fromActorId: 'a-coordinator',
      subjectIds: ['p-mother', 'p-father', 'p-child'],
      topicsNotToRaise: ['Flugten'],
    });
    const byId = new Map(check.participants.map((p) => [p.participantId, p]));

    // The family itself and the coordinator are not gated.
    for (const id of ['pt-coord', 'pt-citizen', 'pt-relative']) expect(byId.get(id)).toMatchObject({ gated: false, permitted: [], denied: [] });

    // The note-taker works in the coordinator's own authority.
    const notes = byId.get('pt-notes');
    expect(notes?.gated).toBe(true);
    expect(notes?.denied).toEqual([]);
    expect(notes?.permitted[0]?.bases).toEqual([{ kind: 'same-authority', authorityId: 'kbh' }]);

    // The GP has Rana's consent for general and health information for network meetings, nothing more.
    const gp = byId.get('pt-gp');
    expect(gp?.mayHear).toEqual({ 'p-mother': ['general', 'health'] });
    expect(gp?.permitted.find((p) => p.category === 'health')?.bases).toEqual([{ kind: 'consent', consentId: 'c-gp' }]);
    const deniedSocial = gp?.denied.find((d) => d.subjectId === 'p-mother' && d.category === 'social');
    expect(deniedSocial?.reasons.map((reason) => reason.code)).toContain('disclosure_no_basis');
    expect(gp?.denied.filter((d) => d.subjectId === 'p-child')).toHaveLength(6);

    // The school teacher and the interpreter have no basis for anything here.
    expect(byId.get('pt-teacher')?.mayHear).toEqual({});
    expect(byId.get('pt-interp')?.permitted).toEqual([]);
    expect(byId.get('pt-interp')?.denied).toHaveLength(18);
  });

  it('narrows to the categories, members and time asked about', () => {
    const check = expectSuccess(
      checkMeetingDisclosures(withTeacher, facts, { categories: ['health'], subjectIds: ['p-mother'], at: '2027-02-01T10:00:00+01:00' }),
    );
    const gp = check.participants.find((p) => p.participantId === 'pt-gp');
    // The consent ran out at the end of 2026.
    expect(gp?.permitted).toEqual([]);
    expect(gp?.denied.map((d) => [d.subjectId, d.category])).toEqual([['p-mother', 'health']]);
    expect(gp?.denied[0]?.reasons.map((reason) => reason.code)).toContain('disclosure_consent_expired');
  });

  it('checks another purpose than the meeting', () => {
    const check = expectSuccess(checkMeetingDisclosures(meeting, facts, { purpose: 'employment', categories: ['health'] }));
    expect(check.participants.find((p) => p.participantId === 'pt-gp')?.mayHear).toEqual({});
  });

  it('works with prepared facts when the members are named', () => {
    const prepared = expectSuccess(prepareDisclosureFacts(facts));
    const check = expectSuccess(checkMeetingDisclosures(meeting, prepared, { subjectIds: ['p-mother'] }));
    expect(check.participants.find((p) => p.participantId === 'pt-gp')?.mayHear).toEqual({ 'p-mother': ['general', 'health'] });
    expect(issueCodes(checkMeetingDisclosures(meeting, prepared))).toEqual(['required']);
  });

  it('needs one coordinator, the right family and valid facts and options', () => {
    const noCoordinator = { ...meeting, participants: meeting.participants.filter((p) => p.role !== 'coordinator') };
    expect(issueCodes(checkMeetingDisclosures(noCoordinator, facts))).toEqual(['network_meeting_coordinator_count']);
    expect(issueCodes(checkMeetingDisclosures({ ...meeting, familyId: 'fam-other' }, facts))).toEqual(['network_meeting_family_mismatch']);
    expect(issueCodes(checkMeetingDisclosures(meeting, facts, { categories: ['gossip'] }))).toEqual(['invalid_option']);
    expect(issueCodes(checkMeetingDisclosures(meeting, facts, { at: 'tomorrow' }))).toEqual(['invalid_now']);
    const broken = checkMeetingDisclosures(meeting, { family });
    expectFailure(broken);
    expect(broken.issues[0]?.path[0]).toBe('facts');
  });

  it('never throws on arbitrary or corrupted meetings and facts', () => {
    fc.assert(fc.property(anyInput, anyInput, (m, f) => expectFailure(checkMeetingDisclosures(m, f))), { numRuns: 100 });
    fc.assert(
      fc.property(corruptSomewhere(meeting), (m) => {
        const result = checkMeetingDisclosures(m, facts);
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(corruptSomewhere(facts), (f) => {
        const result = checkMeetingDisclosures(meeting, f);
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 100 },
    );
  });

  it('does not mutate the meeting or the facts', () => {
    expectSuccess(checkMeetingDisclosures(deepFreeze(structuredClone(withTeacher)), deepFreeze(structuredClone(facts))));
  });
});
