import type { Pool } from 'pg';
import { parsePosition, type EventStore } from '@civic/event-store';
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
  const [{ rows }, head] = await Promise.all([
    pool.query<{ name: string; generation: number; position: string | null; events_applied: string }>(
      `SELECT p.name, p.active_generation AS generation, c.position, c.events_applied
         FROM projections p JOIN projection_checkpoints c ON c.projection = p.name AND c.generation = p.active_generation
        ORDER BY p.name`,
    ),
    store.readHead(),
  ]);
  const owners = await pool.query<{ key: number }>(
    `SELECT (objid::bigint - CASE WHEN objid::bigint >= 2147483648 THEN 4294967296 ELSE 0 END)::int AS key FROM pg_locks
      WHERE locktype = 'advisory' AND classid = $1 AND objsubid = 2 AND granted
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`, // advisory locks are per database
    [OWNER_LOCK_CLASS],
  );
  const owned = new Set(owners.rows.map((row) => row.key));
  return Promise.all(
    rows.map(async (row) => {
      const checkpoint = row.position ? parsePosition(row.position) : undefined;
      const [oldestPending] = await store.readAll({ fromPosition: checkpoint, maxCount: 1 });
      return {
        name: row.name,
        generation: row.generation,
        checkpoint: row.position,
        head: head ? `${head.position.commit}/${head.position.prepare}` : null,
        positionsBehind: head ? Math.max(0, Number(head.position.prepare - (checkpoint?.prepare ?? 0n))) : 0,
        secondsBehind: oldestPending ? Math.max(0, (now.getTime() - oldestPending.recordedAt.getTime()) / 1000) : 0,
        eventsApplied: Number(row.events_applied),
        owned: owned.has(projectionLockKey(row.name)),
      };
    }),
  );
}
