import type { WorkingDayCalendar } from '@civic/platform';
import { type IdeaRowModel, IdeaRowProjection } from '../runner/idea-row-projection';
import type { Projection } from '../runner/projection';
import { type DepartmentInboxContext, foldDepartmentInbox } from './department-inbox.fold';
import { DEPARTMENT_INBOX, type DepartmentInboxRow, departmentInboxTable } from './department-inbox.table';

export function departmentInboxModel(calendar: WorkingDayCalendar): IdeaRowModel<DepartmentInboxRow, DepartmentInboxContext> {
  return {
    name: DEPARTMENT_INBOX,
    createTable: departmentInboxTable,
    // Only for routings recorded before IdeaRouted carried respondBy: a rebuild dates those by today's rule.
    async loadContext(sql) {
      const { rows } = await sql.query<{ code: string; response_working_days: number }>('SELECT code, response_working_days FROM departments');
      return { calendar, responseWorkingDays: new Map(rows.map((row) => [row.code, row.response_working_days])) };
    },
    fold: foldDepartmentInbox,
  };
}

/** The department and triage inboxes: one row per idea, deadlines by the working-day calendar. */
export function departmentInboxProjection(calendar: WorkingDayCalendar): Projection {
  return new IdeaRowProjection(departmentInboxModel(calendar));
}
