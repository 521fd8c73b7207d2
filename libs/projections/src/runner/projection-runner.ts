import type { Pool, PoolClient } from 'pg';
import { parsePosition, positionToString, type EventStore } from '@civic/event-store';
import { applyBatchInTransaction } from './apply-batch';
import { activeGeneration, ensureProjection } from './generations';
import { inBatches } from './in-batches';
import { OWNER_LOCK_CLASS, projectionLockKey } from './locks';
import type { Projection } from './projection';

export interface RunnerLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface ProjectionRunnerOptions {
  /** How often a standby worker tries to become the owner. */
  readonly takeOverIntervalMs?: number;
  readonly batchSize?: number;
  readonly logger?: RunnerLogger;
}

const silent: RunnerLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Keeps one projection current from the $all subscription. Several workers
 * may run one each: the owner holds a session advisory lock on the very
 * connection that writes the batches, so when the owner dies its lock and
 * its open transaction go together and a standby takes over within
 * takeOverIntervalMs.
 */
export class ProjectionRunner {
  private stopped = false;
  private running: Promise<void> | null = null;
  private closeCurrent: (() => Promise<void>) | null = null;
  private wakeStandby: (() => void) | null = null;
  private owner = false;

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    readonly projection: Projection,
    private readonly options: ProjectionRunnerOptions = {},
  ) {}

  get isOwner(): boolean {
    return this.owner;
  }

  start(): void {
    this.running ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeStandby?.();
    await this.closeCurrent?.();
    await this.running;
  }

  private get logger(): RunnerLogger {
    return this.options.logger ?? silent;
  }

  private async run(): Promise<void> {
    const name = this.projection.name;
    let failures = 0;
    const onConnectionError = (error: Error) => this.logger.warn(`Projection ${name}: owner connection lost: ${error.message}`);
    while (!this.stopped) {
      let client: PoolClient | null = null;
      let broken = false;
      try {
        await ensureProjection(this.pool, this.projection);
        client = await this.pool.connect();
        // The server may end this session (failover, terminate): the pending query then fails, and this keeps the error event from crashing the process.
        client.on('error', onConnectionError);
        const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [OWNER_LOCK_CLASS, projectionLockKey(name)]);
        if (rows[0].ok) {
          this.owner = true;
          this.logger.log(`Projection ${name}: this worker is the owner`);
          await this.project(client);
          failures = 0;
        }
      } catch (error) {
        broken = true;
        failures++;
        if (!this.stopped) this.logger.error(`Projection ${name} stopped: ${(error as Error).message}; restarting from its checkpoint`);
      } finally {
        if (this.owner) await client?.query('SELECT pg_advisory_unlock($1, $2)', [OWNER_LOCK_CLASS, projectionLockKey(name)]).catch(() => (broken = true));
        this.owner = false;
        // A broken connection is destroyed, which also drops any lock it held.
        client?.off('error', onConnectionError);
        client?.release(broken);
      }
      if (!this.stopped) await this.pause(broken ? Math.min(30_000, 250 * 2 ** Math.min(failures, 7)) : (this.options.takeOverIntervalMs ?? 1000));
    }
  }

  /** Follows $all on the active generation until stopped, or until a rebuild switches generations. */
  private async project(client: PoolClient): Promise<void> {
    while (!this.stopped) {
      const { generation, position } = await activeGeneration(client, this.projection.name);
      const subscription = this.store.subscribeToAll({ fromPosition: position ? parsePosition(position) : undefined });
      this.closeCurrent = () => subscription.close();
      let from = position;
      try {
        for await (const events of inBatches(subscription, this.options.batchSize ?? 500)) {
          if (this.stopped) return;
          await client.query('BEGIN');
          let outcome;
          try {
            outcome = await applyBatchInTransaction(client, { projection: this.projection, generation, from, mustBeActive: true }, events);
            await client.query(outcome === 'applied' ? 'COMMIT' : 'ROLLBACK');
          } catch (error) {
            await client.query('ROLLBACK').catch(() => undefined);
            throw error;
          }
          if (outcome === 'generation-switched') {
            this.logger.log(`Projection ${this.projection.name}: a rebuild switched generations; following the new one`);
            break;
          }
          if (outcome === 'checkpoint-moved') {
            this.logger.warn(`Projection ${this.projection.name}: the checkpoint moved under this worker; restarting from it`);
            break;
          }
          from = positionToString(events[events.length - 1].position);
        }
      } finally {
        this.closeCurrent = null;
        await subscription.close();
      }
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeStandby = done;
    });
  }
}
