import type { WorkingDayCalendar } from '@civic/platform';
import type { Projection } from './runner/projection';

/** Every read model the worker keeps current, and what `projections:rebuild all` rebuilds. */
export function allProjections(calendar: WorkingDayCalendar): Projection[] {
  void calendar;
  return [];
}
