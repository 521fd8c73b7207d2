import type { JobsOptions } from 'bullmq';
import type { JobWorkerOptions } from '@civic/platform';
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
  'open-data-export': { ...BASE, attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  'support-confirmation': BASE,
  'satisfaction-follow-up': BASE,
  'budget-winner-ideas': BASE,
  'auto-routing': { ...BASE, attempts: 5 },
  'initiative-signature-confirmation': BASE,
  'initiative-council-escalation': BASE,
  // Waits for the read model to apply the signature: short retries first.
  'initiative-threshold-check': { ...BASE, attempts: 12, backoff: { type: 'exponential', delay: 1_000 } },
  'initiative-collection-end': { ...BASE, attempts: 12 },
  'initiative-council-reminder': BASE,
  'initiative-council-deadline': { ...BASE, attempts: 12 },
  'budget-ballot-confirmation': BASE,
  'budget-idea-proposal': BASE,
  'budget-voter-data-erasure': { ...BASE, attempts: 5 },
};

/**
 * How a worker process that dies (`kill -9`, an OOM kill, a lost machine) is
 * recovered from. Its running jobs keep their lock until it expires; another
 * worker (or the same one, restarted) then finds them stalled and runs them
 * again. A stall is a crash of the process, not a failure of the job, so it
 * does not count against `attempts`, and BullMQ's default of failing a job
 * for good at its second stall would lose e-mails when a worker is killed
 * twice in a row: allow many. A job that kills its worker every time still
 * ends in the failed list, after MAX_STALLS crashes.
 */
export const MAX_STALLS = 20;

export const JOB_WORKER_OPTIONS: Pick<JobWorkerOptions, 'lockDuration' | 'stalledInterval' | 'maxStalledCount'> = {
  // Renewed every 7.5 s while the job runs (an SMTP send may take up to its socket timeout of 30 s and keeps its lock):
  // the lock only lapses when the process stops renewing it, so 15 s is how long a crashed job waits before it is taken up again.
  lockDuration: 15_000,
  // One cheap script per queue; a crashed job runs again within lockDuration + stalledInterval of the crash.
  stalledInterval: 5_000,
  maxStalledCount: MAX_STALLS,
};
