import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { WrongExpectedVersion } from '@civic/event-store';
import { endOfLocalDay, InitiativeRepository, type ThresholdCheckJob } from '@civic/casework';
import { Clock, WorkingDayCalendar } from '@civic/platform';
import { confirmedSignatureCount, initiativesProjectionHasReached } from '@civic/projections';
import type { JobContext, JobHandler } from '../jobs/job-handler';
import { WORKER_POOL } from '../worker-tokens';

export const INITIATIVES_ACTOR = 'system:initiatives';

export class ReadModelBehindError extends Error {
  constructor(position: string) {
    super(`The initiatives read model has not yet applied ${position}; trying again`);
    this.name = 'ReadModelBehindError';
  }
}

/**
 * After a confirmation: count the confirmed signatures in the read model
 * (once it has applied this one, so the signature that reaches the threshold
 * is always counted by its own job) and tell the initiative. The domain
 * decides whether the threshold is reached, and records it once.
 */
@Injectable()
export class ThresholdCheckHandler implements JobHandler<'initiative-threshold-check'> {
  readonly jobName = 'initiative-threshold-check';

  constructor(
    @Inject(InitiativeRepository) private readonly initiatives: InitiativeRepository,
    @Inject(WORKER_POOL) private readonly pool: Pool,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(WorkingDayCalendar) private readonly calendar: WorkingDayCalendar,
  ) {}

  async handle(data: ThresholdCheckJob, job: JobContext): Promise<string> {
    if (!(await this.caughtUp(data.position))) throw new ReadModelBehindError(data.position);
    const confirmedSignatures = await confirmedSignatureCount(this.pool, data.initiativeId);
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.initiatives.load(data.initiativeId);
      try {
        const { events } = await this.initiatives.decideAndAppend(
          loaded,
          {
            type: 'RecordThresholdReached',
            initiativeId: data.initiativeId,
            at: this.clock.now().toISOString(),
            confirmedSignatures,
            reachedOn: this.calendar.localDate(new Date(data.confirmedAt)),
            endOfLocalDay: (date) => endOfLocalDay(this.calendar, date),
          },
          { actor: INITIATIVES_ACTOR, correlationId: job.correlationId },
        );
        return events.length ? `threshold reached with ${confirmedSignatures}` : `${confirmedSignatures} confirmed: nothing to record`;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersion) || attempt >= 5) throw error;
      }
    }
  }

  /** Waits a little in the job before handing it back to BullMQ's retries: the read model is usually milliseconds behind. */
  private async caughtUp(position: string): Promise<boolean> {
    for (let i = 0; i < 20; i++) {
      if (await initiativesProjectionHasReached(this.pool, position)) return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
  }
}
