import type { StoredEvent } from '@civic/event-store';
import type { IdeaEvent } from '@civic/ideas';
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
 * Deadline: set at each routing, N working days after the routing's `at`, N
 * being the receiving department's response_working_days. A re-routed idea
 * gets the new department's full deadline: the department that takes it over
 * answers for its own guarantee, not for the time lost before it arrived.
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
      last_activity_at: d.at,
      open: true,
    };
  }
  // Every later event follows the submission in its stream; without a row there is nothing to change.
  if (!row) return undefined;
  const touched: DepartmentInboxRow = { ...row, last_revision: stored.streamRevision, last_activity_at: event.data.at };
  switch (event.type) {
    case 'IdeaRouted': {
      const workingDays = context.responseWorkingDays.get(event.data.department) ?? DEFAULT_RESPONSE_WORKING_DAYS;
      const dueAt = calendar.addWorkingDays(new Date(event.data.at), workingDays).toISOString();
      // As in evolve: the new department picks its own handler.
      return { ...touched, department: event.data.department, status: 'routed', assignee: null, routed_at: event.data.at, due_at: dueAt };
    }
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
    default:
      return undefined;
  }
}
