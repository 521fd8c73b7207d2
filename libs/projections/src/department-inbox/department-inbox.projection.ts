import type { WorkingDayCalendar } from '@civic/platform';
import type { Projection } from '../runner/projection';
import { type IdeaRowModel, IdeaRowProjection } from '../runner/idea-row-projection';
import { foldDepartmentInbox } from './department-inbox.fold';
import { DEPARTMENT_INBOX, type DepartmentInboxContext, type DepartmentInboxRow } from './department-inbox.row';
import { departmentInboxTable } from './department-inbox.table';

export function departmentInboxModel(calendar: WorkingDayCalendar): IdeaRowModel<DepartmentInboxRow, DepartmentInboxContext> {
  return {
    name: DEPARTMENT_INBOX,
    createTable: departmentInboxTable,
    // Only for routings recorded before IdeaRouted carried respondBy: a rebuild dates those by today's rule.
    async loadContext(sql) {
      const { rows } = await sql.query<{ code: string; response_working_days: number }>('SELECT code, response_working_days FROM departments');
      return { responseWorkingDays: new Map(rows.map((row) => [row.code, row.response_working_days])) };
    },
    fold: (row, event, context) => foldDepartmentInbox(calendar, row, event, context),
  };
}

/** The department and triage inboxes: one row per idea, deadlines by the working-day calendar. */
export function departmentInboxProjection(calendar: WorkingDayCalendar): Projection {
  return new IdeaRowProjection(departmentInboxModel(calendar));
}
