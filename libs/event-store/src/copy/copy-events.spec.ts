import { randomUUID } from 'node:crypto';
import type { EventStore, EventToAppend, StoredEvent } from '../event-store.port';
import { InMemoryEventStore } from '../in-memory/in-memory-event-store';
import { CopyConflict } from './copy-conflict';
import { copyEvents, type CopyProgress } from './copy-events';

/** The copy logic on in-memory stores; copy-events.int-spec.ts runs it between two PostgreSQL databases. */

const metadata = (n: number) => ({
  correlationId: randomUUID(),
  causationId: null,
  actor: `handler-${n % 3}`,
  occurredAt: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
  schemaVersion: 1,
  extra: { n },
});
const event = (type: string, n: number): EventToAppend => ({ id: randomUUID(), type, data: { n, text: `idé ${n}` }, metadata: metadata(n) });

/** Interleaved appends over several streams, some with two events at once. */
async function fill(store: EventStore, streams: number, appends: number): Promise<void> {
  const revisions = new Map<string, number>();
  for (let n = 0; n < appends; n++) {
    const streamId = `idea-${(n * 7) % streams}`;
    const current = revisions.get(streamId);
    const batch = n % 5 === 0 ? [event('A', n), event('B', n)] : [event('A', n)];
    const result = await store.appendToStream(streamId, batch, { expectedRevision: current === undefined ? 'no_stream' : current });
    revisions.set(streamId, result.nextExpectedRevision);
  }
}

const all = (store: EventStore) => store.readAll({ maxCount: 1_000_000 });
const essence = (e: StoredEvent) => ({ id: e.id, type: e.type, data: e.data, metadata: e.metadata, streamId: e.streamId, streamRevision: e.streamRevision });

describe('copyEvents (in memory)', () => {
  it('copies every stream in global order with ids, types, data, metadata and revisions, reporting progress', async () => {
    const source = new InMemoryEventStore();
    const target = new InMemoryEventStore();
    await fill(source, 9, 60);
    const progress: CopyProgress[] = [];
    const result = await copyEvents(source, target, { batchSize: 7, onProgress: (p) => progress.push(p), progressIntervalMs: 0 });
    expect(result).toMatchObject({ copied: 72, skipped: 0, complete: true });
    expect((await all(target)).map(essence)).toEqual((await all(source)).map(essence));
    expect(progress.at(-1)).toMatchObject({ copied: 72, done: true, globalPosition: 72n, headGlobalPosition: 72n });
    expect(progress.length).toBeGreaterThan(2);
  });

  it('stops after maxEvents, even inside a batch written together, and the next run goes on without doubling or losing', async () => {
    const source = new InMemoryEventStore();
    const target = new InMemoryEventStore();
    await fill(source, 9, 60);
    const first = await copyEvents(source, target, { batchSize: 10, maxEvents: 31 });
    expect(first).toMatchObject({ copied: 31, complete: false });
    expect(await all(target)).toHaveLength(31);
    const second = await copyEvents(source, target, { batchSize: 10, maxEvents: 20 });
    expect(second).toMatchObject({ copied: 20, skipped: 31, complete: false });
    const third = await copyEvents(source, target, { batchSize: 10 });
    expect(third).toMatchObject({ copied: 21, skipped: 51, complete: true });
    expect((await all(target)).map(essence)).toEqual((await all(source)).map(essence));
  });

  it('stops when aborted and resumes', async () => {
    const source = new InMemoryEventStore();
    const target = new InMemoryEventStore();
    await fill(source, 5, 40);
    const abort = new AbortController();
    const stopped = await copyEvents(source, target, {
      batchSize: 4,
      progressIntervalMs: 0,
      signal: abort.signal,
      onProgress: (p) => p.copied >= 10 && abort.abort(),
    });
    expect(stopped.complete).toBe(false);
    expect(stopped.copied).toBeGreaterThanOrEqual(10);
    const rest = await copyEvents(source, target);
    expect(rest.copied + stopped.copied).toBe(48);
    expect((await all(target)).map(essence)).toEqual((await all(source)).map(essence));
  });

  it('changes nothing when run again, and copies only what the source gained since', async () => {
    const source = new InMemoryEventStore();
    const target = new InMemoryEventStore();
    await fill(source, 4, 20);
    await copyEvents(source, target);
    expect(await copyEvents(source, target)).toMatchObject({ copied: 0, skipped: 24, complete: true });
    await source.appendToStream('idea-late', [event('Late', 99)], { expectedRevision: 'no_stream' });
    await source.appendToStream('idea-0', [event('Later', 100)], { expectedRevision: 'any' });
    expect(await copyEvents(source, target)).toMatchObject({ copied: 2, skipped: 24, complete: true });
    expect((await all(target)).map(essence)).toEqual((await all(source)).map(essence));
  });

  it('refuses a target that holds other events than the source', async () => {
    const source = new InMemoryEventStore();
    const target = new InMemoryEventStore();
    await fill(source, 3, 6);
    await target.appendToStream('idea-0', [event('Foreign', 1)], { expectedRevision: 'no_stream' });
    await expect(copyEvents(source, target)).rejects.toBeInstanceOf(CopyConflict);
  });

  it('copies an empty source as nothing, complete', async () => {
    expect(await copyEvents(new InMemoryEventStore(), new InMemoryEventStore())).toEqual({ copied: 0, skipped: 0, complete: true, lastPosition: null });
  });
});
