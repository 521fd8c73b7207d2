import type { PoolClient } from 'pg';
import { parsePosition, positionToString, type EventStore, type StoredEvent } from '@civic/event-store';
import { lockCheckpoint, moveCheckpoint } from './apply-batch';
import { inOwnTransaction, type PumpOptions } from './catch-up';
import type { BulkSession, Projection } from './projection';

/**
 * A rebuild's bulk phase: folds batch after batch in memory and writes the
 * rows only when the session holds many (or at the end), each write in one
 * transaction with the new generation's checkpoint. A crash loses nothing:
 * the generation is not served yet, and the next rebuild starts a new one.
 */
export async function pumpInBulk(
  client: PoolClient,
  store: EventStore,
  target: { projection: Projection; generation: number; session: BulkSession },
  options: PumpOptions & { maxHeldRows?: number } = {},
): Promise<{ applied: number; position: string | null }> {
  const batchSize = options.batchSize ?? 2000;
  const maxHeldRows = options.maxHeldRows ?? 100_000;
  const read = (from: string | null) => store.readAll({ fromPosition: from ? parsePosition(from) : undefined, maxCount: batchSize });
  let applied = 0;
  let position: string | null = null;
  let written: string | null = null;
  let unwritten = null as { last: StoredEvent; count: number } | null;

  const write = async () => {
    if (!unwritten) return;
    const { last, count } = unwritten;
    await inOwnTransaction(client, async () => {
      const outcome = await lockCheckpoint(client, { projection: target.projection, generation: target.generation, from: written, mustBeActive: false });
      if (outcome !== 'applied') throw new Error(`Rebuild of ${target.projection.name} lost its checkpoint (${outcome})`);
      await target.session.flush(client);
      await moveCheckpoint(client, target, last, count);
    });
    written = position;
    unwritten = null;
  };

  let next: Promise<StoredEvent[]> = read(position);
  for (;;) {
    const events = await next;
    options.signal?.throwIfAborted();
    if (events.length === 0) break;
    const last = events[events.length - 1];
    position = positionToString(last.position);
    next = read(position);
    next.catch(() => undefined); // awaited on the next turn; an early failure must not go unhandled
    await target.session.apply(client, events);
    unwritten = { last, count: (unwritten?.count ?? 0) + events.length };
    applied += events.length;
    options.onBatch?.({ projection: target.projection.name, applied });
    if (target.session.heldRows >= maxHeldRows) await write();
  }
  await write();
  return { applied, position };
}
