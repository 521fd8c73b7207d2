import type { JobsOptions } from 'bullmq';
import { type JobName } from '@civic/casework';

const DAY_S = 86_400;

/**
 * Retries with exponential backoff; a job that still fails stays in the
 * failed set (visible on /admin/queues) rather than being dropped. Completed
 * jobs are kept for a while, so an id seen again (a replay) is still known.
 */
const BASE: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 30 * DAY_S },
  removeOnFail: false,
};

export const JOB_OPTIONS: Readonly<Record<JobName, JobsOptions>> = {
  'citizen-notification': BASE,
  'deadline-escalation': BASE,
  'deadline-reminder': BASE,
  'deadline-missed': { ...BASE, attempts: 12 },
  'cancel-deadline-timers': { ...BASE, attempts: 5 },
  'personal-data-retention': { ...BASE, attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
};
