import { addDays, addMonths, addWeeks, lightFormat, parseISO, subDays, subMonths, subWeeks } from 'date-fns';
import type { ChecklistDeadline } from '../checklist.schema.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The calendar date a deadline falls on, given the anchor's date (`YYYY-MM-DD`). Months first,
 * then weeks, then days, so `31 Jan + 1 month` is the last day of February. Calendar arithmetic
 * runs on local midnight, which keeps whole days across daylight-saving changes. `undefined`
 * when the result leaves the four-digit years an `IsoDate` can hold.
 */
export function computeDueDate(anchorDate: string, deadline: ChecklistDeadline): string | undefined {
  const { months, weeks, days } = deadline.offset;
  let date = parseISO(anchorDate);
  if (deadline.direction === 'after') {
    if (months) date = addMonths(date, months);
    if (weeks) date = addWeeks(date, weeks);
    if (days) date = addDays(date, days);
  } else {
    if (months) date = subMonths(date, months);
    if (weeks) date = subWeeks(date, weeks);
    if (days) date = subDays(date, days);
  }
  if (Number.isNaN(date.getTime())) return undefined;
  const result = lightFormat(date, 'yyyy-MM-dd');
  return ISO_DAY.test(result) ? result : undefined;
}
