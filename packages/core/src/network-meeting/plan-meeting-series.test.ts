import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEETING_SERIES_TEMPLATES, planMeetingSeries, validateMeeting } from '@samspil/core';
import { deepFreeze } from '../../../../test/support/deep-freeze.js';
import { expectFailure, expectSuccess, issueCodes } from '../../../../test/support/expect-result.js';
import { anyInput, corruptSomewhere } from '../../../../test/support/hostile.js';
import { family, meeting } from './internal/test-fixtures.js';

const input = { familyId: 'fam-haddad', seriesId: 'ctp-2026', anchorDate: '2026-01-05' };

describe('planMeetingSeries', () => {
  it('dates the CTP series from the start of treatment, with the Copenhagen offset of each date', () => {
    const meetings = expectSuccess(planMeetingSeries('ctp-three-meetings', input));
    expect(meetings.map((m) => [m.id, m.scheduledAt, m.mode, m.durationMinutes])).toEqual([
      ['ctp-2026-first', '2026-02-16T10:00:00+01:00', 'in-person', 90],
      ['ctp-2026-middle', '2026-04-13T10:00:00+02:00', 'video', 60],
      ['ctp-2026-last', '2026-06-08T10:00:00+02:00', 'in-person', 90],
    ]);
    expect(meetings[0]).toMatchObject({
      familyId: 'fam-haddad',
      seriesId: 'ctp-2026',
      templateId: 'ctp-three-meetings.first',
      title: 'Første netværksmøde',
      status: 'planned',
      agreements: [],
      followUp: { nextMeetingAt: '2026-04-13T10:00:00+02:00' },
    });
    expect(meetings[2]?.followUp).toBeUndefined();
    expect(meetings[0]?.agenda.map((item) => item.id)).toContain('challenges');
  });

  it('moves a meeting off the weekend unless told not to', () => {
    const saturday = { ...input, anchorDate: '2026-01-03' };
    expect(expectSuccess(planMeetingSeries('ctp-three-meetings', saturday)).map((m) => m.scheduledAt.slice(0, 10))).toEqual([
      '2026-02-16',
      '2026-04-13',
      '2026-06-08',
    ]);
    expect(
      expectSuccess(planMeetingSeries('ctp-three-meetings', saturday, { avoidWeekends: false })).map((m) => m.scheduledAt.slice(0, 10)),
    ).toEqual(['2026-02-14', '2026-04-11', '2026-06-06']);
  });

  it('plans the handover meeting before school start, in English and at a given time and zone', () => {
    const meetings = expectSuccess(
      planMeetingSeries('handover-kindergarten-school', { ...input, seriesId: 'school', anchorDate: '2026-08-10', time: '08:30' }, { locale: 'en', timeZone: 'UTC' }),
    );
    expect(meetings.map((m) => [m.title, m.scheduledAt])).toEqual([
      ['Handover meeting', '2026-07-13T08:30:00+00:00'],
      ['Follow-up after school start', '2026-10-05T08:30:00+00:00'],
    ]);
  });

  it('accepts a template object, shared participants and a mode per meeting', () => {
    const template = MEETING_SERIES_TEMPLATES.find((t) => t.id === 'ctp-three-meetings');
    const meetings = expectSuccess(
      planMeetingSeries(template, { ...input, participants: meeting.participants, interpreter: { language: 'ar', mode: 'in-person' }, modes: { middle: 'in-person' } }),
    );
    expect(meetings[1]?.mode).toBe('in-person');
    for (const planned of meetings) expectSuccess(validateMeeting(planned, { family }));
  });

  it('reports an unknown template, a bad input, a bad time and an unknown zone', () => {
    expect(issueCodes(planMeetingSeries('no-such', input))).toEqual(['network_meeting_template_unknown']);
    expect(issueCodes(planMeetingSeries('ctp-three-meetings', { ...input, anchorDate: '2026-02-30' }))).toEqual(['invalid_date']);
    expect(issueCodes(planMeetingSeries('ctp-three-meetings', { ...input, time: '24:00' }))).toEqual(['network_meeting_time_invalid']);
    expect(issueCodes(planMeetingSeries('ctp-three-meetings', input, { timeZone: 'Mars/Olympus' }))).toEqual(['network_meeting_time_zone_unknown']);
    const broken = planMeetingSeries({ id: 'x' }, input);
    expectFailure(broken);
    expect(broken.issues[0]?.path[0]).toBe('template');
  });

  it('never throws on arbitrary or corrupted template and input', () => {
    const template = MEETING_SERIES_TEMPLATES[0];
    fc.assert(
      fc.property(anyInput, anyInput, (t, i) => {
        const result = planMeetingSeries(t, i);
        if (!result.ok) expectFailure(result);
      }),
    );
    fc.assert(
      fc.property(corruptSomewhere(template), corruptSomewhere(input), (t, i) => {
        const result = planMeetingSeries(t, i);
        if (!result.ok) expectFailure(result);
      }),
      { numRuns: 200 },
    );
  });

  it('does not mutate the template or the input', () => {
    const template = deepFreeze(structuredClone(MEETING_SERIES_TEMPLATES[0]));
    expectSuccess(planMeetingSeries(template, deepFreeze({ ...input, participants: structuredClone(meeting.participants) })));
  });
});
