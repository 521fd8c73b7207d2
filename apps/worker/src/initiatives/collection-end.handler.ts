import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { WrongExpectedVersion } from '@civic/event-store';
import { InitiativeRepository, type InitiativeTimerJob } from '@civic/casework';
import { Clock } from '@civic/platform';
import { confirmedSignatureCount } from '@civic/projections';
import type { JobContext, JobHandler } from '../jobs/job-handler';
import { WORKER_POOL } from '../worker-tokens';
import { INITIATIVES_ACTOR } from './threshold-check.handler';

/** When the collection period ends: an initiative still below its threshold closes as such. */
@Injectable()
export class CollectionEndHandler implements JobHandler<'initiative-collection-end'> {
  readonly jobName = 'initiative-collection-end';

  constructor(
    @Inject(InitiativeRepository) private readonly initiatives: InitiativeRepository,
    @Inject(WORKER_POOL) private readonly pool: Pool,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async handle(data: InitiativeTimerJob, job: JobContext): Promise<string> {
    if (this.clock.now() < new Date(data.dueAt)) return job.retryAt(new Date(data.dueAt));
    const confirmedSignatures = await confirmedSignatureCount(this.pool, data.initiativeId);
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.initiatives.load(data.initiativeId);
      try {
        const { events } = await this.initiatives.decideAndAppend(
          loaded,
          { type: 'CloseExpiredCollection', initiativeId: data.initiativeId, at: this.clock.now().toISOString(), confirmedSignatures },
          { actor: INITIATIVES_ACTOR, correlationId: job.correlationId },
        );
        return events.length ? `closed with ${confirmedSignatures} signatures` : 'nothing to close: referred, or enough signatures';
      } catch (error) {
        if (!(error instanceof WrongExpectedVersion) || attempt >= 5) throw error;
      }
    }
  }
}
