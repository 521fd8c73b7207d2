import type { Pool } from 'pg';
import { type EventStore, lagBehind } from '@civic/event-store';
import { heldAdvisoryLockKeys } from '@civic/platform';
import { REACTOR_LOCK_CLASS, reactorLockKey } from './reactor-locks';

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
  const [{ rows }, head, owned] = await Promise.all([
    pool.query<{ name: string; position: string | null }>('SELECT name, position FROM reactor_checkpoints ORDER BY name'),
    store.readNewest(),
    heldAdvisoryLockKeys(pool, REACTOR_LOCK_CLASS),
  ]);
  return Promise.all(
    rows.map(async (row) => ({
      name: row.name,
      checkpoint: row.position,
      ...(await lagBehind(store, row.position, head, now)),
      owned: owned.has(reactorLockKey(row.name)),
    })),
  );
}
