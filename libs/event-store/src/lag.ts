import type { EventStore, StoredEvent } from './event-store.port';
import { parsePosition } from './position';

export interface Lag {
  /** Global positions between the checkpoint and the head (PostgreSQL: about the number of events). */
  readonly positionsBehind: number;
  /** How long the oldest event after the checkpoint has waited; 0 when caught up. */
  readonly secondsBehind: number;
}

/**
 * How far a reader of $all (a projection, a reactor) with this checkpoint is
 * behind `newest` (from `readNewest`): an event $all still holds back behind a
 * transaction open elsewhere counts as not yet applied, so "0 behind" means
 * every committed event is in.
 */
export async function lagBehind(store: EventStore, checkpoint: string | null, newest: StoredEvent | null, now: Date): Promise<Lag> {
  const position = checkpoint ? parsePosition(checkpoint) : undefined;
  const positionsBehind = newest ? Math.max(0, Number(newest.position.prepare - (position?.prepare ?? 0n))) : 0;
  if (positionsBehind === 0) return { positionsBehind, secondsBehind: 0 };
  // $all shows the oldest pending event unless it is held back; then the newest one bounds the wait from below.
  const [oldestPending] = await store.readAll({ fromPosition: position, maxCount: 1 });
  const waitingSince = (oldestPending ?? newest!).recordedAt;
  return { positionsBehind, secondsBehind: Math.max(0, (now.getTime() - waitingSince.getTime()) / 1000) };
}
