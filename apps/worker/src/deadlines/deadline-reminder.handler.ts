import { Inject, Injectable } from '@nestjs/common';
import { Clock, WorkingDayCalendar } from '@civic/platform';
import type { JobContext, JobHandler } from '../jobs/job-handler';
import { StaffNotifications } from '../notifications';
import { IdeaRepository, type DeadlineTimerJob, currentRoutingEventId } from '@civic/casework';

const STILL_OPEN = new Set(['routed', 'assigned', 'diagnosed']);

/** N working days before the deadline: remind whoever has the case, if it is still waiting for an answer under that very routing. */
@Injectable()
export class DeadlineReminderHandler implements JobHandler<'deadline-reminder'> {
  readonly jobName = 'deadline-reminder';

  constructor(
    @Inject(IdeaRepository) private readonly ideas: IdeaRepository,
    @Inject(StaffNotifications) private readonly staff: StaffNotifications,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(WorkingDayCalendar) private readonly calendar: WorkingDayCalendar,
  ) {}

  async handle(data: DeadlineTimerJob, job: JobContext): Promise<string> {
    const now = this.clock.now();
    if (now < new Date(data.dueAt)) return job.retryAt(new Date(data.dueAt));
    const { state, events } = await this.ideas.load(data.ideaId);
    if (
      !STILL_OPEN.has(state.status) ||
      state.respondBy !== data.respondBy ||
      currentRoutingEventId(events) !== data.routingEventId ||
      state.department === null
    ) {
      return 'moot: answered, closed or routed elsewhere since';
    }
    const deadline = new Date(data.respondBy);
    if (now >= deadline) return 'moot: the deadline has passed';
    const outcome = await this.staff.remind({
      mailKey: job.id,
      ideaId: state.id,
      publicCode: state.publicCode,
      title: state.title,
      department: state.department,
      assignee: state.assignee,
      respondBy: data.respondBy,
      // Today counts while it is a working day: "2 working days left" on the morning of the day before.
      workingDaysLeft:
        this.calendar.workingDaysBetween(now, new Date(deadline.getTime() - 1)) + (this.calendar.isWorkingDay(this.calendar.localDate(now)) ? 1 : 0),
    });
    return String(outcome);
  }
}
