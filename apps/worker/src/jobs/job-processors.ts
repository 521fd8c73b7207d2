import type { Logger } from '@nestjs/common';
import { CivicMetrics, Clock, closeWithin, createWorker, runInLogContext, type AnyWorker, type QueueBackend } from '@civic/platform';
import { QUEUES } from '@civic/casework';
import { JOB_WORKER_OPTIONS } from './job-options';
import { jobLogContext, type JobRegistry } from './job-registry';

/** One BullMQ worker per queue; each processes a job with one call into the registry. */
export class JobProcessors {
  private readonly workers: AnyWorker<unknown, unknown>[];

  constructor(
    backend: QueueBackend,
    prefix: string,
    registry: JobRegistry,
    clock: Clock,
    private readonly logger: Pick<Logger, 'error' | 'warn'>,
    concurrency = 8,
    metrics: CivicMetrics = CivicMetrics.of(),
  ) {
    let lastConnectionWarning = 0;
    this.workers = QUEUES.map((queue) => {
      const worker = createWorker<unknown, unknown>(queue, (job, token) => registry.run(job, token, () => clock.now()), backend, {
        ...JOB_WORKER_OPTIONS,
        prefix,
        concurrency,
      });
      worker.on('completed', (job) => metrics.jobsCompleted.inc({ queue, job: job.name }));
      worker.on('failed', (job, error) => {
        const final = job !== undefined && job.attemptsMade >= (job.opts.attempts ?? 1);
        const labels = { queue, job: job?.name ?? 'unknown' };
        metrics.jobAttemptsFailed.inc(labels);
        if (final) metrics.jobsFailed.inc(labels);
        const what = `Job ${job?.name ?? '?'} ${job?.id ?? ''} (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`;
        runInLogContext(job ? jobLogContext(job) : {}, () => {
          if (final) logger.error(`${what}; no retries left, it stays in the failed list on /admin/queues`);
          else logger.warn(`${what}; retrying with backoff`);
        });
      });
      // Found by this worker's check: the job's lock lapsed (its worker died mid-job); it is back in wait, not failed (see JOB_WORKER_OPTIONS).
      worker.on('stalled', (jobId) => logger.warn(`Job ${jobId} on ${queue} stalled (its worker stopped mid-job); it runs again`));
      // Connection trouble is retried by BullMQ itself: say so at most once a minute, and never crash the process.
      worker.on('error', (error) => {
        if (Date.now() - lastConnectionWarning < 60_000) return;
        lastConnectionWarning = Date.now();
        logger.warn(`Job processors: ${error.message}; BullMQ keeps reconnecting`);
      });
      return worker;
    });
  }

  /** Lets running jobs finish, for at most `timeoutMs` (a job cut short is retried: its lock expires). */
  async close(timeoutMs: number): Promise<void> {
    await Promise.all(
      this.workers.map(async (worker) => {
        if (!(await closeWithin(worker, timeoutMs)))
          this.logger.warn(`Job processor ${worker.name} did not close within ${timeoutMs / 1000} s (is Redis reachable?); its connections were dropped`);
      }),
    );
  }
}
