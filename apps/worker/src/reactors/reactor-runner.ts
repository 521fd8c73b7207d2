import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { parsePosition, positionToString, type EventStore } from '@civic/event-store';
import { inBatches, type RunnerLogger } from '@civic/projections';
import { moveReactorCheckpoint, readReactorCheckpoint } from './reactor-checkpoints';
import type { JobEnqueuer, Reactor } from './reactor';

/** Advisory lock class of reactor owners (projections use 7412 and 7413). */
export const REACTOR_LOCK_CLASS = 7414;

export function reactorLockKey(name: string): number {
  return createHash('sha256').update(name).digest().readInt32BE(0);
}

export interface ReactorRunnerOptions {
  readonly batchSize?: number;
  /** How often a standby worker tries to become the owner. */
  readonly takeOverIntervalMs?: number;
  /** Longest wait between attempts while the queue (Redis) is unreachable. */
  readonly maxRetryMs?: number;
  readonly logger?: RunnerLogger;
}

const silent: RunnerLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Follows $all from the reactor's checkpoint and enqueues what it asks for,
 * moving the checkpoint only after the queue has taken a batch. When Redis is
 * unreachable the batch fails, nothing moves, and it starts again from the
 * checkpoint a moment later: the events are safe in the store meanwhile, and
 * the job ids (derived from event ids) keep a batch enqueued twice from
 * running twice. One owner per reactor, by an advisory lock on its connection.
 */
export class ReactorRunner {
  private stopped = false;
  private running: Promise<void> | null = null;
  private closeCurrent: (() => Promise<void>) | null = null;
  private wake: (() => void) | null = null;
  private owner = false;
  private enqueuedCount = 0;

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    readonly reactor: Reactor,
    private readonly queue: JobEnqueuer,
    private readonly options: ReactorRunnerOptions = {},
  ) {}

  get isOwner(): boolean {
    return this.owner;
  }

  /** Jobs requested since start (including ones the queue already had). */
  get enqueued(): number {
    return this.enqueuedCount;
  }

  start(): void {
    this.running ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.closeCurrent?.();
    await this.running;
  }

  private get logger(): RunnerLogger {
    return this.options.logger ?? silent;
  }

  private async run(): Promise<void> {
    const name = this.reactor.name;
    const lockKey = reactorLockKey(name);
    let failures = 0;
    const onConnectionError = (error: Error) => this.logger.warn(`Reactor ${name}: connection lost: ${error.message}`);
    while (!this.stopped) {
      let client: PoolClient | null = null;
      let broken = false;
      try {
        client = await this.pool.connect();
        client.on('error', onConnectionError);
        const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [REACTOR_LOCK_CLASS, lockKey]);
        if (rows[0].ok) {
          this.owner = true;
          await this.follow(client, () => {
            if (failures > 0) this.logger.log(`Reactor ${name}: enqueuing again after ${failures} failed attempt(s)`);
            failures = 0;
          });
        }
      } catch (error) {
        failures++;
        // The first failure and then every tenth, so an outage is visible without flooding the log.
        if (!this.stopped && (failures === 1 || failures % 10 === 0)) {
          this.logger.warn(`Reactor ${name}: ${(error as Error).message}; retrying from its checkpoint (attempt ${failures})`);
        }
      } finally {
        if (this.owner) await client?.query('SELECT pg_advisory_unlock($1, $2)', [REACTOR_LOCK_CLASS, lockKey]).catch(() => (broken = true));
        this.owner = false;
        client?.off('error', onConnectionError);
        client?.release(broken);
      }
      if (!this.stopped) await this.pause(failures > 0 ? Math.min(this.options.maxRetryMs ?? 5000, 200 * 2 ** Math.min(failures, 8)) : (this.options.takeOverIntervalMs ?? 1000));
    }
  }

  private async follow(client: PoolClient, onProgress: () => void): Promise<void> {
    const name = this.reactor.name;
    let from = await readReactorCheckpoint(client, name);
    const subscription = this.store.subscribeToAll({ fromPosition: from ? parsePosition(from) : undefined });
    this.closeCurrent = () => subscription.close();
    try {
      for await (const events of inBatches(subscription, this.options.batchSize ?? 200)) {
        if (this.stopped) return;
        const requests = events.flatMap((event) => this.reactor.react(event));
        if (requests.length > 0) await this.queue.enqueue(requests);
        const to = positionToString(events[events.length - 1].position);
        if (!(await moveReactorCheckpoint(client, name, from, to))) throw new Error('its checkpoint moved under this worker');
        this.enqueuedCount += requests.length;
        from = to;
        onProgress();
      }
    } finally {
      this.closeCurrent = null;
      await subscription.close();
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
