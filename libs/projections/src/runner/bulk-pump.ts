import type { PoolClient } from 'pg';
import { parsePosition, positionToString, type EventStore, type StoredEvent } from '@civic/event-store';
import { lockCheckpoint, moveCheckpoint } from './apply-batch';
import { inOwnTransaction, type PumpOptions } from './catch-up';
import type { BulkSession, Projection, SqlExecutor, TableNames } from './projection';

/** One read model a rebuild fills: its new generation and the session folding into it. */
export interface BulkTarget {
  readonly projection: Projection;
  readonly generation: number;
  readonly session: BulkSession;
  /** Its own bound on the rows held between writes, instead of the pump's. */
  readonly maxHeldRows?: number;
}

/** How far the bulk phase took each target: its checkpoint (the position of the last event written with its rows). */
export interface BulkOutcome {
  readonly applied: number;
  readonly checkpoints: readonly (string | null)[];
}

/**
 * Events read ahead of the slowest read model: enough that the others fold on
 * while one writes many rows (similar_ideas' server stems 50,000 new texts for
 * seconds; with 24,000 the one Node thread stood idle a quarter of the time),
 * few enough to bound the memory (a batch's events are shared by every read model).
 */
const EVENTS_IN_FLIGHT = 512_000;

/** The parts a read model's last rows are written in, side by side: the two cores of the machines measured. */
const FINAL_WRITE_PARTS = 2;

/**
 * A rebuild's bulk phase for one or many read models: reads $all once and
 * hands every batch to each target's session, which folds it in memory and
 * writes its rows only when it holds many (or at the end), each write in one
 * transaction with that generation's checkpoint (a session that evicts writes
 * its quiet rows without one: the generation is not served until its last
 * write). The targets share a few
 * connections ("lanes"), each working through its targets' batches in order,
 * so one read model's rows are written while another folds. A crash loses
 * nothing: the generations are not served yet, and the next rebuild starts new ones.
 */
export async function pumpInBulk(
  clients: readonly PoolClient[],
  store: EventStore,
  targets: readonly BulkTarget[],
  options: PumpOptions & {
    maxHeldRows?: number;
    /** Called once a target's last write is committed (its index in `targets`): its generation has all its rows. */
    onLoaded?: (target: number) => void;
  } = {},
): Promise<BulkOutcome> {
  const batchSize = options.batchSize ?? 2000;
  const maxHeldRows = options.maxHeldRows ?? 100_000;
  const batchesInFlight = Math.max(2, Math.floor(EVENTS_IN_FLIGHT / batchSize));
  const read = (from: string | null) => store.readAll({ fromPosition: from ? parsePosition(from) : undefined, maxCount: batchSize });
  const lanes = clients.map((client) => new Lane(client));
  const states = targets.map((target, index) => ({
    target,
    lane: lanes[index % lanes.length],
    // Staggered between half and all of maxHeldRows: read models that hold the same ideas would otherwise all write at once, and fold at once.
    flushAt: Math.max(1, Math.round((target.maxHeldRows ?? maxHeldRows) * (1 - index / (2 * targets.length)))),
    written: null as string | null,
    unwritten: null as { last: StoredEvent; count: number } | null,
  }));

  /** Writes what a target holds with its checkpoint; the last write (`finishing`) also lets the session derive what it keeps from all its rows. */
  const write = async (state: (typeof states)[number], finishing = false) => {
    if (!state.unwritten && !(finishing && state.target.session.finish)) return;
    const { target, lane } = state;
    await inOwnTransaction(lane.client, async () => {
      const outcome = await lockCheckpoint(lane.client, {
        projection: target.projection,
        generation: target.generation,
        from: state.written,
        mustBeActive: false,
      });
      if (outcome !== 'applied') throw new Error(`Rebuild of ${target.projection.name} lost its checkpoint (${outcome})`);
      await target.session.flush(lane.client);
      if (finishing) await target.session.finish?.(lane.client);
      if (state.unwritten) await moveCheckpoint(lane.client, target, state.unwritten.last, state.unwritten.count);
    });
    if (state.unwritten) state.written = positionToString(state.unwritten.last.position);
    state.unwritten = null;
  };

  let applied = 0;
  let position: string | null = null;
  const inFlight: Promise<unknown>[] = [];
  try {
    let next: Promise<StoredEvent[]> = read(position);
    for (;;) {
      const events = await next;
      options.signal?.throwIfAborted();
      if (events.length === 0) break;
      const last = events[events.length - 1];
      position = positionToString(last.position);
      next = read(position);
      next.catch(() => undefined); // awaited on the next turn; an early failure must not go unhandled
      const done = Promise.all(
        states.map((state) =>
          state.lane.run(async () => {
            await state.target.session.apply(state.lane.client, events);
            state.unwritten = { last, count: (state.unwritten?.count ?? 0) + events.length };
            if (state.target.session.heldRows < state.flushAt) return;
            const { session } = state.target;
            // A session that can let its quiet rows go keeps the rest, and the checkpoint waits for its last write.
            if (session.evict) await inOwnTransaction(state.lane.client, () => session.evict!(state.lane.client));
            else await write(state);
          }),
        ),
      );
      done.catch(() => undefined); // awaited below, or by the batch after next
      inFlight.push(done);
      if (inFlight.length >= batchesInFlight) await inFlight.shift();
      applied += events.length;
      options.onBatch?.({ projection: targets.map((target) => target.projection.name).join(', '), applied });
    }
    await Promise.all(inFlight);
    await Promise.all(
      states.map(async (state, index) => {
        // The last writes in parts on this lane and the next ones (the server's other cores), then the checkpoint.
        const at = lanes.indexOf(state.lane);
        for (const stage of state.target.session.drain?.(FINAL_WRITE_PARTS) ?? []) {
          await Promise.all(
            stage.map((part, k) => {
              const lane = lanes[(at + k) % lanes.length];
              return lane.run(() => inOwnTransaction(lane.client, () => part(lane.client)));
            }),
          );
        }
        await state.lane.run(async () => {
          await write(state, true);
          options.onLoaded?.(index);
        });
      }),
    );
  } finally {
    // No query may still run on a connection its caller is about to release.
    await Promise.allSettled(lanes.map((lane) => lane.idle()));
  }
  return { applied, checkpoints: states.map((state) => state.written) };
}

/** One connection's queue: work runs one piece after another, in the order given. */
class Lane {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(readonly client: PoolClient) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }

  idle(): Promise<unknown> {
    return this.tail;
  }
}

/**
 * A read model without a bulk session of its own (applyBatch only): its
 * events are kept until the flush and applied as one large batch, in the
 * transaction that moves its checkpoint. applyBatch takes batches of any
 * size (the live runner's vary), so the rows are the same.
 */
export class BufferedBatchSession implements BulkSession {
  /** Events held before a write: fewer writes (and rows read back) the more; applyBatch folds them with the transaction open. */
  static readonly BUFFERED_EVENTS = 100_000;

  private events: StoredEvent[] = [];

  constructor(
    private readonly projection: Projection,
    private readonly tables: TableNames,
  ) {}

  get heldRows(): number {
    return this.events.length;
  }

  async apply(_sql: SqlExecutor, events: readonly StoredEvent[]): Promise<void> {
    for (const event of events) this.events.push(event);
  }

  async flush(sql: SqlExecutor): Promise<void> {
    const events = this.events;
    this.events = [];
    if (events.length > 0) await this.projection.applyBatch(sql, events, this.tables);
  }
}
