/**
 * How much of a moment a widget shows: `date` (1. marts 2026), `time` (14.32) or `date-time`
 * (1. mar. 2026 14.32). Styles, not patterns, so every language gets its own order and words.
 */
export type DateStyle = 'date' | 'time' | 'date-time';

/** The `Intl.DateTimeFormat` options behind each {@link DateStyle}. */
export const DATE_STYLE_OPTIONS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  date: { dateStyle: 'long' },
  time: { timeStyle: 'short' },
  'date-time': { dateStyle: 'medium', timeStyle: 'short' },
};
