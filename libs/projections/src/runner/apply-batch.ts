import { positionToString, type StoredEvent } from '@civic/event-store';
import { tableNames } from './generations';
import type { Projection, SqlExecutor } from './projection';

export type BatchOutcome =
  | 'applied'
  /** A rebuild made another generation active: restart on it. */
  | 'generation-switched'
  /** The checkpoint is not where this writer left it (another owner wrote): restart from it. */
  | 'checkpoint-moved';

export interface BatchTarget {
  readonly projection: Projection;
  readonly generation: number;
  /** The checkpoint this writer expects to find (compare-and-set). */
  readonly from: string | null;
  /** The live runner writes only the active generation; a rebuild only its new one. */
  readonly mustBeActive: boolean;
}

/**
 * Rows and checkpoint in one transaction: a crash at any instant leaves
 * both before or both after the batch, so nothing is lost or applied twice.
 * The caller has opened the transaction.
 */
export async function applyBatchInTransaction(sql: SqlExecutor, target: BatchTarget, events: readonly StoredEvent[]): Promise<BatchOutcome> {
  const outcome = await lockCheckpoint(sql, target);
  if (outcome !== 'applied' || events.length === 0) return outcome;
  await target.projection.applyBatch(sql, events, tableNames(target.projection, target.generation));
  await moveCheckpoint(sql, target, events[events.length - 1], events.length);
  return 'applied';
}

/** Locks the generation's checkpoint for this transaction; 'applied' means it is where the writer expects it. */
export async function lockCheckpoint(sql: SqlExecutor, target: BatchTarget): Promise<BatchOutcome> {
  const { projection, generation } = target;
  // FOR SHARE: a rebuild's switch (FOR UPDATE) waits for this batch, and this batch for the switch.
  const active = await sql.query<{ active_generation: number }>('SELECT active_generation FROM projections WHERE name = $1 FOR SHARE', [projection.name]);
  if (target.mustBeActive && active.rows[0]?.active_generation !== generation) return 'generation-switched';
  const checkpoint = await sql.query<{ position: string | null }>(
    'SELECT position FROM projection_checkpoints WHERE projection = $1 AND generation = $2 FOR UPDATE',
    [projection.name, generation],
  );
  if (checkpoint.rows.length === 0) return 'generation-switched'; // dropped by a finished rebuild
  if (checkpoint.rows[0].position !== target.from) return 'checkpoint-moved';
  return 'applied';
}

/** Moves the locked checkpoint past `last`, counting `count` events. */
export async function moveCheckpoint(
  sql: SqlExecutor,
  target: Pick<BatchTarget, 'projection' | 'generation'>,
  last: StoredEvent,
  count: number,
): Promise<void> {
  await sql.query(
    `UPDATE projection_checkpoints
        SET position = $3, events_applied = events_applied + $4, last_event_recorded_at = $5, updated_at = clock_timestamp()
      WHERE projection = $1 AND generation = $2`,
    [target.projection.name, target.generation, positionToString(last.position), count, last.recordedAt],
  );
}
