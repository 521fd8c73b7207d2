import type { EventStore, StoredEvent } from './event-store.port';
import { parsePosition } from './position';

export interface Lag {
  /** Global positions between the checkpoint and the head (PostgreSQL: about the number of events). */
  readonly positionsBehind: number;
  /** How long the oldest event after the checkpoint has waited; 0 when caught up. */
  readonly secondsBehind: number;
}

/** How far a reader of $all (a projection, a reactor) with this checkpoint is behind the head. */
export async function lagBehind(store: EventStore, checkpoint: string | null, head: StoredEvent | null, now: Date): Promise<Lag> {
  const position = checkpoint ? parsePosition(checkpoint) : undefined;
  const [oldestPending] = await store.readAll({ fromPosition: position, maxCount: 1 });
  return {
    positionsBehind: head ? Math.max(0, Number(head.position.prepare - (position?.prepare ?? 0n))) : 0,
    secondsBehind: oldestPending ? Math.max(0, (now.getTime() - oldestPending.recordedAt.getTime()) / 1000) : 0,
  };
}
