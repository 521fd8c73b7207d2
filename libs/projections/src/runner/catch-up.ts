import type { Pool, PoolClient } from 'pg';
import { parsePosition, positionToString, type EventStore, type StoredEvent } from '@civic/event-store';
import { applyBatchInTransaction, type BatchOutcome } from './apply-batch';
import { activeGeneration, ensureProjection } from './generations';
import type { Projection } from './projection';

export interface CatchUpProgress {
  readonly projection: string;
  /** Events applied so far in this run. */
  readonly applied: number;
}

export interface PumpOptions {
  readonly batchSize?: number;
  readonly onBatch?: (progress: CatchUpProgress) => void;
  /** Ends the pump between batches (throws the signal's reason): a worker shutting down mid-rebuild. */
  readonly signal?: AbortSignal;
}

/**
 * Applies every event visible in $all after `from` to one generation, a
 * batch per transaction, reading the next batch while the current one is
 * written. Stops when caught up or when the outcome is not 'applied'.
 * Also runs inside an open transaction (`ownTransactions: false`), for a
 * rebuild's final switch.
 */
export async function pumpEvents(
  client: PoolClient,
  store: EventStore,
  target: { projection: Projection; generation: number; from: string | null; mustBeActive: boolean; ownTransactions?: boolean },
  options: PumpOptions = {},
): Promise<{ applied: number; position: string | null; outcome: BatchOutcome }> {
  const batchSize = options.batchSize ?? 1000;
  const read = (from: string | null) => store.readAll({ fromPosition: from ? parsePosition(from) : undefined, maxCount: batchSize });
  let position = target.from;
  let applied = 0;
  let next: Promise<StoredEvent[]> = read(position);
  for (;;) {
    const events = await next;
    options.signal?.throwIfAborted();
    if (events.length === 0) return { applied, position, outcome: 'applied' };
    const after = positionToString(events[events.length - 1].position);
    next = read(after);
    next.catch(() => undefined); // awaited on the next turn; an early failure must not go unhandled
    const batchTarget = { ...target, from: position };
    const outcome =
      target.ownTransactions === false
        ? await applyBatchInTransaction(client, batchTarget, events)
        : await inOwnTransaction(client, () => applyBatchInTransaction(client, batchTarget, events));
    if (outcome !== 'applied') return { applied, position, outcome };
    applied += events.length;
    position = after;
    options.onBatch?.({ projection: target.projection.name, applied });
  }
}

/**
 * Brings a projection's active generation up to what $all holds now. For
 * tests and tools; in service the runner does this, as the projection's
 * single owner (the checkpoint compare-and-set keeps a second writer from
 * applying anything twice).
 */
export async function catchUpProjection(pool: Pool, store: EventStore, projection: Projection, options: PumpOptions = {}): Promise<number> {
  await ensureProjection(pool, projection);
  const client = await pool.connect();
  try {
    let total = 0;
    for (;;) {
      const { generation, position } = await activeGeneration(client, projection.name);
      const result = await pumpEvents(client, store, { projection, generation, from: position, mustBeActive: true }, options);
      total += result.applied;
      if (result.outcome === 'applied') return total;
    }
  } finally {
    client.release();
  }
}

export async function inOwnTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
