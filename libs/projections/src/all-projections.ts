import type { WorkingDayCalendar } from '@civic/platform';
import { budgetBallotsProjection } from './budget-ballots/budget-ballots.projection';
import { departmentInboxProjection } from './department-inbox/department-inbox.projection';
import { publicStatusProjection } from './public-status/public-status.projection';
import { responseTimesProjection } from './response-times/response-times.projection';
import type { Projection } from './runner/projection';

/** Every read model the worker keeps current, and what `projections:rebuild all` rebuilds. */
export function allProjections(calendar: WorkingDayCalendar): Projection[] {
  return [departmentInboxProjection(calendar), publicStatusProjection(), responseTimesProjection(calendar), budgetBallotsProjection()];
}
