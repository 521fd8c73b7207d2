import type { Pool } from 'pg';
import { type EventStore, lagBehind, positionToString } from '@civic/event-store';
import { heldAdvisoryLockKeys } from '@civic/platform';
import { OWNER_LOCK_CLASS, projectionLockKey } from './locks';

export interface ProjectionStatus {
  readonly name: string;
  readonly generation: number;
  /** "commit/prepare" of the last event applied, or null before the first. */
  readonly checkpoint: string | null;
  readonly head: string | null;
  /** Global positions between the checkpoint and the head (PostgreSQL: about the number of events). */
  readonly positionsBehind: number;
  /** How long the oldest event not yet applied has waited; 0 when caught up. */
  readonly secondsBehind: number;
  readonly eventsApplied: number;
  /** Whether some worker holds the projection's owner lock right now. */
  readonly owned: boolean;
}

/** Each projection's lag behind the head of $all, for /health. */
export async function projectionStatus(pool: Pool, store: EventStore, now: Date = new Date()): Promise<ProjectionStatus[]> {
  const [{ rows }, head, owned] = await Promise.all([
    pool.query<{ name: string; generation: number; position: string | null; events_applied: string }>(
      `SELECT p.name, p.active_generation AS generation, c.position, c.events_applied
         FROM projections p JOIN projection_checkpoints c ON c.projection = p.name AND c.generation = p.active_generation
        ORDER BY p.name`,
    ),
    store.readNewest(),
    heldAdvisoryLockKeys(pool, OWNER_LOCK_CLASS),
  ]);
  return Promise.all(
    rows.map(async (row) => ({
      name: row.name,
      generation: row.generation,
      checkpoint: row.position,
      head: head ? positionToString(head.position) : null,
      ...(await lagBehind(store, row.position, head, now)),
      eventsApplied: Number(row.events_applied),
      owned: owned.has(projectionLockKey(row.name)),
    })),
  );
}
