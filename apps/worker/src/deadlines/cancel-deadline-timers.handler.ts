import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@civic/event-store';
import type { JobContext, JobHandler } from '../jobs/job-handler';
import { JobQueues } from '../jobs/job-queues';
import { jobIdFor } from '../reactors/job-request';
import { ideaStreamId } from '@civic/ideas';
import type { CancelDeadlineTimersJob } from '@civic/casework';

/**
 * Removes the pending timers of routings before `revision` (an answer, a
 * closing or a re-routing made them moot), so the dashboard shows only live
 * timers. The timers check the idea themselves when they fire, so one that
 * is already running when this comes does no harm.
 */
@Injectable()
export class CancelDeadlineTimersHandler implements JobHandler<'cancel-deadline-timers'> {
  readonly jobName = 'cancel-deadline-timers';

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(JobQueues) private readonly queues: JobQueues,
  ) {}

  async handle(data: CancelDeadlineTimersJob, job: JobContext): Promise<string> {
    const events = await this.store.readStream(ideaStreamId(data.ideaId));
    const routings = events.filter((event) => event.type === 'IdeaRouted' && event.streamRevision < data.revision);
    const deadlines = this.queues.get('deadlines');
    let removed = 0;
    for (const routing of routings) {
      for (const timer of ['deadline-reminder', 'deadline-missed']) {
        const timerJob = await deadlines.getJob(jobIdFor(timer, routing.id));
        if ((await timerJob?.getState()) !== 'delayed' && (await timerJob?.getState()) !== 'waiting') continue;
        removed += await deadlines.remove(jobIdFor(timer, routing.id)).catch(() => 0);
      }
    }
    await job.log(`removed ${removed} pending timer(s) of ${routings.length} earlier routing(s)`);
    return `removed ${removed}`;
  }
}
