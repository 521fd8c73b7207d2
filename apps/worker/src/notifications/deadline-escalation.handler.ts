import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@civic/event-store';
import type { JobContext, JobHandler } from '../jobs/job-handler';
import { loadIdeaWithEvent } from './idea-event-at';
import { StaffNotifications } from './staff-notifications';
import { IdeaRepository, type DeadlineEscalationJob } from '@civic/casework';

/** Tells the department lead about a ResponseDeadlineMissed: who had the case and which date was missed, as the event recorded them. */
@Injectable()
export class DeadlineEscalationHandler implements JobHandler<'deadline-escalation'> {
  readonly jobName = 'deadline-escalation';
  private readonly ideas: IdeaRepository;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(StaffNotifications) private readonly staff: StaffNotifications,
  ) {
    this.ideas = new IdeaRepository(store);
  }

  async handle(data: DeadlineEscalationJob, job: JobContext): Promise<string> {
    const { state, event } = await loadIdeaWithEvent(this.ideas, data);
    if (event.type !== 'ResponseDeadlineMissed')
      throw new Error(`The event at revision ${data.revision} of idea ${data.ideaId} is an ${event.type}, not a ResponseDeadlineMissed`);
    const outcome = await this.staff.escalate({
      mailKey: job.id,
      ideaId: data.ideaId,
      publicCode: state.publicCode,
      title: state.title,
      department: event.data.department,
      assignee: event.data.assignee,
      respondBy: event.data.respondBy,
    });
    return `deadline-missed mail: ${outcome}`;
  }
}
