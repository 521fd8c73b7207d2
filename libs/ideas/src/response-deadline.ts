import type { IdeaRoutedData } from './idea.events';
import type { ResponseDeadline } from './vocabulary';

/** Copenhagen's tilbagemeldingsgaranti, and the departments table's default: for a department whose own is not known (removed since). */
export const DEFAULT_RESPONSE_WORKING_DAYS = 10;

/** The one thing of a working-day calendar a deadline needs (libs/platform's WorkingDayCalendar has it). */
export interface WorkingDayCounter {
  addWorkingDays(from: Date, workingDays: number): Date;
}

/** A department's promise for a routing at `at`: its working days (or the default) on the calendar the caller passes. */
export function responseDeadline(at: Date, workingDays: number | undefined, calendar: WorkingDayCounter): ResponseDeadline {
  const days = workingDays ?? DEFAULT_RESPONSE_WORKING_DAYS;
  return { respondBy: calendar.addWorkingDays(at, days).toISOString(), workingDays: days };
}

/** The deadline an idea has after a routing; workingDays is null when a routing carried its deadline but not the days it was counted with. */
export interface RoutedDeadline {
  readonly respondBy: string;
  readonly workingDays: number | null;
}

/**
 * The deadline in force after a routing (what read models show): the one the
 * routing event carries (respondBy), set by the first routing and repeated
 * unchanged by every re-routing, so a hand-over inside the municipality never
 * moves the date the citizen was promised. Routings recorded before events
 * carried it: the first is dated DEFAULT_RESPONSE_WORKING_DAYS working days
 * after its `at` (never by a department's rule as it stands today: a read
 * model must be a function of the events, so that a rebuild equals the live
 * rows); a re-routing keeps the deadline the idea had (`current`).
 */
export function deadlineAfterRouting(routing: IdeaRoutedData, current: RoutedDeadline | null, calendar: WorkingDayCounter): RoutedDeadline {
  if (routing.respondBy)
    return { respondBy: new Date(routing.respondBy).toISOString(), workingDays: routing.responseWorkingDays ?? current?.workingDays ?? null };
  if (current) return current;
  return responseDeadline(new Date(routing.at), undefined, calendar);
}
