import { Inject, Injectable } from '@nestjs/common';
import type { JobContext, JobHandler } from '../jobs/job-handler';
import { PersonalDataRetention } from '@civic/casework';

/** The retention rule (npm run retention:run) on a schedule (RETENTION_SCHEDULE). */
@Injectable()
export class PersonalDataRetentionHandler implements JobHandler<'personal-data-retention'> {
  readonly jobName = 'personal-data-retention';

  constructor(@Inject(PersonalDataRetention) private readonly retention: PersonalDataRetention) {}

  async handle(_data: Record<string, never>, job: JobContext) {
    const result = await this.retention.run({ progress: (line) => void job.log(line) });
    // A failed erasure fails the job, so it retries and, failing still, shows on the dashboard.
    if (result.failed > 0) throw new Error(`erased ${result.erased} of ${result.due} due; ${result.failed} failed`);
    return result;
  }
}
