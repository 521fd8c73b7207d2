import type { LocalDate } from '@civic/initiatives';
import type { WorkingDayCalendar } from '@civic/platform';

/** The instant a local day ends (the next one starts) in the calendar's time zone: when a deadline "on" that day has passed. */
export function endOfLocalDay(calendar: WorkingDayCalendar, date: LocalDate): string {
  const next = new Date(`${date}T12:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return calendar.startOfLocalDay(next.toISOString().slice(0, 10)).toISOString();
}
