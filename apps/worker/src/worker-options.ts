import { type AppConfig, eventStoreOptions } from '@civic/platform';
import type { WorkerOptions } from './worker.module';
import { personalDataMasterKey } from '@civic/casework';

/** The worker as configured by the environment: the same for `npm start` (one process) and a separate worker process. */
export async function workerOptionsFrom(config: AppConfig, databaseUrl: string): Promise<WorkerOptions> {
  return {
    databaseUrl,
    redisUrl: config.redisUrl,
    calendar: config.calendar,
    batchSize: config.projectionBatchSize,
    eventStore: eventStoreOptions(config),
    projections: config.workerTasks.projections,
    jobs: !config.workerTasks.jobs
      ? undefined
      : {
          config: config.jobs,
          trackingTokenSecret: config.trackingTokenSecret,
          piiMasterKey: await personalDataMasterKey(config),
          piiPreviousMasterKeys: config.piiPreviousMasterKeys,
          personalDataRetentionMonths: config.personalDataRetentionMonths,
        },
  };
}
