import type { IdeaEvent, IdeaRoutedData } from '@civic/ideas';
import type { WorkingDayCalendar } from '@civic/platform';
import { type IdeaRowModel, IdeaRowProjection } from '../runner/idea-row-projection';
import type { Projection, SqlExecutor } from '../runner/projection';
import type { ResponseTimesRow } from './response-times.row';
import { RESPONSE_TIMES, responseTimesTable } from './response-times.table';

/** Each department's response deadline in working days, by department code. */
export type ResponseDeadlines = ReadonlyMap<string, number>;

/** The departments table's default, for a department that has since been removed. */
export const DEFAULT_RESPONSE_WORKING_DAYS = 10;

const HOUR_MS = 3_600_000;

/**
 * Definitions (what management reads; keep the report's wording in step):
 * - received: IdeaSubmitted. routed: the first IdeaRouted.
 * - first response: the first CitizenInformationRequested or IdeaAnswered, whichever
 *   comes first — the first time the municipality speaks to the citizen about the
 *   idea. Routing, assignment and diagnosis are internal and do not count.
 * - deadline: the respondBy the routing event carries — set by the FIRST routing
 *   (N working days after it, N being that department's response_working_days then)
 *   and repeated unchanged by every re-routing: the citizen was told when to expect
 *   an answer, and a hand-over inside the municipality must not reset the clock in
 *   management's figures. The department inbox shows the same deadline. Routings
 *   recorded before events carried it: the first is dated by the department's rule
 *   today (a rebuild follows rule changes for those only); a re-routing keeps it.
 * - deadline missed: the first ResponseDeadlineMissed, which the deadline job records
 *   once the deadline has passed with no answer. It stays when the idea is answered
 *   late, unlike `overdue`, which the report works out at query time (open and past
 *   the deadline now) and which ends with the answer.
 * - time to answer counts from receipt (what the citizen experiences), in working
 *   days (calendar.workingDaysBetween) and in real hours.
 */
export function responseTimesModel(calendar: WorkingDayCalendar): IdeaRowModel<ResponseTimesRow, ResponseDeadlines> {
  return {
    name: RESPONSE_TIMES,
    createTable: responseTimesTable,
    loadContext: loadResponseDeadlines,
    fold: (row, event, deadlines) => foldResponseTimes(row, { type: event.type, data: event.data } as IdeaEvent, deadlines, calendar),
  };
}

export function responseTimesProjection(calendar: WorkingDayCalendar): Projection {
  return new IdeaRowProjection(responseTimesModel(calendar));
}

async function loadResponseDeadlines(sql: SqlExecutor): Promise<ResponseDeadlines> {
  const { rows } = await sql.query<{ code: string; response_working_days: number }>('SELECT code, response_working_days FROM departments');
  return new Map(rows.map((row) => [row.code, row.response_working_days]));
}

export function foldResponseTimes(
  row: ResponseTimesRow | undefined,
  event: IdeaEvent,
  deadlines: ResponseDeadlines,
  calendar: WorkingDayCalendar,
): ResponseTimesRow | undefined {
  if (event.type === 'IdeaSubmitted') {
    if (row) return undefined;
    return {
      idea_id: event.data.ideaId,
      last_revision: -1,
      received_at: iso(event.data.at),
      routed_at: null,
      department: null,
      district: event.data.district,
      category: event.data.category,
      first_response_at: null,
      answered_at: null,
      decision: null,
      implemented_at: null,
      closed_at: null,
      outcome: null,
      response_working_days: null,
      due_at: null,
      working_days_to_answer: null,
      hours_to_answer: null,
      answered_within_deadline: null,
      deadline_missed_at: null,
    };
  }
  // A stream always starts with IdeaSubmitted; anything else without a row has nothing to attach to.
  if (!row) return undefined;

  switch (event.type) {
    case 'IdeaRouted':
      return { ...row, routed_at: row.routed_at ?? iso(event.data.at), department: event.data.department, ...deadlineAfterRouting(row, event.data, deadlines, calendar) };
    case 'CitizenInformationRequested':
      return row.first_response_at === null ? { ...row, first_response_at: iso(event.data.at) } : undefined;
    case 'IdeaAnswered': {
      if (row.answered_at !== null) return undefined;
      const answeredAt = new Date(event.data.at);
      const receivedAt = new Date(row.received_at);
      return {
        ...row,
        first_response_at: row.first_response_at ?? answeredAt.toISOString(),
        answered_at: answeredAt.toISOString(),
        decision: event.data.decision,
        working_days_to_answer: calendar.workingDaysBetween(receivedAt, answeredAt),
        hours_to_answer: (answeredAt.getTime() - receivedAt.getTime()) / HOUR_MS,
        answered_within_deadline: row.due_at === null ? null : answeredAt.getTime() <= new Date(row.due_at).getTime(),
      };
    }
    case 'IdeaImplemented':
      return row.implemented_at === null ? { ...row, implemented_at: iso(event.data.at) } : undefined;
    case 'ResponseDeadlineMissed':
      // Recorded at most once per deadline; should a second come, the first miss is the one that counts.
      return row.deadline_missed_at ? undefined : { ...row, deadline_missed_at: iso(event.data.at) };
    case 'IdeaWithdrawn':
      return close(row, 'withdrawn', event.data.at);
    case 'IdeaMarkedDuplicate':
      return close(row, 'duplicate', event.data.at);
    default:
      return undefined;
  }
}

/** The deadline after a routing: the event's own; for one recorded without it, the row's, or at a first routing the department's rule. */
function deadlineAfterRouting(
  row: ResponseTimesRow,
  routing: IdeaRoutedData,
  deadlines: ResponseDeadlines,
  calendar: WorkingDayCalendar,
): Pick<ResponseTimesRow, 'due_at' | 'response_working_days'> {
  if (routing.respondBy) return { due_at: iso(routing.respondBy), response_working_days: routing.responseWorkingDays ?? row.response_working_days };
  if (row.due_at !== null) return { due_at: row.due_at, response_working_days: row.response_working_days };
  const workingDays = deadlines.get(routing.department) ?? DEFAULT_RESPONSE_WORKING_DAYS;
  return { due_at: calendar.addWorkingDays(new Date(routing.at), workingDays).toISOString(), response_working_days: workingDays };
}

function close(row: ResponseTimesRow, outcome: 'withdrawn' | 'duplicate', at: string): ResponseTimesRow | undefined {
  return row.closed_at === null ? { ...row, closed_at: iso(at), outcome } : undefined;
}

function iso(at: string): string {
  return new Date(at).toISOString();
}
