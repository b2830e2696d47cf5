import type { DisclosureDecision } from '@samspil/core';
import { describe, expect, it } from 'vitest';
import { followTheDarwishFamily } from './scenario/follow-the-darwish-family.mjs';

// The scenario from the core issue, followed end to end through the public API. Each block
// checks one chapter of the story; the story itself lives in scenario/follow-the-darwish-family.mjs
// so `npm start` can tell it too.
const story = followTheDarwishFamily();

const basisKinds = (decision: DisclosureDecision | undefined) =>
  decision?.permitted ? decision.bases.map((use) => use.basis.kind) : [];
const reasonCodes = (decision: DisclosureDecision | undefined) =>
  decision && !decision.permitted ? decision.reasons.map((reason) => reason.code) : [];

describe('the Darwish family, end to end', () => {
  it('places every member in the age band the sources use', () => {
    expect(story.ageBands).toEqual({ huda: '18+', karim: '18+', yara: '13-17', omar: '6-12', lina: '5', adam: '0-4' });
  });

  it("needs both custody holders for the younger children's consent, and lets Yara (15) consent for herself", () => {
    expect(story.consents.childrenBeforeKarim.valid).toBe(false);
    expect(story.consents.childrenBeforeKarim.missingGrantorIds).toEqual(['karim']);
    expect(story.consents.childrenAfterKarim.valid).toBe(true);
    expect(story.consents.yaraValidity.valid).toBe(true);
    expect(story.consents.karimWithdrawn.withdrawal?.byPersonId).toBe('karim');
  });

  it('permits each disclosure only on a basis it names', () => {
    const { decisions } = story;
    expect(basisKinds(decisions.schoolHearsAboutOmar)).toEqual(['consent']);
    expect(basisKinds(decisions.rehabToJobCentre)).toEqual(['consent']);
    expect(basisKinds(decisions.integrationToJobCentre)).toEqual(['same-authority']);
    expect(basisKinds(decisions.earlyIntervention)).toEqual(['statutory']);
    expect(basisKinds(decisions.jobCentreToRehabBeforeWithdrawal)).toEqual(['consent']);
  });

  it('blocks what consent does not cover, and a withdrawal at once', () => {
    const { decisions } = story;
    expect(reasonCodes(decisions.volunteerAsksAboutHuda)).toContain('disclosure_no_basis');
    expect(reasonCodes(decisions.jobCentreToRehabAfterWithdrawal)).toContain('disclosure_consent_withdrawn');
    expect(reasonCodes(decisions.daycareSharesWithoutBasis)).toContain('disclosure_no_basis');
  });

  it('never lets a missing consent block the duty to notify', () => {
    expect(reasonCodes(story.decisions.daycareSharesWithoutBasis).length).toBeGreaterThan(0);
    expect(basisKinds(story.decisions.daycareNotifies)).toEqual(['duty-to-notify']);
  });

  it('plans three meetings, the first about six weeks into treatment and the middle one by video', () => {
    expect(story.meetings.map((meeting) => meeting.scheduledAt.slice(0, 10))).toEqual(['2026-03-16', '2026-05-11', '2026-07-06']);
    expect(story.meetings.map((meeting) => meeting.mode)).toEqual(['in-person', 'video', 'in-person']);
  });

  it('tells, before each meeting, what every participant may hear about whom', () => {
    const [first] = story.meetingChecks;
    if (first === undefined) throw new Error('no pre-meeting check');
    const byParticipant = Object.fromEntries(first.participants.map((participant) => [participant.participantId, participant]));
    expect(byParticipant['p-huda']?.gated).toBe(false);
    expect(byParticipant['p-lene']?.mayHear).toEqual({ huda: ['general', 'social', 'health'] });
    expect(byParticipant['p-jens']?.mayHear).toEqual({
      omar: ['general', 'social', 'health'],
      lina: ['general', 'social', 'health'],
      adam: ['general', 'social', 'health'],
    });
    expect(byParticipant['p-jens']?.mayHear).not.toHaveProperty('huda');
    expect(byParticipant['p-jens']?.denied.some((denial) => denial.subjectId === 'huda')).toBe(true);
    expect(story.meetingChecks).toHaveLength(3);
  });

  it('records the home visit and raises attention points with resources beside concerns', () => {
    expect(story.submittedVisit.status).toBe('submitted');
    expect(story.register.points).toHaveLength(4);
    expect(story.hudaPoints.map((point) => point.code).sort()).toEqual(['adult-sleep-problems', 'mother-in-network']);
    expect(story.resources.map((point) => point.kind)).toEqual(['resource', 'resource']);
  });

  it("respects Huda declining to talk about the flight and closes with follow-up and referral", () => {
    expect(story.session.status).toBe('completed');
    expect(story.skipped.length).toBeGreaterThan(0);
    expect(story.skipped.every((skip) => skip.permissionStepId === 'flight.permission' && skip.answer === 'declined')).toBe(true);
    expect(story.session.closing).toMatchObject({ followUpAgreed: true, followUpDate: '2026-04-06', referralOffered: true });
  });

  it('shows the reception checklist items that are overdue by mid-April', () => {
    expect(story.overdue.length).toBeGreaterThan(0);
    expect(story.overdue.every((item) => item.status !== 'done' && item.dueDate !== undefined && item.dueDate < '2026-04-15')).toBe(true);
    expect(story.overdue.map((item) => item.itemId)).toContain('health-assessment-offered');
  });

  it('keeps a ledger that verifies, and catches tampering where it happened', () => {
    expect(story.ledgerCheck).toMatchObject({ intact: true, length: 6 });
    expect(story.tamperCheck).toMatchObject({ intact: false, firstBrokenSequence: 2, problem: 'hash_mismatch' });
  });

  it("gives the family a report of who received what, when and on which basis", () => {
    expect(story.report.total).toBe(6);
    const school = story.report.recipients.find((group) => group.recipient.id === 'jens-school');
    expect(school?.recipient.name).toBe('Jens Mørk');
    expect(school?.disclosures[0]).toMatchObject({ at: '2026-02-10T09:00:00+01:00', basisLabel: 'Samtykke' });
    expect(story.omarReport.total).toBe(1);
  });
});
