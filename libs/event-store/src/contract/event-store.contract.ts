import { randomUUID } from 'node:crypto';
import { eventually } from '@civic/platform/testing';
import { WrongExpectedVersion } from '../errors';
import type { EventStore, EventToAppend, StoredEvent } from '../event-store.port';
import { comparePositions } from '../position';

/**
 * The behaviour every adapter must show. Written once; each adapter's spec
 * calls it with a factory that gives a fresh, empty store. $all may show a
 * committed event a moment later (PostgreSQL: once every older transaction on
 * the server has finished), so reads of it are awaited with `eventually`.
 */
export function eventStoreContract(adapter: string, openStore: () => Promise<{ store: EventStore; dispose(): Promise<void> }>) {
  describe(`EventStore contract: ${adapter}`, () => {
    let store: EventStore;
    let dispose: () => Promise<void>;

    beforeEach(async () => {
      ({ store, dispose } = await openStore());
    });
    afterEach(async () => {
      await store.close();
      await dispose();
    });

    const streamId = () => `test-${randomUUID()}`;
    const event = (type: string, data: Record<string, unknown> = {}): EventToAppend => ({
      id: randomUUID(),
      type,
      data,
      metadata: { correlationId: randomUUID(), causationId: null, actor: 'tester', occurredAt: '2026-11-24T10:00:00.000Z', schemaVersion: 1 },
    });

    it('appends to a new stream with revisions counting from 0, keeping ids, data and metadata', async () => {
      const id = streamId();
      const first = event('A', { n: 1, text: 'æøå' });
      const result = await store.appendToStream(id, [first, event('B', { n: 2 })], { expectedRevision: 'no_stream' });
      expect(result.nextExpectedRevision).toBe(1);

      const read = await store.readStream(id);
      expect(read.map((e) => [e.type, e.streamRevision, e.streamId])).toEqual([
        ['A', 0, id],
        ['B', 1, id],
      ]);
      expect(read[0].id).toBe(first.id);
      expect(read[0].data).toEqual({ n: 1, text: 'æøå' });
      expect(read[0].metadata).toEqual(first.metadata);
      expect(read[0].recordedAt).toBeInstanceOf(Date);
      expect(read[1].globalPosition).toBe(result.globalPosition);
      expect(comparePositions(read[1].position, result.position)).toBe(0);
      expect(read[0].globalPosition < read[1].globalPosition).toBe(true);
    });

    it('returns an empty list for a stream that does not exist', async () => {
      expect(await store.readStream(streamId())).toEqual([]);
    });

    it('reads a stream from a revision', async () => {
      const id = streamId();
      await store.appendToStream(id, [event('A'), event('B'), event('C')], { expectedRevision: 'no_stream' });
      expect((await store.readStream(id, { fromRevision: 1 })).map((e) => e.type)).toEqual(['B', 'C']);
    });

    it('appends at the exact expected revision and refuses a stale one with the actual revision', async () => {
      const id = streamId();
      await store.appendToStream(id, [event('A')], { expectedRevision: 'no_stream' });
      const next = await store.appendToStream(id, [event('B')], { expectedRevision: 0 });
      expect(next.nextExpectedRevision).toBe(1);

      const refused = store.appendToStream(id, [event('C')], { expectedRevision: 0 });
      await expect(refused).rejects.toBeInstanceOf(WrongExpectedVersion);
      await expect(refused).rejects.toMatchObject({ streamId: id, expected: 0, actual: 1 });
      expect((await store.readStream(id)).map((e) => e.type)).toEqual(['A', 'B']);
    });

    it('honours no_stream, stream_exists and any', async () => {
      const id = streamId();
      await expect(store.appendToStream(id, [event('A')], { expectedRevision: 'stream_exists' })).rejects.toMatchObject({ actual: -1 });
      await store.appendToStream(id, [event('A')], { expectedRevision: 'any' });
      await expect(store.appendToStream(id, [event('B')], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(WrongExpectedVersion);
      await store.appendToStream(id, [event('B')], { expectedRevision: 'stream_exists' });
      const last = await store.appendToStream(id, [event('C')], { expectedRevision: 'any' });
      expect(last.nextExpectedRevision).toBe(2);
      await expect(store.appendToStream(id, [event('D')], { expectedRevision: 7 })).rejects.toBeInstanceOf(WrongExpectedVersion);
    });

    it('lets exactly one of 50 concurrent appends at the same revision through, and writes nothing of the rest', async () => {
      const id = streamId();
      await store.appendToStream(id, [event('Created')], { expectedRevision: 'no_stream' });
      const outcomes = await Promise.allSettled(
        Array.from({ length: 50 }, (_, writer) => store.appendToStream(id, [event('First', { writer }), event('Second', { writer })], { expectedRevision: 0 })),
      );
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(49);
      for (const loss of lost) expect(loss.reason).toBeInstanceOf(WrongExpectedVersion);

      const stream = await store.readStream(id);
      expect(stream.map((e) => e.type)).toEqual(['Created', 'First', 'Second']);
      expect(stream[1].data).toEqual(stream[2].data);
    });

    it('reads all events in order, after a position, a page at a time', async () => {
      const before = await store.readAll({ maxCount: 100000 });
      const from = before.length ? before[before.length - 1].position : undefined;
      const a = streamId();
      const b = streamId();
      await store.appendToStream(a, [event('A1'), event('A2')], { expectedRevision: 'no_stream' });
      await store.appendToStream(b, [event('B1')], { expectedRevision: 'no_stream' });
      await store.appendToStream(a, [event('A3')], { expectedRevision: 1 });

      const all = await eventually(
        () => store.readAll({ fromPosition: from, maxCount: 100 }),
        (events) => events.length >= 4,
      );
      expect(all.map((e) => e.type)).toEqual(['A1', 'A2', 'B1', 'A3']);
      const page = await store.readAll({ fromPosition: all[1].position, maxCount: 1 });
      expect(page.map((e) => e.type)).toEqual(['B1']);
    });

    it('reads the head of $all: the last event a reader can see', async () => {
      const id = streamId();
      const appended = [event('H1'), event('H2')];
      await store.appendToStream(id, appended, { expectedRevision: 'no_stream' });
      const head = await eventually(
        () => store.readHead(),
        (e) => e?.id === appended[1].id,
      );
      expect(head).toMatchObject({ id: appended[1].id, streamId: id, streamRevision: 1 });
      const all = await store.readAll({ fromPosition: head!.position, maxCount: 10 });
      expect(all).toEqual([]);
      expect((await store.readNewest())?.id).toBe(appended[1].id);
    });

    it('subscribes to all: catches up from a checkpoint, then delivers live appends', async () => {
      const id = streamId();
      await store.appendToStream(id, [event('Old1'), event('Old2')], { expectedRevision: 'no_stream' });
      const old = await store.readStream(id);
      const subscription = store.subscribeToAll({ fromPosition: old[0].position });
      const seen: StoredEvent[] = [];
      const done = (async () => {
        for await (const e of subscription) {
          if (e.streamId !== id) continue;
          seen.push(e);
          if (seen.length === 3) break;
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await store.appendToStream(id, [event('Live1')], { expectedRevision: 1 });
      await store.appendToStream(id, [event('Live2')], { expectedRevision: 2 });
      await done;
      await subscription.close();
      expect(seen.map((e) => e.type)).toEqual(['Old2', 'Live1', 'Live2']);
    });
  });
}
