import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Express } from 'express';
import { type AnyQueue, createQueue } from '@civic/platform';
import { withTimeout } from '@civic/platform';
import type { QueuesOptions } from '../infrastructure/infrastructure.module';
import { QUEUES } from '@civic/casework';

interface RedisBackend {
  readonly connection: { readonly client: Promise<{ readonly status: string }> };
}

/** Where the dashboard lives; the session cookie is scoped to it. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Bull Board over the worker's queues (same names, same prefix): the admin's
 * view of waiting, delayed and failed jobs, and the place to retry them. No
 * job is processed here; the worker does that.
 */
export class QueueDashboard implements OnApplicationShutdown {
  readonly queues: readonly AnyQueue[];
  /** The board's own Express app: its page, its assets and its JSON API. */
  readonly router: Express;

  private readonly logger = new Logger('QueueDashboard');
  private lastWarning = 0;
  private readonly onRedis: boolean;

  constructor(options: QueuesOptions) {
    this.onRedis = options.backend.kind === 'redis';
    this.queues = QUEUES.map((name) => {
      const queue = createQueue(name, options.backend, { prefix: options.prefix });
      // Unheard, a connection error is printed at every reconnect attempt; the API serves on without the board meanwhile.
      queue.on('error', (error: Error) => this.warnAtMostEveryMinute(`Queue ${name}: ${error.message}`));
      return queue;
    });
    const server = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      // Typed for a Redis queue only, but the adapter also drives BullMQ's PostgreSQL backend (it asks the queue for its backend).
      queues: this.queues.map((queue) => new BullMQAdapter(queue as ConstructorParameters<typeof BullMQAdapter>[0])),
      // @bull-board/express pins its own copy of @bull-board/api; the two versions' types differ, the adapter's contract does not.
      serverAdapter: server as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
      options: { uiConfig: { boardTitle: 'Civic Ideas jobs' } },
    });
    this.router = server.getRouter() as Express;
    // A mounted Express app keeps its own defaults; ours hides the framework (configureApp does the same).
    this.router.disable('x-powered-by');
  }

  /**
   * Whether every queue's Redis connection is up. The board's calls would
   * otherwise wait in the client's offline queue until Redis is back.
   */
  async reachable(): Promise<boolean> {
    if (!this.onRedis) return true; // BullMQ's PostgreSQL backend: the API's own database
    try {
      // The Redis backend's connection; its ioredis client's status follows the socket ('ready', 'reconnecting', …).
      const clients = this.queues.map((queue) => (queue.getBackend() as unknown as RedisBackend).connection.client);
      const statuses = await withTimeout(Promise.all(clients), 1000, 'the job queue did not connect');
      return statuses.every((client) => client.status === 'ready');
    } catch {
      return false;
    }
  }

  private warnAtMostEveryMinute(message: string): void {
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    this.logger.warn(message);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close()));
  }
}
