import type { Pool } from 'pg';
import { parsePosition, type EventStore } from '@civic/event-store';
import { REACTOR_LOCK_CLASS, reactorLockKey } from './reactor-runner';

export interface ReactorStatus {
  readonly name: string;
  readonly checkpoint: string | null;
  /** Global positions between the checkpoint and the head of $all. */
  readonly positionsBehind: number;
  /** How long the oldest event not yet turned into jobs has waited: grows while Redis is unreachable. */
  readonly secondsBehind: number;
  readonly owned: boolean;
}

/** Each reactor's lag behind $all, for /health. */
export async function reactorStatus(pool: Pool, store: EventStore, now: Date = new Date()): Promise<ReactorStatus[]> {
  const [{ rows }, head, owners] = await Promise.all([
    pool.query<{ name: string; position: string | null }>('SELECT name, position FROM reactor_checkpoints ORDER BY name'),
    store.readHead(),
    pool.query<{ key: number }>(
      `SELECT (objid::bigint - CASE WHEN objid::bigint >= 2147483648 THEN 4294967296 ELSE 0 END)::int AS key FROM pg_locks
        WHERE locktype = 'advisory' AND classid = $1 AND objsubid = 2 AND granted
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      [REACTOR_LOCK_CLASS],
    ),
  ]);
  const owned = new Set(owners.rows.map((row) => row.key));
  return Promise.all(
    rows.map(async (row) => {
      const checkpoint = row.position ? parsePosition(row.position) : undefined;
      const [oldestPending] = await store.readAll({ fromPosition: checkpoint, maxCount: 1 });
      return {
        name: row.name,
        checkpoint: row.position,
        positionsBehind: head ? Math.max(0, Number(head.position.prepare - (checkpoint?.prepare ?? 0n))) : 0,
        secondsBehind: oldestPending ? Math.max(0, (now.getTime() - oldestPending.recordedAt.getTime()) / 1000) : 0,
        owned: owned.has(reactorLockKey(row.name)),
      };
    }),
  );
}
