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

/** Each department's response deadline today, for routings recorded before IdeaRouted carried one. */
export interface TodaysDeadlineRule {
  readonly responseWorkingDays: ReadonlyMap<string, number>;
  readonly calendar: WorkingDayCounter;
}

/**
 * The deadline in force after a routing (what read models show): the one the
 * routing event carries (respondBy), set by the first routing and repeated
 * unchanged by every re-routing, so a hand-over inside the municipality never
 * moves the date the citizen was promised. Routings recorded before events
 * carried it: the first is dated as it always was, N working days after its
 * `at`, N being the department's response_working_days today; a re-routing
 * keeps the deadline the idea had (`current`).
 */
export function deadlineAfterRouting(routing: IdeaRoutedData, current: RoutedDeadline | null, today: TodaysDeadlineRule): RoutedDeadline {
  if (routing.respondBy)
    return { respondBy: new Date(routing.respondBy).toISOString(), workingDays: routing.responseWorkingDays ?? current?.workingDays ?? null };
  if (current) return current;
  return responseDeadline(new Date(routing.at), today.responseWorkingDays.get(routing.department), today.calendar);
}
