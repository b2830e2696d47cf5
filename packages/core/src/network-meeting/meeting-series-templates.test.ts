import { describe, expect, it } from 'vitest';
import { MEETING_SERIES_TEMPLATES, MeetingSeriesTemplate, parseInput } from '@samspil/core';
import { expectSuccess } from '../../../../test/support/expect-result.js';

describe('MEETING_SERIES_TEMPLATES', () => {
  it('validates against its own schema', () => {
    for (const template of MEETING_SERIES_TEMPLATES) expectSuccess(parseInput(MeetingSeriesTemplate, template));
  });

  it('has unique template ids and unique meeting and agenda ids within each template', () => {
    const ids = MEETING_SERIES_TEMPLATES.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const template of MEETING_SERIES_TEMPLATES) {
      const meetings = template.meetings.map((meeting) => meeting.id);
      expect(new Set(meetings).size).toBe(meetings.length);
      for (const meeting of template.meetings) {
        const agenda = meeting.agenda.map((item) => item.id);
        expect(new Set(agenda).size).toBe(agenda.length);
        const minutes = meeting.agenda.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
        expect(minutes).toBeLessThanOrEqual(meeting.durationMinutes);
        expect(meeting.roles.filter((role) => role.role === 'coordinator' && role.required)).toHaveLength(1);
      }
    }
  });

  it('ships the CTP three-meeting series: about six weeks after treatment starts, middle by video, last in person', () => {
    const ctp = MEETING_SERIES_TEMPLATES.find((template) => template.id === 'ctp-three-meetings');
    expect(ctp?.source.source).toBe('cuf-2022');
    expect(ctp?.meetings.map((meeting) => [meeting.id, meeting.mode, meeting.offset])).toEqual([
      ['first', 'in-person', { from: 'anchor', weeks: 6, days: 0 }],
      ['middle', 'video', { from: 'previous', weeks: 8, days: 0 }],
      ['last', 'in-person', { from: 'previous', weeks: 8, days: 0 }],
    ]);
  });

  it('ships a handover meeting before school start, from DIGNITY 2018', () => {
    const handover = MEETING_SERIES_TEMPLATES.find((template) => template.id === 'handover-kindergarten-school');
    expect(handover?.source.source).toBe('dignity-2018');
    expect(handover?.meetings[0]?.offset.weeks).toBeLessThan(0);
  });
});
