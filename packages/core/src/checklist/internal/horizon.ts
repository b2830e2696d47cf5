import { addDays, lightFormat, parseISO } from 'date-fns';

/** The calendar day `days` after `day` (both `YYYY-MM-DD`), computed once per query, not per item. */
export function horizon(day: string, days: number): string {
  return lightFormat(addDays(parseISO(day), days), 'yyyy-MM-dd');
}
