import { addDays, addWeeks, lightFormat, isSaturday, isSunday, parseISO } from 'date-fns';
import * as z from '../common/schema/index.js';
import { parseInput } from '../common/parse-input.js';
import { Id, IsoDate, ShortText } from '../common/schemas.js';
import type { LocaleOptions } from '../i18n/locale.js';
import { resolveLocale } from '../i18n/resolve-locale.js';
import { createIssue } from '../issues/create-issue.js';
import { fail } from '../result/fail.js';
import { ok } from '../result/ok.js';
import type { Result } from '../result/result.js';
import { DEFAULT_TIME_ZONE, isKnownTimeZone, zonedDateTime } from '../common/internal/time-zone.js';
import { MeetingSeriesTemplate } from './meeting-series-template.schema.js';
import { MEETING_SERIES_TEMPLATES } from './meeting-series-templates.js';
import { MeetingInterpreter, MeetingMode, MeetingParticipant, NetworkMeeting } from './network-meeting.schema.js';
import { learnMessages } from '../i18n/learn-messages.js';
import { networkMeetingMessagesDa } from './messages.da.js';

learnMessages(networkMeetingMessagesDa);

const Time = z.string().check(
  z.refine((value) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value), { params: { code: 'network_meeting_time_invalid' } }),
);

/** What a series is planned for: the family, the anchor date and what every meeting shares. */
export const PlanMeetingSeriesInput = z.strictObject({
  familyId: Id,
  seriesId: Id,
  /** The date the template's offsets count from, e.g. the start of treatment or school. */
  anchorDate: IsoDate,
  /** Local time of day for every meeting, `HH:mm`; 10:00 unless given. */
  time: z.optional(Time),
  location: z.optional(ShortText),
  participants: z.optional(z.array(MeetingParticipant).check(z.maxLength(50))),
  interpreter: z.optional(MeetingInterpreter),
  /** A different mode for some meetings, keyed by the template meeting's id. */
  modes: z.optional(z.record(Id, MeetingMode)),
});
export type PlanMeetingSeriesInput = z.infer<typeof PlanMeetingSeriesInput>;

/** Options for {@link planMeetingSeries}. */
export interface PlanMeetingSeriesOptions extends LocaleOptions {
  /** The zone the meetings' local time is in; `Europe/Copenhagen` unless given. */
  readonly timeZone?: string;
  /** Move a meeting that falls on a Saturday or Sunday to the Monday after; on unless `false`. */
  readonly avoidWeekends?: boolean;
}

/**
 * Turns a series template (an object, or the id of one in `MEETING_SERIES_TEMPLATES`) into planned
 * network meetings: dates from the anchor date and each meeting's offset (with date-fns), local
 * time with the zone's offset for that date, titles, purposes and agendas in the caller's
 * language, and the shared participants. Each meeting points to the next in `followUp`.
 *
 * @example
 * planMeetingSeries('ctp-three-meetings', { familyId: 'f1', seriesId: 's1', anchorDate: '2026-01-05' })
 *   .value.map((meeting) => meeting.scheduledAt)
 * //=> ['2026-02-16T10:00:00+01:00', '2026-04-13T10:00:00+02:00', '2026-06-08T10:00:00+02:00']
 */
export function planMeetingSeries(
  template: unknown,
  input: unknown,
  options: PlanMeetingSeriesOptions = {},
): Result<NetworkMeeting[]> {
  let series: MeetingSeriesTemplate;
  if (typeof template === 'string') {
    const found = MEETING_SERIES_TEMPLATES.find((candidate) => candidate.id === template);
    if (found === undefined) return fail([createIssue('network_meeting_template_unknown', ['template'], { id: template.slice(0, 128) }, options)]);
    series = found;
  } else {
    const parsed = parseInput(MeetingSeriesTemplate, template, options);
    if (!parsed.ok) return fail(parsed.issues.map((issue) => ({ ...issue, path: ['template', ...issue.path] })));
    series = parsed.value;
  }
  const parsedInput = parseInput(PlanMeetingSeriesInput, input, options);
  if (!parsedInput.ok) return parsedInput;
  const plan = parsedInput.value;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isKnownTimeZone(timeZone)) {
    return fail([createIssue('network_meeting_time_zone_unknown', ['options', 'timeZone'], { timeZone: String(timeZone).slice(0, 64) }, options)]);
  }
  const locale = resolveLocale(options.locale);
  const avoidWeekends = options.avoidWeekends !== false;
  const time = plan.time ?? '10:00';

  const anchor = parseISO(plan.anchorDate);
  let previous = anchor;
  const dates = series.meetings.map((meeting) => {
    const base = meeting.offset.from === 'anchor' ? anchor : previous;
    let date = addDays(addWeeks(base, meeting.offset.weeks), meeting.offset.days);
    if (avoidWeekends && isSaturday(date)) date = addDays(date, 2);
    if (avoidWeekends && isSunday(date)) date = addDays(date, 1);
    previous = date;
    return lightFormat(date, 'yyyy-MM-dd');
  });
  const instants = dates.map((date) => zonedDateTime(date, time, timeZone) ?? `${date}T${time}:00Z`);

  const meetings: NetworkMeeting[] = [];
  for (const [index, meeting] of series.meetings.entries()) {
    const next = instants[index + 1];
    const candidate = {
      id: `${plan.seriesId}-${meeting.id}`,
      familyId: plan.familyId,
      seriesId: plan.seriesId,
      templateId: `${series.id}.${meeting.id}`.slice(0, 128),
      title: meeting.title[locale],
      purpose: meeting.purpose[locale],
      agenda: meeting.agenda.map((item) => ({
        id: item.id,
        title: item.title[locale],
        ...(item.minutes === undefined ? {} : { minutes: item.minutes }),
      })),
      scheduledAt: instants[index],
      durationMinutes: meeting.durationMinutes,
      mode: plan.modes?.[meeting.id] ?? meeting.mode,
      ...(plan.location === undefined ? {} : { location: plan.location }),
      participants: (plan.participants ?? []).map((participant) => ({ ...participant })),
      ...(plan.interpreter === undefined ? {} : { interpreter: { ...plan.interpreter } }),
      agreements: [],
      decisions: [],
      ...(next === undefined ? {} : { followUp: { nextMeetingAt: next } }),
      status: 'planned',
    };
    const parsed = parseInput(NetworkMeeting, candidate, options);
    if (!parsed.ok) return fail(parsed.issues.map((issue) => ({ ...issue, path: ['meetings', index, ...issue.path] })));
    meetings.push(parsed.value);
  }
  return ok(meetings);
}
