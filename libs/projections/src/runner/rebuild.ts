import type { Pool } from 'pg';
import type { EventStore } from '@civic/event-store';
import { pumpInBulk } from './bulk-pump';
import { pumpEvents } from './catch-up';
import { ensureProjection, inTransaction, pointViewsAt, tableNames } from './generations';
import { projectionLockKey, REBUILD_LOCK_CLASS } from './locks';
import type { Projection } from './projection';

export interface RebuildProgress {
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

/**
 * Builds a new generation of a projection from position 0 beside the one
 * the API reads, then switches the views to it in one transaction and drops
 * the old tables. The live runner keeps the old generation current until the
 * switch, then carries on from the new generation's checkpoint.
 */
export async function rebuildProjection(
  pool: Pool,
  store: EventStore,
  projection: Projection,
  options: {
    batchSize?: number;
    maxHeldRows?: number;
    onProgress?: (progress: RebuildProgress) => void;
    progressIntervalMs?: number;
    /** Ends the rebuild between batches; the half-built generation is never served, and the next rebuild drops it. */
    signal?: AbortSignal;
  } = {},
): Promise<RebuildResult> {
  await ensureProjection(pool, projection);
  const client = await pool.connect();
  const started = Date.now();
  try {
    const locked = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [REBUILD_LOCK_CLASS, projectionLockKey(projection.name)]);
    if (!locked.rows[0].ok) throw new RebuildAlreadyRunning(projection.name);
    try {
      const generation = await inTransaction(pool, async (tx) => {
        const { rows } = await tx.query<{ next: number }>('SELECT max(generation) + 1 AS next FROM projection_checkpoints WHERE projection = $1', [
          projection.name,
        ]);
        const next = rows[0].next;
        await projection.createTables(tx, tableNames(projection, next));
        await tx.query('INSERT INTO projection_checkpoints (projection, generation) VALUES ($1, $2)', [projection.name, next]);
        return next;
      });
      const head = await store.readHead();
      const total = head ? Number(head.globalPosition) : 0;
      let lastReport = 0;
      const onBatch = ({ applied }: { applied: number }) => {
        const now = Date.now();
        if (now - lastReport < (options.progressIntervalMs ?? 1000)) return;
        lastReport = now;
        options.onProgress?.({ projection: projection.name, applied, total, eventsPerSec: Math.round(applied / ((now - started) / 1000)) });
      };
      const tables = tableNames(projection, generation);
      const session = projection.openBulkSession?.(tables, { startsEmpty: true });
      const batchSize = options.batchSize ?? 2000;
      const bulk = session
        ? {
            ...(await pumpInBulk(
              client,
              store,
              { projection, generation, session },
              { batchSize, onBatch, maxHeldRows: options.maxHeldRows, signal: options.signal },
            )),
            outcome: 'applied' as const,
          }
        : await pumpEvents(client, store, { projection, generation, from: null, mustBeActive: false }, { batchSize, onBatch, signal: options.signal });
      // Fresh statistics before the API reads the new tables, or its first plans are blind.
      for (const physical of Object.values(tables)) await client.query(`ANALYZE ${physical}`);
      if (bulk.outcome !== 'applied') throw new Error(`Rebuild of ${projection.name} lost its checkpoint (${bulk.outcome})`);
      // The switch: hold the registry row so the live runner pauses, take the last few events, repoint the views.
      const final = await inTransaction(pool, async (tx) => {
        await tx.query('SELECT 1 FROM projections WHERE name = $1 FOR UPDATE', [projection.name]);
        const tail = await pumpEvents(tx, store, { projection, generation, from: bulk.position, mustBeActive: false, ownTransactions: false });
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
      return { projection: projection.name, generation, events, seconds: (Date.now() - started) / 1000 };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, $2)', [REBUILD_LOCK_CLASS, projectionLockKey(projection.name)]).catch(() => undefined);
    }
  } finally {
    client.release();
  }
}

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
