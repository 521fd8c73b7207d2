import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { JobsConfig } from '@civic/platform';
import { JobsHost, JobsModule } from '../../apps/worker/src/jobs/jobs.module';
import { JobQueues } from '../../apps/worker/src/jobs/job-queues';
import type { TestApp } from './test-app';
import { TEST_PII_MASTER_KEY, TEST_TRACKING_SECRET } from './test-app';

export const TEST_PUBLIC_BASE_URL = 'https://ideer.kk.test';

export interface TestJobs {
  readonly context: INestApplicationContext;
  readonly host: JobsHost;
  readonly queues: JobQueues;
  /** Moves every waiting timer to run now; each checks the test clock and goes back to wait if it is not yet due. */
  promoteTimers(): Promise<void>;
  /** The state of a job by its id, e.g. 'completed', 'delayed', 'failed'; null when there is none. */
  stateOf(queue: 'notifications' | 'deadlines' | 'maintenance', jobId: string): Promise<string | null>;
  close(): Promise<void>;
}

export interface TestJobsOptions {
  readonly smtpUrl: string;
  /** Default: the shared Redis (queues under the test database's own prefix). */
  readonly redisUrl?: string;
  readonly config?: Partial<JobsConfig>;
  readonly closeTimeoutMs?: number;
}

/** The worker's jobs (reactor and processors) in this process, on the test app's database and clock, as `npm start` runs them. */
export async function startTestJobs(app: TestApp, options: TestJobsOptions): Promise<TestJobs> {
  const config: JobsConfig = {
    smtpUrl: options.smtpUrl,
    mailFrom: 'Københavns Kommune <ideer@kk.test>',
    publicBaseUrl: TEST_PUBLIC_BASE_URL,
    staffMailLanguage: 'da',
    mailTemplatesDir: 'mail-templates',
    reminderWorkingDays: 2,
    retentionSchedule: '0 3 * * *',
    queuePrefix: app.database.name,
    ...options.config,
  };
  const context = await NestFactory.createApplicationContext(
    JobsModule.forRoot({
      databaseUrl: app.database.url,
      redisUrl: options.redisUrl ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      calendar: { country: 'DK', timeZone: 'Europe/Copenhagen' },
      config,
      trackingTokenSecret: TEST_TRACKING_SECRET,
      piiMasterKey: TEST_PII_MASTER_KEY,
      personalDataRetentionMonths: 24,
      clock: app.clock,
      reactor: { takeOverIntervalMs: 100, maxRetryMs: 1000 },
      scheduleRetryMs: 500,
      closeTimeoutMs: options.closeTimeoutMs,
    }),
    { logger: ['error', 'warn'], abortOnError: false },
  );
  await context.init();
  const queues = context.get(JobQueues);
  return {
    context,
    host: context.get(JobsHost),
    queues,
    promoteTimers: async () => {
      await queues.get('deadlines').promoteJobs();
    },
    stateOf: async (queue, jobId) => {
      const job = await queues.get(queue).getJob(jobId);
      return job ? await job.getState() : null;
    },
    close: async () => {
      await Promise.all(queues.all().map((queue) => queue.obliterate({ force: true }).catch(() => undefined)));
      await context.close();
    },
  };
}
