import * as z from '../common/schema/index.js';
import { Id, LocalizedLongText, LocalizedText } from '../common/schemas.js';
import { SourceReference } from '../common/source-reference.js';
import { MeetingMode, MeetingParticipantRole } from './network-meeting.schema.js';

/**
 * When a meeting of a series falls: a number of weeks and days after (or, negative, before) the
 * series' anchor date or the previous meeting of the series.
 */
export const MeetingOffset = z.strictObject({
  from: z.enum(['anchor', 'previous']),
  weeks: z.int().check(z.minimum(-104), z.maximum(104)),
  days: z.int().check(z.minimum(-365), z.maximum(365)),
});
export type MeetingOffset = z.infer<typeof MeetingOffset>;

/** A suggested agenda point with its time. */
export const MeetingTemplateAgendaItem = z.strictObject({
  id: Id,
  title: LocalizedText,
  minutes: z.optional(z.int().check(z.minimum(1), z.maximum(600))),
});
export type MeetingTemplateAgendaItem = z.infer<typeof MeetingTemplateAgendaItem>;

/** A role the meeting should have, and whether it is needed or only suggested. */
export const MeetingTemplateRole = z.strictObject({
  role: MeetingParticipantRole,
  required: z.boolean(),
  hint: z.optional(LocalizedText),
});
export type MeetingTemplateRole = z.infer<typeof MeetingTemplateRole>;

/** A point to keep in mind when preparing or chairing the meeting. */
export const MeetingTemplateReminder = z.strictObject({
  id: Id,
  text: LocalizedLongText,
  source: SourceReference,
});
export type MeetingTemplateReminder = z.infer<typeof MeetingTemplateReminder>;

/** One meeting of a series template. */
export const MeetingTemplate = z.strictObject({
  id: Id,
  title: LocalizedText,
  purpose: LocalizedLongText,
  offset: MeetingOffset,
  mode: MeetingMode,
  alternativeModes: z.array(MeetingMode).check(z.maxLength(3)),
  durationMinutes: z.int().check(z.minimum(5), z.maximum(600)),
  agenda: z.array(MeetingTemplateAgendaItem).check(z.minLength(1), z.maxLength(30)),
  roles: z.array(MeetingTemplateRole).check(z.maxLength(20)),
  reminders: z.array(MeetingTemplateReminder).check(z.maxLength(20)),
  source: SourceReference,
});
export type MeetingTemplate = z.infer<typeof MeetingTemplate>;

/** A series of network meetings as data: what each meeting is for and when it falls. */
export const MeetingSeriesTemplate = z.strictObject({
  id: Id,
  name: LocalizedText,
  description: LocalizedLongText,
  anchor: LocalizedText,
  meetings: z.array(MeetingTemplate).check(z.minLength(1), z.maxLength(12)),
  source: SourceReference,
});
export type MeetingSeriesTemplate = z.infer<typeof MeetingSeriesTemplate>;
