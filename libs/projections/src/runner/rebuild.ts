import type { Pool, PoolClient } from 'pg';
import type { EventStore } from '@civic/event-store';
import { BufferedBatchSession, pumpInBulk } from './bulk-pump';
import { pumpEvents } from './catch-up';
import { BuildQueue } from './build-queue';
import { type DeferredIndex, deferSecondaryIndexes } from './deferred-indexes';
import { IdeaSlots } from './idea-slots';
import { ensureProjection, inTransaction, pointViewsAt, tableNames } from './generations';
import { projectionLockKey, REBUILD_LOCK_CLASS } from './locks';
import type { Projection } from './projection';

export interface RebuildProgress {
  /** The projection; while several are rebuilt together, "N read models" until each one's closing report. */
  readonly projection: string;
  readonly applied: number;
  /** Events in $all when the rebuild started (an estimate from the head's global position). */
  readonly total: number;
  readonly eventsPerSec: number;
}

export interface RebuildResult {
  readonly projection: string;
  readonly generation: number;
  readonly events: number;
  readonly seconds: number;
}

export class RebuildAlreadyRunning extends Error {
  constructor(name: string) {
    super(`A rebuild of ${name} is already running`);
    this.name = 'RebuildAlreadyRunning';
  }
}

export interface RebuildOptions {
  batchSize?: number;
  maxHeldRows?: number;
  onProgress?: (progress: RebuildProgress) => void;
  progressIntervalMs?: number;
  /** Ends the rebuild between batches; the half-built generation is never served, and the next rebuild drops it. */
  signal?: AbortSignal;
  /** Connections that write the new generations (at most one per read model); more let the server write several at once. */
  writers?: number;
}

/**
 * Builds a new generation of a projection from position 0 beside the one
 * the API reads, then switches the views to it in one transaction and drops
 * the old tables. The live runner keeps the old generation current until the
 * switch, then carries on from the new generation's checkpoint.
 */
export async function rebuildProjection(pool: Pool, store: EventStore, projection: Projection, options: RebuildOptions = {}): Promise<RebuildResult> {
  const [result] = await rebuildProjections(pool, store, [projection], options);
  return result;
}

/** Writing connections by default: the server writes one read model's rows while the next one folds. */
const DEFAULT_WRITERS = 8;
const WRITER_IDLE_TIMEOUT = '2min';
/** Connections that build the loaded generations' indexes meanwhile. */
const BUILDERS = 2;

/**
 * Rebuilds several projections from one read of $all: each batch is decoded
 * once and folded into every new generation. Each generation is loaded
 * without its secondary indexes, which are built once its rows are in; then
 * each projection switches as rebuildProjection does, one after another.
 */
