import { setTimeout as sleep } from 'node:timers/promises';
import type { Pool } from 'pg';
import { comparePositions, type EventStore, parsePosition } from '@civic/event-store';
import { heldAdvisoryLockKeys } from '@civic/platform';
import { OWNER_LOCK_CLASS, projectionLockKey } from './locks';

export interface WaitForProjectionOptions {
  /** How long to wait at most, in ms. */
  readonly timeoutMs: number;
  /** How often to look again, in ms. */
  readonly pollMs?: number;
}

/**
 * Whether a projection's served generation holds every event committed when this is called: 'caught-up' (at
 * once, or within `timeoutMs` while it follows $all a moment behind), 'behind' (not in time), or 'not-running'
 * (behind, and no worker owns it: waiting would not move it). For a decision that must see what was just written.
 */
export async function waitForProjection(
  pool: Pool,
  store: EventStore,
  name: string,
  { timeoutMs, pollMs = 25 }: WaitForProjectionOptions,
): Promise<'caught-up' | 'behind' | 'not-running'> {
  const newest = await store.readNewest();
  if (!newest) return 'caught-up';
  const deadline = Date.now() + timeoutMs;
  for (let first = true; ; first = false) {
    const { rows } = await pool.query<{ position: string | null }>(
      `SELECT c.position FROM projections p JOIN projection_checkpoints c ON c.projection = p.name AND c.generation = p.active_generation
        WHERE p.name = $1`,
      [name],
    );
    const position = rows[0]?.position;
    if (position && comparePositions(parsePosition(position), newest.position) >= 0) return 'caught-up';
    if (first && !(await heldAdvisoryLockKeys(pool, OWNER_LOCK_CLASS)).has(projectionLockKey(name))) return 'not-running';
    if (Date.now() >= deadline) return 'behind';
    await sleep(pollMs);
  }
}
