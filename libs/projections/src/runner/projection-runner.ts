import type { Pool, PoolClient } from 'pg';
import { OwnedLoop, type OwnedWork } from '@civic/platform';
import { EventStoreUnavailable, isPostgresUnavailable, parsePosition, positionToString, type EventStore } from '@civic/event-store';
import { applyBatchInTransaction } from './apply-batch';
import { activeGeneration, ensureProjection } from './generations';
import { inBatches } from './in-batches';
import { OWNER_LOCK_CLASS, projectionLockKey } from './locks';
import type { Projection } from './projection';
import { RebuildAlreadyRunning, type RebuildProgress, rebuildProjection } from './rebuild';
import { tableShapeChanges } from './table-shape';

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

/**
 * The wait before trying again. A failure of the projection itself (a bug, an
 * event its fold cannot take) backs off to half a minute, so that a runner
 * failing for good does not flood the log; a database or event store that
 * cannot be reached is tried again every second, so that the runners are
 * owned and projecting within a second or two of the server's return. (With
 * one back-off for both, a 20 s outage left them waiting ~12 s longer.)
 */
const FAILURE_RETRY_MAX_MS = 30_000;
const UNAVAILABLE_RETRY_MS = 1000;

function isUnavailable(error: Error): boolean {
  return error instanceof EventStoreUnavailable || isPostgresUnavailable(error);
}

export const SILENT_RUNNER_LOGGER: RunnerLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Keeps one projection current from the $all subscription. Several workers
 * may run one each: the owner holds a session advisory lock on the very
 * connection that writes the batches, so when the owner dies its lock and
 * its open transaction go together and a standby takes over within
 * takeOverIntervalMs.
 */
export class ProjectionRunner {
  private readonly loop: OwnedLoop;
  /** The generation this process found set up with this version's tables (null: not known, or they differ). */
  private checked: Promise<number | null> | null = null;

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    readonly projection: Projection,
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    const name = projection.name;
    const logger = options.logger ?? SILENT_RUNNER_LOGGER;
    this.loop = new OwnedLoop(
      pool,
      {
        lockClass: OWNER_LOCK_CLASS,
        lockKey: projectionLockKey(name),
        takeOverIntervalMs: options.takeOverIntervalMs ?? 1000,
        retryAfterMs: (failures, error) => Math.min(isUnavailable(error) ? UNAVAILABLE_RETRY_MS : FAILURE_RETRY_MAX_MS, 250 * 2 ** Math.min(failures, 7)),
        onOwner: () => logger.log(`Projection ${name}: this worker is the owner`),
        onFailure: (error, failures) => {
          if (!isUnavailable(error)) logger.error(`Projection ${name} stopped: ${error.message}; restarting from its checkpoint`);
          // The first and then every tenth attempt, so an outage is visible without flooding the log.
          else if (failures === 1 || failures % 10 === 0)
            logger.warn(`Projection ${name}: the database is unreachable (${error.message}); retrying every second (attempt ${failures})`);
        },
        onConnectionError: (error) => logger.warn(`Projection ${name}: owner connection lost: ${error.message}`),
      },
      async (client, scope) => {
        // What a standby checked while it waited holds as long as the generation it checked is still the active one.
        const checked = await this.checkTables();
        if (checked === null || checked !== (await activeGeneration(client, name)).generation) {
          this.checked = null;
          await ensureProjection(this.pool, this.projection);
          await this.rebuildIfTablesChanged(scope);
        }
        await this.project(client, scope);
      },
    );
  }

  /**
   * Sets the projection up and compares its tables, once per process: a
   * standby does it at start, so that taking over goes straight to
   * projecting (13 projections comparing their tables at once took 1–2 s
   * of a takeover on a busy machine).
   */
  private checkTables(): Promise<number | null> {
    this.checked ??= (async () => {
      await ensureProjection(this.pool, this.projection);
      const before = (await activeGeneration(this.pool, this.projection.name)).generation;
      const changes = await tableShapeChanges(this.pool, this.projection);
      const after = (await activeGeneration(this.pool, this.projection.name)).generation;
      return changes.length === 0 && before === after ? after : null;
    })().catch(() => null);
    return this.checked;
  }

  get isOwner(): boolean {
    return this.loop.isOwner;
  }

  start(): void {
    void this.checkTables();
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  private get logger(): RunnerLogger {
    return this.options.logger ?? SILENT_RUNNER_LOGGER;
  }

  /**
   * After an upgrade that changed this read model's tables, the old
   * generation cannot take the new code's rows: the owner rebuilds it from
   * the event store before it follows $all again. Readers keep the old
   * tables until the switch.
   */
  private async rebuildIfTablesChanged(scope: OwnedWork): Promise<void> {
    const name = this.projection.name;
    const changes = await tableShapeChanges(this.pool, this.projection);
    if (changes.length === 0 || scope.stopped) return;
    this.logger.warn(`Projection ${name}: its tables differ from this version's (${changes.join('; ')}); rebuilding it from the event store`);
    const stopping = new AbortController();
    scope.onStop(async () => stopping.abort(new Error('the worker is stopping')));
    try {
      const result = await rebuildProjection(this.pool, this.store, this.projection, {
        signal: stopping.signal,
        progressIntervalMs: 5000, // a worker's log, not a terminal
        onProgress: (progress) => this.logger.log(rebuildProgressLine(progress)),
      });
      this.logger.log(`Projection ${name}: rebuilt as generation ${result.generation} from ${result.events} events in ${result.seconds.toFixed(1)} s`);
    } catch (error) {
      if (!(error instanceof RebuildAlreadyRunning)) throw error;
      this.logger.log(`Projection ${name}: a rebuild is already running elsewhere; following the current generation until it switches`);
    }
  }

  /** Follows $all on the active generation until stopped, or until a rebuild switches generations. */
  private async project(client: PoolClient, scope: OwnedWork): Promise<void> {
    while (!scope.stopped) {
      const { generation, position } = await activeGeneration(client, this.projection.name);
      const subscription = this.store.subscribeToAll({ fromPosition: position ? parsePosition(position) : undefined });
      scope.onStop(() => subscription.close());
      let from = position;
      try {
        for await (const events of inBatches(subscription, this.options.batchSize ?? 500)) {
          if (scope.stopped) return;
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
          scope.progressed(); // a later failure backs off from the start again
        }
      } finally {
        await subscription.close();
      }
    }
  }
}

function rebuildProgressLine({ projection, applied, total, eventsPerSec }: RebuildProgress): string {
  const percent = total > 0 ? ` (${Math.min(100, Math.round((applied / total) * 100))}%)` : '';
  return `Projection ${projection}: rebuilt ${applied} of about ${total} events${percent}, ${eventsPerSec} events/s`;
}
