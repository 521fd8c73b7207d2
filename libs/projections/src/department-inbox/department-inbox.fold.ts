import { deadlineAfterRouting, type WorkingDayCounter } from '@civic/ideas';
import type { StoredIdeaEvent } from '../runner/idea-row-projection';
import type { DepartmentInboxRow } from './department-inbox.table';
import { isoOf } from '../runner/event-instant';

/** What the fold needs besides the events: the calendar, for routings recorded without their deadline (see deadlineAfterRouting). No reference data: a rebuild must equal the live rows. */
export interface DepartmentInboxContext {
  readonly calendar: WorkingDayCounter;
}

/**
 * How one event changes an idea's inbox row; pure, so rebuilding gives the same rows.
 *
 * Open (still work for the department): from submission until the idea is
 * withdrawn, marked duplicate, answered with anything but 'accepted', or, when
 * accepted, implemented. An accepted idea stays in the inbox while it is being
 * implemented because the department still owes the citizen the result.
 *
 * Deadline: deadlineAfterRouting's (libs/ideas), the one the routing event
 * carries, which a re-routing never moves: the department that takes a case
 * over inherits the time left, and the inbox and the response-times report
 * agree on one deadline.
 *
 * A recorded miss (ResponseDeadlineMissed) is kept in deadline_missed_at. It
 * is no activity on the case, so last_activity_at does not move.
 */
export function foldDepartmentInbox(
  row: DepartmentInboxRow | undefined,
  event: StoredIdeaEvent,
  context: DepartmentInboxContext,
): DepartmentInboxRow | undefined {
  if (event.type === 'IdeaSubmitted') {
    const d = event.data;
    return {
      idea_id: d.ideaId,
      last_revision: event.streamRevision,
      public_code: d.publicCode,
      title: d.title,
      category: d.category,
      district: d.district,
      department: null,
      status: 'received',
      assignee: null,
      decision: null,
      received_at: d.at,
      routed_at: null,
      due_at: null,
      answered_at: null,
      deadline_missed_at: null,
      last_activity_at: d.at,
      question_open: false,
      citizen_replied: false,
      open: true,
    };
  }
  // Every later event follows the submission in its stream; without a row there is nothing to change.
  if (!row) return undefined;
  const activity = { ...row, last_revision: event.streamRevision, last_activity_at: event.data.at };
  // Staff acting on the case has taken up the citizen's reply.
  const touched: DepartmentInboxRow = { ...activity, citizen_replied: false };
  switch (event.type) {
    case 'IdeaRouted':
      // As in evolve: the new department picks its own handler.
      return {
        ...touched,
        department: event.data.department,
        status: 'routed',
        assignee: null,
        routed_at: event.data.at,
        due_at: deadlineAfterRouting(event.data, row.due_at === null ? null : { respondBy: row.due_at, workingDays: null }, context.calendar).respondBy,
      };
    case 'IdeaAssigned':
      return { ...touched, status: 'assigned', assignee: event.data.assignee };
    case 'IdeaDiagnosed':
      return { ...touched, status: 'diagnosed' };
    case 'IdeaAnswered':
      return { ...touched, status: 'answered', decision: event.data.decision, answered_at: event.data.at, open: event.data.decision === 'accepted' };
    case 'IdeaImplementationProgressed':
      return { ...touched, status: 'in_implementation' };
    case 'IdeaImplemented':
      return { ...touched, status: 'implemented', open: false };
    case 'IdeaWithdrawn':
      return { ...activity, status: 'withdrawn', open: false };
    case 'IdeaMarkedDuplicate':
      return { ...touched, status: 'duplicate', open: false };
    case 'CitizenInformationRequested':
      return { ...touched, question_open: true };
    case 'CitizenInformationProvided':
      return { ...activity, question_open: false, citizen_replied: true };
    case 'ResponseDeadlineMissed':
      // Recorded at most once per deadline; should a second come, the first miss is the one that counts.
      return !row.deadline_missed_at ? { ...row, last_revision: event.streamRevision, deadline_missed_at: isoOf(event.data.at) } : undefined;
    case 'CitizenNotificationsStopped':
      return undefined; // the citizen's e-mails only: nothing a case handler works from
    default:
      return undefined;
  }
}
