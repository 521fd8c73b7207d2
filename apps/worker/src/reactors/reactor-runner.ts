import { REACTOR_LOCK_CLASS, reactorLockKey } from '@civic/casework';
import type { Pool, PoolClient } from 'pg';
import { OwnedLoop, type OwnedWork } from '@civic/platform';
import { parsePosition, positionToString, type EventStore } from '@civic/event-store';
import { inBatches, type RunnerLogger, SILENT_RUNNER_LOGGER } from '@civic/projections';
import { moveReactorCheckpoint, readReactorCheckpoint } from './reactor-checkpoints';
import type { JobEnqueuer, Reactor } from './reactor';

export interface ReactorRunnerOptions {
  readonly batchSize?: number;
  /** How often a standby worker tries to become the owner. */
  readonly takeOverIntervalMs?: number;
  /** Longest wait between attempts while the queue (Redis) is unreachable. */
  readonly maxRetryMs?: number;
  readonly logger?: RunnerLogger;
}

/**
 * Follows $all from the reactor's checkpoint and enqueues what it asks for,
 * moving the checkpoint only after the queue has taken a batch. When Redis is
 * unreachable the batch fails, nothing moves, and it starts again from the
 * checkpoint a moment later: the events are safe in the store meanwhile, and
 * the job ids (derived from event ids) keep a batch enqueued twice from
 * running twice. One owner per reactor, by an advisory lock on its connection.
 */
export class ReactorRunner {
  private readonly loop: OwnedLoop;
  private enqueuedCount = 0;

  constructor(
    pool: Pool,
    private readonly store: EventStore,
    readonly reactor: Reactor,
    private readonly queue: JobEnqueuer,
    private readonly options: ReactorRunnerOptions = {},
  ) {
    const name = reactor.name;
    const logger = options.logger ?? SILENT_RUNNER_LOGGER;
    let failed = 0;
    this.loop = new OwnedLoop(
      pool,
      {
        lockClass: REACTOR_LOCK_CLASS,
        lockKey: reactorLockKey(name),
        takeOverIntervalMs: options.takeOverIntervalMs ?? 1000,
        retryAfterMs: (failures) => Math.min(options.maxRetryMs ?? 5000, 200 * 2 ** Math.min(failures, 8)),
        onFailure: (error, failures) => {
          failed = failures;
          // The first failure and then every tenth, so an outage is visible without flooding the log.
          if (failures === 1 || failures % 10 === 0) logger.warn(`Reactor ${name}: ${error.message}; retrying from its checkpoint (attempt ${failures})`);
        },
        onConnectionError: (error) => logger.warn(`Reactor ${name}: connection lost: ${error.message}`),
      },
      (client, scope) =>
        this.follow(client, scope, () => {
          if (failed > 0) logger.log(`Reactor ${name}: enqueuing again after ${failed} failed attempt(s)`);
          failed = 0;
          scope.progressed();
        }),
    );
  }

  get isOwner(): boolean {
    return this.loop.isOwner;
  }

  /** Jobs requested since start (including ones the queue already had). */
  get enqueued(): number {
    return this.enqueuedCount;
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  private async follow(client: PoolClient, scope: OwnedWork, onProgress: () => void): Promise<void> {
    const name = this.reactor.name;
    let from = await readReactorCheckpoint(client, name);
    const subscription = this.store.subscribeToAll({ fromPosition: from ? parsePosition(from) : undefined });
    scope.onStop(() => subscription.close());
    try {
      for await (const events of inBatches(subscription, this.options.batchSize ?? 200)) {
        if (scope.stopped) return;
        const requests = events.flatMap((event) => this.reactor.react(event).map((request) => ({ ...request, correlationId: event.metadata.correlationId })));
        if (requests.length > 0) await this.queue.enqueue(requests);
        const to = positionToString(events[events.length - 1].position);
        if (!(await moveReactorCheckpoint(client, name, from, to))) throw new Error('its checkpoint moved under this worker');
        this.enqueuedCount += requests.length;
        from = to;
        onProgress();
      }
    } finally {
      await subscription.close();
    }
  }
}
