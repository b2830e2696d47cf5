import { addDays, format, parseISO } from 'date-fns';

/** The calendar day `days` after `day` (both `YYYY-MM-DD`), computed once per query, not per item. */
export function horizon(day: string, days: number): string {
  return format(addDays(parseISO(day), days), 'yyyy-MM-dd');
}
