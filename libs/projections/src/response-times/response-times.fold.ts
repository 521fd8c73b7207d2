import { deadlineAfterRouting } from '@civic/ideas';
import type { WorkingDayCalendar } from '@civic/platform';
import { isoOf } from '../runner/event-instant';
import type { StoredIdeaEvent } from '../runner/idea-row-projection';
import type { ResponseTimesRow } from './response-times.table';

/** What the fold needs besides the events: the calendar (working days to an answer; routings recorded without their deadline, see deadlineAfterRouting). No reference data: a rebuild must equal the live rows. */
export interface ResponseTimesContext {
  readonly calendar: WorkingDayCalendar;
}

const HOUR_MS = 3_600_000;

/**
 * Definitions (what management reads; keep the report's wording in step):
 * - received: IdeaSubmitted. routed: the first IdeaRouted.
 * - first response: the first CitizenInformationRequested or IdeaAnswered, whichever
 *   comes first — the first time the municipality speaks to the citizen about the
 *   idea. Routing, assignment and diagnosis are internal and do not count.
 * - deadline: deadlineAfterRouting's (libs/ideas), the respondBy the routing event
 *   carries — set by the FIRST routing (N working days after it, N being that
 *   department's response_working_days then) and repeated unchanged by every
 *   re-routing: the citizen was told when to expect an answer, and a hand-over inside
 *   the municipality must not reset the clock in management's figures. The
 *   department inbox shows the same deadline.
 * - deadline missed: the first ResponseDeadlineMissed, which the deadline job records
 *   once the deadline has passed with no answer. It stays when the idea is answered
 *   late, unlike `overdue`, which the report works out at query time (open and past
 *   the deadline now) and which ends with the answer.
 * - time to answer counts from receipt (what the citizen experiences), in working
 *   days (calendar.workingDaysBetween) and in real hours.
 */
export function foldResponseTimes(row: ResponseTimesRow | undefined, event: StoredIdeaEvent, context: ResponseTimesContext): ResponseTimesRow | undefined {
  if (event.type === 'IdeaSubmitted') {
    if (row) return undefined;
    return {
      idea_id: event.data.ideaId,
      last_revision: event.streamRevision,
      received_at: isoOf(event.data.at),
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
    case 'IdeaRouted': {
      const deadline = deadlineAfterRouting(
        event.data,
        row.due_at === null ? null : { respondBy: row.due_at, workingDays: row.response_working_days },
        context.calendar,
      );
      return {
        ...row,
        routed_at: row.routed_at ?? isoOf(event.data.at),
        department: event.data.department,
        due_at: deadline.respondBy,
        response_working_days: deadline.workingDays,
      };
    }
    case 'CitizenInformationRequested':
      return row.first_response_at === null ? { ...row, first_response_at: isoOf(event.data.at) } : undefined;
    case 'IdeaAnswered': {
      if (row.answered_at !== null) return undefined;
      const answeredAt = new Date(event.data.at);
      const receivedAt = new Date(row.received_at);
      return {
        ...row,
        first_response_at: row.first_response_at ?? answeredAt.toISOString(),
        answered_at: answeredAt.toISOString(),
        decision: event.data.decision,
        working_days_to_answer: context.calendar.workingDaysBetween(receivedAt, answeredAt),
        hours_to_answer: (answeredAt.getTime() - receivedAt.getTime()) / HOUR_MS,
        answered_within_deadline: row.due_at === null ? null : answeredAt.getTime() <= new Date(row.due_at).getTime(),
      };
    }
    case 'IdeaImplemented':
      return row.implemented_at === null ? { ...row, implemented_at: isoOf(event.data.at) } : undefined;
    case 'ResponseDeadlineMissed':
      // Recorded at most once per deadline; should a second come, the first miss is the one that counts.
      return row.deadline_missed_at ? undefined : { ...row, deadline_missed_at: isoOf(event.data.at) };
    case 'IdeaWithdrawn':
      return close(row, 'withdrawn', event.data.at);
    case 'IdeaMarkedDuplicate':
      return close(row, 'duplicate', event.data.at);
    default:
      return undefined;
  }
}

function close(row: ResponseTimesRow, outcome: 'withdrawn' | 'duplicate', at: string): ResponseTimesRow | undefined {
  return row.closed_at === null ? { ...row, closed_at: isoOf(at), outcome } : undefined;
}
