import { Clock, closeWithin, createQueue, QUEUE_STATES, type AnyQueue, type QueueBackend, type QueueDepth } from '@civic/platform';
import type { JobRequest } from '../reactors/job-request';
import type { JobEnqueuer } from '../reactors/reactor';
import { withCorrelationId } from './job-correlation';
import { JOB_OPTIONS } from './job-options';
import { withTimeout } from '@civic/platform';
import { JOB_QUEUE, QUEUES, type QueueName } from '@civic/casework';

/** A producer waits this long for the queue before giving up the batch (to retry from its checkpoint). */
export const QUEUE_CALL_TIMEOUT_MS = 5_000;

/** The BullMQ queues, and enqueuing with delays reckoned by the application clock. */
export class JobQueues implements JobEnqueuer {
  private readonly queues: ReadonlyMap<QueueName, AnyQueue>;

  private lastWarning = 0;

  constructor(
    backend: QueueBackend,
    readonly prefix: string,
    private readonly clock: Clock,
    private readonly logger: { warn(message: string): void } = { warn: () => undefined },
  ) {
    this.queues = new Map(
      QUEUES.map((name) => {
        const queue = createQueue(name, backend, { prefix, failFast: true });
        // Without a listener the client's connection errors would be printed on every reconnect attempt; the reactor reports the outage itself.
        queue.on('error', (error: Error) => this.warnAtMostEveryMinute(`Queue ${name}: ${error.message}`));
        return [name, queue] as const;
      }),
    );
  }

  private warnAtMostEveryMinute(message: string): void {
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    this.logger.warn(message);
  }

  get(name: QueueName): AnyQueue {
    return this.queues.get(name)!;
  }

  all(): AnyQueue[] {
    return [...this.queues.values()];
  }

  /** Each queue's jobs by state, for the metrics (read at scrape time). */
  async depths(): Promise<QueueDepth[]> {
    return Promise.all(
      this.all().map(async (queue) => ({ queue: queue.name, waiting: 0, active: 0, delayed: 0, failed: 0, ...(await queue.getJobCounts(...QUEUE_STATES)) })),
    );
  }

  async enqueue(requests: readonly JobRequest[]): Promise<void> {
    const byQueue = new Map<QueueName, JobRequest[]>();
    for (const request of requests) {
      const queue = JOB_QUEUE[request.name];
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), request]);
    }
    const now = this.clock.now().getTime();
    const added = [...byQueue].map(([queue, batch]) =>
      this.get(queue).addBulk(
        batch.map((request) => ({
          name: request.name,
          data: withCorrelationId(request.data, request.correlationId),
          opts: { ...JOB_OPTIONS[request.name], jobId: request.jobId, ...(request.runAt ? { delay: Math.max(0, Date.parse(request.runAt) - now) } : {}) },
        })),
      ),
    );
    await withTimeout(Promise.all(added), QUEUE_CALL_TIMEOUT_MS, 'the job queue did not answer');
  }

  async close(timeoutMs = 10_000): Promise<void> {
    await Promise.all(
      this.all().map(async (queue) => {
        if (!(await closeWithin(queue, timeoutMs)))
          this.logger.warn(`Queue ${queue.name} did not close within ${timeoutMs / 1000} s; its connection was dropped`);
      }),
    );
  }
}
