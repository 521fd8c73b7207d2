import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { Clock, DEFAULT_OPEN_DATA_LICENCE, type JobsConfig } from '@civic/platform';
import { exportOpenData } from '@civic/projections';
import type { JobContext, JobHandler } from '../jobs/job-handler';
import { JOBS_CONFIG, WORKER_POOL } from '../worker-tokens';

/** The open-data export (npm run open-data:export) on a schedule (OPEN_DATA_SCHEDULE). */
@Injectable()
export class OpenDataExportHandler implements JobHandler<'open-data-export'> {
  readonly jobName = 'open-data-export';

  constructor(
    @Inject(WORKER_POOL) private readonly pool: Pool,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
  ) {}

  async handle(_data: Record<string, never>, job: JobContext) {
    const result = await exportOpenData(this.pool, { licence: this.config.openDataLicence ?? DEFAULT_OPEN_DATA_LICENCE, now: this.clock.now() });
    await job.log(`${result.ideas} ideas: ${result.files.map((file) => `${file.name} (${file.bytes} bytes)`).join(', ')}`);
    return result;
  }
}
