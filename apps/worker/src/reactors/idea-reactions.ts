import type { StoredEvent } from '@civic/event-store';
import { type IdeaEvent, toIdeaEvent } from '@civic/ideas';
import type { WorkingDayCalendar } from '@civic/platform';
import { jobIdFor, type JobRequest } from './job-request';
import { type CitizenMailKind, type DeadlineTimerJob } from '@civic/casework';

export interface IdeaReactionsOptions {
  readonly calendar: WorkingDayCalendar;
  /** Working days before the deadline the reminder comes; 0: no reminder. */
  readonly reminderWorkingDays: number;
}

const CITIZEN_MAIL_OF: Partial<Record<IdeaEvent['type'], CitizenMailKind>> = {
  IdeaSubmitted: 'receipt',
  IdeaRouted: 'routed',
  CitizenInformationRequested: 'question',
  IdeaAnswered: 'answered',
  IdeaImplementationProgressed: 'implementation-progress',
  IdeaImplemented: 'implemented',
};

/**
 * What each event of an idea sets in motion, as job requests. Pure: the same
 * event always asks for the same jobs with the same ids, so a replay from an
 * older checkpoint enqueues nothing twice.
 */
export function ideaReactions(stored: StoredEvent, options: IdeaReactionsOptions): JobRequest[] {
  const event = toIdeaEvent(stored);
  if (!event) return [];
  const ideaId = event.data.ideaId;
  const requests: JobRequest[] = [];

  const mail = CITIZEN_MAIL_OF[event.type];
  // A routing by rule in the submission's own append is told in the receipt.
  if (mail && !(event.type === 'IdeaRouted' && isRoutingAtSubmission(stored, event))) {
    requests.push({
      name: 'citizen-notification',
      jobId: jobIdFor('citizen-notification', stored.id),
      data: { ideaId, eventId: stored.id, revision: stored.streamRevision, kind: mail },
    });
  }

  switch (event.type) {
    case 'IdeaRouted':
      if (event.data.previousDepartment !== null) requests.push(cancelTimers(stored, ideaId));
      if (event.data.respondBy) requests.push(...deadlineTimers(stored, ideaId, event.data.respondBy, event.data.at, options));
      break;
    case 'IdeaAnswered':
    case 'IdeaWithdrawn':
    case 'IdeaMarkedDuplicate':
      requests.push(cancelTimers(stored, ideaId));
      break;
    case 'ResponseDeadlineMissed':
      requests.push({
        name: 'deadline-escalation',
        jobId: jobIdFor('deadline-escalation', stored.id),
        data: { ideaId, eventId: stored.id, revision: stored.streamRevision },
      });
      break;
    default:
      break;
  }
  return requests;
}

function isRoutingAtSubmission(stored: StoredEvent, event: IdeaEvent): boolean {
  return event.type === 'IdeaRouted' && stored.streamRevision === 1 && event.data.routedBy === 'rule' && event.data.previousDepartment === null;
}

/** The reminder N working days ahead (unless the case came in later than that) and the deadline itself. */
function deadlineTimers(stored: StoredEvent, ideaId: string, respondBy: string, routedAt: string, options: IdeaReactionsOptions): JobRequest[] {
  const timer = (dueAt: Date): DeadlineTimerJob => ({ ideaId, routingEventId: stored.id, respondBy, dueAt: dueAt.toISOString() });
  const deadline = new Date(respondBy);
  const timers: JobRequest[] = [];
  if (options.reminderWorkingDays > 0) {
    const remindAt = options.calendar.startOfWorkingDaysLeft(deadline, options.reminderWorkingDays);
    if (remindAt.getTime() > Date.parse(routedAt))
      timers.push({ name: 'deadline-reminder', jobId: jobIdFor('deadline-reminder', stored.id), data: timer(remindAt), runAt: remindAt.toISOString() });
  }
  timers.push({ name: 'deadline-missed', jobId: jobIdFor('deadline-missed', stored.id), data: timer(deadline), runAt: deadline.toISOString() });
  return timers;
}

function cancelTimers(stored: StoredEvent, ideaId: string): JobRequest {
  return { name: 'cancel-deadline-timers', jobId: jobIdFor('cancel-deadline-timers', stored.id), data: { ideaId, revision: stored.streamRevision } };
}