export async function rebuildProjections(
  pool: Pool,
  store: EventStore,
  projections: readonly Projection[],
  options: RebuildOptions = {},
): Promise<RebuildResult[]> {
  for (const projection of projections) await ensureProjection(pool, projection);
  const started = Date.now();
  const locker = await pool.connect();
  locker.on('error', ignoreConnectionError);
  const locked: Projection[] = [];
  try {
    for (const projection of projections) {
      const { rows } = await locker.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [
        REBUILD_LOCK_CLASS,
        projectionLockKey(projection.name),
      ]);
      if (!rows[0].ok) throw new RebuildAlreadyRunning(projection.name);
      locked.push(projection);
    }
    const generations = await Promise.all(projections.map((projection) => startGeneration(pool, projection)));
    const head = await store.readHead();
    const total = head ? Number(head.globalPosition) : 0;
    const label = projections.length === 1 ? projections[0].name : `${projections.length} read models`;
    let lastReport = 0;
    const onBatch = ({ applied }: { applied: number }) => {
      const now = Date.now();
      if (now - lastReport < (options.progressIntervalMs ?? 1000)) return;
      lastReport = now;
      options.onProgress?.({ projection: label, applied, total, eventsPerSec: Math.round(applied / ((now - started) / 1000)) });
    };
    const ideaSlots = new IdeaSlots();
    const targets = projections.map((projection, i) => {
      const tables = tableNames(projection, generations[i].generation);
      const own = projection.openBulkSession?.(tables, { startsEmpty: true, ideaSlots });
      const session = own ?? new BufferedBatchSession(projection, tables);
      return { projection, generation: generations[i].generation, session, maxHeldRows: own ? undefined : BufferedBatchSession.BUFFERED_EVENTS };
    });
    // Besides the writers and the builders, the pool lends a connection to the locks (held) and one to the reads of $all.
    const room = Math.max(1, (pool.options.max ?? 10) - 2);
    // Two connections build indexes while the load goes on (two cores); in a small pool the writers build them after the load.
    const builderCount = room >= 4 ? BUILDERS : 0;
    const writers = await connect(pool, Math.max(1, Math.min(projections.length, options.writers ?? DEFAULT_WRITERS, room - builderCount)));
    const builders = await connect(pool, builderCount).catch((error: unknown) => {
      release(writers);
      throw error;
    });
    const builds = new BuildQueue(options.signal);
    let bulk: Awaited<ReturnType<typeof pumpInBulk>>;
    try {
      // A writer's transaction waits while the one Node thread folds the other read models' batches: more than the pool's usual few seconds on a busy machine.
      for (const writer of writers) await writer.query(`SET idle_in_transaction_session_timeout = '${WRITER_IDLE_TIMEOUT}'`);
      builds.start(builders);
      bulk = await pumpInBulk(writers, store, targets, {
        batchSize: options.batchSize ?? 2000,
        onBatch,
        maxHeldRows: options.maxHeldRows,
        signal: options.signal,
        // Each read model's indexes and statistics as soon as its rows are in, while the others still load.
        onLoaded: (i) => builds.addGeneration(Object.values(tableNames(projections[i], generations[i].generation)), generations[i].deferred),
      });
      builds.start(writers);
      await builds.finish();
    } finally {
      await builds.settled();
      for (const writer of writers) await writer.query('RESET idle_in_transaction_session_timeout').catch(() => undefined);
      release([...writers, ...builders]);
    }
    const results: RebuildResult[] = [];
    for (const [i, projection] of projections.entries()) {
      const { generation } = generations[i];
      // The switch: hold the registry row so the live runner pauses, take the last few events, repoint the views.
      const final = await inTransaction(pool, async (tx) => {
        await tx.query('SELECT 1 FROM projections WHERE name = $1 FOR UPDATE', [projection.name]);
        const tail = await pumpEvents(tx, store, { projection, generation, from: bulk.checkpoints[i], mustBeActive: false, ownTransactions: false });
        if (tail.outcome !== 'applied') throw new Error(`Rebuild of ${projection.name} lost its checkpoint (${tail.outcome})`);
        await tx.query('UPDATE projections SET active_generation = $2, switched_at = now() WHERE name = $1', [projection.name, generation]);
        await pointViewsAt(tx, projection, generation);
        return tail.applied;
      });
      await dropOldGenerations(pool, projection, generation);
      const events = bulk.applied + final;
      options.onProgress?.({
        projection: projection.name,
        applied: events,
        total: Math.max(total, events),
        eventsPerSec: Math.round(events / ((Date.now() - started) / 1000)),
      });
      results.push({ projection: projection.name, generation, events, seconds: (Date.now() - started) / 1000 });
    }
    return results;
  } finally {
    for (const projection of locked) {
      await locker.query('SELECT pg_advisory_unlock($1, $2)', [REBUILD_LOCK_CLASS, projectionLockKey(projection.name)]).catch(() => undefined);
    }
    locker.off('error', ignoreConnectionError);
    locker.release();
  }
}

/** The new generation's tables (without their secondary indexes, set aside until the rows are in) and its checkpoint row. */
async function startGeneration(pool: Pool, projection: Projection): Promise<{ generation: number; deferred: DeferredIndex[] }> {
  return inTransaction(pool, async (tx) => {
    const { rows } = await tx.query<{ next: number }>('SELECT max(generation) + 1 AS next FROM projection_checkpoints WHERE projection = $1', [
      projection.name,
    ]);
    const next = rows[0].next;
    const tables = tableNames(projection, next);
    await projection.createTables(tx, tables);
    const keysAfterLoad = (projection.keysAfterLoad ?? []).map((table) => tables[table]);
    const deferred = await deferSecondaryIndexes(tx, Object.values(tables), keysAfterLoad);
    await tx.query('INSERT INTO projection_checkpoints (projection, generation) VALUES ($1, $2)', [projection.name, next]);
    return { generation: next, deferred };
  });
}

async function connect(pool: Pool, count: number): Promise<PoolClient[]> {
  const clients: PoolClient[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const client = await pool.connect();
      client.on('error', ignoreConnectionError);
      clients.push(client);
    }
    return clients;
  } catch (error) {
    release(clients);
    throw error;
  }
}

function release(clients: readonly PoolClient[]): void {
  for (const client of clients) {
    client.off('error', ignoreConnectionError);
    client.release();
  }
}

/**
 * For the connections a rebuild holds (its locks, its writers): one the server ends (an idle timeout, a restart)
 * also fails the next query on it, which ends the rebuild with that error; without a listener, the client's
 * 'error' event would end the whole process first.
 */
function ignoreConnectionError(): void {}

/** Also removes generations left by a rebuild that died half-way. */
async function dropOldGenerations(pool: Pool, projection: Projection, active: number): Promise<void> {
  const { rows } = await pool.query<{ generation: number }>('SELECT generation FROM projection_checkpoints WHERE projection = $1 AND generation <> $2', [
    projection.name,
    active,
  ]);
  for (const { generation } of rows) {
    await inTransaction(pool, async (tx) => {
      await tx.query('DELETE FROM projection_checkpoints WHERE projection = $1 AND generation = $2', [projection.name, generation]);
      for (const physical of Object.values(tableNames(projection, generation))) await tx.query(`DROP TABLE IF EXISTS ${physical}`);
    });
  }
}
