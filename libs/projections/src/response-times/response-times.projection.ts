import type { WorkingDayCalendar } from '@civic/platform';
import { type IdeaRowModel, IdeaRowProjection } from '../runner/idea-row-projection';
import type { Projection } from '../runner/projection';
import { foldResponseTimes, type ResponseTimesContext } from './response-times.fold';
import { RESPONSE_TIMES, type ResponseTimesRow, responseTimesTable } from './response-times.table';

export function responseTimesModel(calendar: WorkingDayCalendar): IdeaRowModel<ResponseTimesRow, ResponseTimesContext> {
  return {
    name: RESPONSE_TIMES,
    createTable: responseTimesTable,
    // The calendar counts working days to an answer. No reference data (a department's rule as it stands today): a rebuild must give what the live rows have.
    async loadContext() {
      return { calendar };
    },
    fold: foldResponseTimes,
  };
}

/** What management's response-time and throughput reports count: one row per idea, its milestones and deadline. */
export function responseTimesProjection(calendar: WorkingDayCalendar): Projection {
  return new IdeaRowProjection(responseTimesModel(calendar));
}
