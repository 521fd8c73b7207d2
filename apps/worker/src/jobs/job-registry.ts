import { Logger } from '@nestjs/common';
import { DelayedError, type Job } from 'bullmq';
import { runInLogContext } from '@civic/platform';
import { correlationIdOf } from './job-correlation';
import type { JobContext, JobHandler } from './job-handler';
import { JOB_NAMES, type JobName } from '@civic/casework';

export class JobRegistryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JobRegistryError';
  }
}

/**
 * Every job name with exactly one handler, checked when the worker starts:
 * a job nobody handles would fail only when it first runs, maybe at 3 a.m.,
 * and two handlers would leave which one runs to chance.
 */
export class JobRegistry {
  private constructor(private readonly handlers: ReadonlyMap<JobName, JobHandler>) {}

  static of(handlers: readonly JobHandler[]): JobRegistry {
    const byName = new Map<JobName, JobHandler>();
    for (const handler of handlers) {
      if (!(JOB_NAMES as string[]).includes(handler.jobName))
        throw new JobRegistryError(`${handler.constructor.name} handles "${handler.jobName}", which is not in the job catalogue`);
      const other = byName.get(handler.jobName);
      if (other) throw new JobRegistryError(`Job "${handler.jobName}" has two handlers: ${other.constructor.name} and ${handler.constructor.name}`);
      byName.set(handler.jobName, handler);
    }
    const missing = JOB_NAMES.filter((name) => !byName.has(name));
    if (missing.length) throw new JobRegistryError(`No handler for job${missing.length > 1 ? 's' : ''} ${missing.map((name) => `"${name}"`).join(', ')}`);
    return new JobRegistry(byName);
  }

  /** The whole of a processor: one call into the job's handler, logging with the correlation id of the request behind the job. */
  async run(job: Job, token: string | undefined, now: () => Date): Promise<unknown> {
    return runInLogContext(jobLogContext(job), () => this.runHandler(job, token, now));
  }

  private async runHandler(job: Job, token: string | undefined, now: () => Date): Promise<unknown> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler) throw new JobRegistryError(`No handler for job "${job.name}"`);
    const context: JobContext = {
      id: job.id!,
      attempt: job.attemptsMade + 1,
      correlationId: correlationIdOf(job.data) ?? job.id!,
      log: async (message) => void (await job.log(message)),
      retryAt: async (at) => {
        // Reckoned by the application clock: a timer promoted early (tests, a skewed host) goes back to wait.
        await job.moveToDelayed(Date.now() + Math.max(0, at.getTime() - now().getTime()), token);
        throw new DelayedError();
      },
    };
    const started = Date.now();
    const outcome = await handler.handle(job.data as never, context);
    logger.log(`Job ${job.name} ${job.id} done in ${Date.now() - started} ms${typeof outcome === 'string' ? `: ${outcome}` : ''}`);
    return outcome;
  }
}

const logger = new Logger('Jobs');

/** What every line a job logs carries (also its failure, logged outside the run). */
export function jobLogContext(job: Pick<Job, 'name' | 'id' | 'data'>): { correlationId?: string; job: string; jobId?: string } {
  return { correlationId: correlationIdOf(job.data), job: job.name, jobId: job.id };
}
