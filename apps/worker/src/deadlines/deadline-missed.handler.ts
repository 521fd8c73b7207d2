import { Inject, Injectable } from '@nestjs/common';
import { WrongExpectedVersion } from '@civic/event-store';
import { Clock } from '@civic/platform';
import type { JobContext, JobHandler } from '../jobs/job-handler';
import { IdeaRepository, type DeadlineTimerJob } from '@civic/casework';

export const DEADLINES_ACTOR = 'system:deadlines';

/**
 * At the deadline: RecordMissedDeadline through the write path, so the miss
 * is a fact in the stream (reports count it; the escalation mail follows
 * from that event). The domain decides whether it is still a miss.
 */
@Injectable()
export class DeadlineMissedHandler implements JobHandler<'deadline-missed'> {
  readonly jobName = 'deadline-missed';

  constructor(
    @Inject(IdeaRepository) private readonly ideas: IdeaRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async handle(data: DeadlineTimerJob, job: JobContext): Promise<string> {
    if (this.clock.now() < new Date(data.dueAt)) return job.retryAt(new Date(data.dueAt));
    // A case handler acting at this very moment wins the race; decide again on what they wrote.
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.ideas.load(data.ideaId);
      try {
        const { events } = await this.ideas.decideAndAppend(
          loaded,
          { type: 'RecordMissedDeadline', ideaId: data.ideaId, at: this.clock.now().toISOString(), respondBy: data.respondBy },
          { actor: DEADLINES_ACTOR, correlationId: job.correlationId },
        );
        return events.length ? 'recorded ResponseDeadlineMissed' : 'nothing to record: answered, closed, moved or recorded already';
      } catch (error) {
        if (!(error instanceof WrongExpectedVersion) || attempt >= 5) throw error;
      }
    }
  }
}
