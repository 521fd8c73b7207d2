import { Inject, Injectable } from '@nestjs/common';
import type { JobContext, JobHandler } from '../jobs/job-handler';
import { InitiativeDataRetention, PersonalDataRetention } from '@civic/casework';

/** The retention rule (npm run retention:run) on a schedule (RETENTION_SCHEDULE). */
@Injectable()
export class PersonalDataRetentionHandler implements JobHandler<'personal-data-retention'> {
  readonly jobName = 'personal-data-retention';

  constructor(
    @Inject(PersonalDataRetention) private readonly retention: PersonalDataRetention,
    @Inject(InitiativeDataRetention) private readonly initiatives: InitiativeDataRetention,
  ) {}

  async handle(_data: Record<string, never>, job: JobContext) {
    const ideas = await this.retention.run({ progress: (line) => void job.log(line) });
    // Initiators and signers by the same rule, once their initiative is closed.
    const initiatives = await this.initiatives.run();
    const result = { due: ideas.due + initiatives.due, erased: ideas.erased + initiatives.erased, failed: ideas.failed + initiatives.failed };
    // A failed erasure fails the job, so it retries and, failing still, shows on the dashboard.
    if (result.failed > 0) throw new Error(`erased ${result.erased} of ${result.due} due; ${result.failed} failed`);
    return result;
  }
}
