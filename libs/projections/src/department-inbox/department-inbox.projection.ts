import type { WorkingDayCalendar } from '@civic/platform';
import { type IdeaRowModel, IdeaRowProjection } from '../runner/idea-row-projection';
import type { Projection } from '../runner/projection';
import { type DepartmentInboxContext, foldDepartmentInbox } from './department-inbox.fold';
import { DEPARTMENT_INBOX, type DepartmentInboxRow, departmentInboxTable } from './department-inbox.table';

export function departmentInboxModel(calendar: WorkingDayCalendar): IdeaRowModel<DepartmentInboxRow, DepartmentInboxContext> {
  return {
    name: DEPARTMENT_INBOX,
    createTable: departmentInboxTable,
    // No reference data (a department's rule as it stands today): a rebuild must give what the live rows have.
    async loadContext() {
      return { calendar };
    },
    fold: foldDepartmentInbox,
  };
}

/** The department and triage inboxes: one row per idea, deadlines by the working-day calendar. */
export function departmentInboxProjection(calendar: WorkingDayCalendar): Projection {
  return new IdeaRowProjection(departmentInboxModel(calendar));
}
