import type { StoredEvent } from '@civic/event-store';
import type { IdeaEvent, IdeaRoutedData } from '@civic/ideas';
import type { WorkingDayCalendar } from '@civic/platform';
import type { DepartmentInboxContext, DepartmentInboxRow } from './department-inbox.row';

/** Copenhagen's tilbagemeldingsgaranti, and the departments table's default: used for a department the context does not know. */
export const DEFAULT_RESPONSE_WORKING_DAYS = 10;

type InboxEvent = StoredEvent<IdeaEvent['data']> & { type: IdeaEvent['type'] };

/**
 * How one event changes an idea's inbox row; pure, so rebuilding gives the same rows.
 *
 * Open (still work for the department): from submission until the idea is
 * withdrawn, marked duplicate, answered with anything but 'accepted', or, when
 * accepted, implemented. An accepted idea stays in the inbox while it is being
 * implemented because the department still owes the citizen the result.
 *
 * Deadline: the one the routing event carries (respondBy), set by the first
 * routing and repeated unchanged by every re-routing: the citizen was
 * promised a date, and a hand-over inside the municipality does not move it.
 * So the department that takes a case over inherits the time left, and the
 * inbox and the response-times report agree on one deadline. Routings
 * recorded before events carried it: the first is dated as it always was, N working
 * days after its `at`, N being the department's response_working_days today;
 * a re-routing keeps the deadline the row has.
 *
 * A recorded miss (ResponseDeadlineMissed) is kept in deadline_missed_at. It
 * is no activity on the case, so last_activity_at does not move.
 */
export function foldDepartmentInbox(
  calendar: WorkingDayCalendar,
  row: DepartmentInboxRow | undefined,
  stored: InboxEvent,
  context: DepartmentInboxContext,
): DepartmentInboxRow | undefined {
  const event = { type: stored.type, data: stored.data } as IdeaEvent;
  if (event.type === 'IdeaSubmitted') {
    const d = event.data;
    return {
      idea_id: d.ideaId,
      last_revision: stored.streamRevision,
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
      open: true,
    };
  }
  // Every later event follows the submission in its stream; without a row there is nothing to change.
  if (!row) return undefined;
  const touched: DepartmentInboxRow = { ...row, last_revision: stored.streamRevision, last_activity_at: event.data.at };
  switch (event.type) {
    case 'IdeaRouted':
      // As in evolve: the new department picks its own handler.
      return { ...touched, department: event.data.department, status: 'routed', assignee: null, routed_at: event.data.at, due_at: dueAfterRouting(calendar, row, event.data, context) };
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
      return { ...touched, status: 'withdrawn', open: false };
    case 'IdeaMarkedDuplicate':
      return { ...touched, status: 'duplicate', open: false };
    case 'CitizenInformationRequested':
    case 'CitizenInformationProvided':
      return touched;
    case 'ResponseDeadlineMissed':
      // Recorded at most once per deadline; should a second come, the first miss is the one that counts.
      return !row.deadline_missed_at ? { ...row, last_revision: stored.streamRevision, deadline_missed_at: new Date(event.data.at).toISOString() } : undefined;
    case 'CitizenNotificationsStopped':
      return undefined; // the citizen's e-mails only: nothing a case handler works from
    default:
      return undefined;
  }
}

/** The deadline after a routing; see foldDepartmentInbox for why a re-routing never moves it. */
function dueAfterRouting(calendar: WorkingDayCalendar, row: DepartmentInboxRow, routing: IdeaRoutedData, context: DepartmentInboxContext): string {
  if (routing.respondBy) return new Date(routing.respondBy).toISOString();
  if (row.due_at !== null) return row.due_at;
  const workingDays = context.responseWorkingDays.get(routing.department) ?? DEFAULT_RESPONSE_WORKING_DAYS;
  return calendar.addWorkingDays(new Date(routing.at), workingDays).toISOString();
}
