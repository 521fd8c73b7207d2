import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import type { EventStore, EventToAppend, StoredEvent } from '../event-store.port';
import { InMemoryEventStore } from '../in-memory/in-memory-event-store';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { copyEvents, type CopyProgress } from './copy-events';

/** The copy command's logic between two real PostgreSQL databases, and into the in-memory adapter. */

const STREAMS = 40;
const APPENDS = 300;
const TOTAL = APPENDS + APPENDS / 5; // every fifth append writes two events

let sourceDb: TestDatabase;
let targetDb: TestDatabase;
let sourcePool: Pool;
let targetPool: Pool;
let source: PostgresEventStore;
let target: PostgresEventStore;

beforeAll(async () => {
  [sourceDb, targetDb] = await Promise.all([createTestDatabase('copy_source'), createTestDatabase('copy_target')]);
  await Promise.all([applyMigrations(sourceDb.url), applyMigrations(targetDb.url)]);
  sourcePool = createTestPool(sourceDb.url, 8);
  targetPool = createTestPool(targetDb.url, 4);
  source = new PostgresEventStore(sourcePool);
  target = new PostgresEventStore(targetPool);
  await fillConcurrently(source);
  await visibleInAll(source, TOTAL);
});

afterAll(async () => {
  await Promise.all([source.close(), target.close()]);
  await Promise.all([sourcePool.end(), targetPool.end()]);
  await Promise.all([sourceDb.drop(), targetDb.drop()]);
});

const event = (type: string, n: number): EventToAppend => ({
  id: randomUUID(),
  type,
  data: { n, title: `Idé nr. ${n}`, nested: { tags: ['træer', 'cykler'], amount: n * 1.5 } },
  metadata: {
    correlationId: randomUUID(),
    causationId: n % 2 ? randomUUID() : null,
    actor: `handler-${n % 4}`,
    occurredAt: new Date(Date.UTC(2026, 10, 24, 10, 0, n)).toISOString(),
    schemaVersion: 1,
  },
});

/** Four writers over many streams, a fifth of the appends two events at once: a realistic, interleaved global order. */
async function fillConcurrently(store: EventStore): Promise<void> {
  const writer = async (w: number) => {
    const revisions = new Map<string, number>();
    for (let i = w; i < APPENDS; i += 4) {
      const streamId = `idea-${w}-${i % (STREAMS / 4)}`;
      const current = revisions.get(streamId);
      const batch = i % 5 === 0 ? [event('IdeaSubmitted', i), event('IdeaRouted', i)] : [event('IdeaAssigned', i)];
      const result = await store.appendToStream(streamId, batch, { expectedRevision: current === undefined ? 'no_stream' : current });
      revisions.set(streamId, result.nextExpectedRevision);
    }
  };
  await Promise.all([0, 1, 2, 3].map(writer));
}

const all = (store: EventStore) => store.readAll({ maxCount: 1_000_000 });

/** PostgreSQL's $all shows a commit once every older transaction on the server has ended (other test files share it). */
async function visibleInAll(store: EventStore, count: number): Promise<StoredEvent[]> {
  const deadline = Date.now() + 20_000;
  let events = await all(store);
  while (events.length < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    events = await all(store);
  }
  return events;
}
const essence = (e: StoredEvent) => ({ id: e.id, type: e.type, data: e.data, metadata: e.metadata, streamId: e.streamId, streamRevision: e.streamRevision });

async function emptyTarget(): Promise<void> {
  await targetPool.query('TRUNCATE events, event_streams');
}

describe('copyEvents between two PostgreSQL databases', () => {
  beforeEach(emptyTarget);

  it('copies every event in global order with its id, type, data, metadata and stream revision', async () => {
    const progress: CopyProgress[] = [];
    const result = await copyEvents(source, target, { batchSize: 50, progressIntervalMs: 0, onProgress: (p) => progress.push(p) });
    expect(result).toMatchObject({ copied: TOTAL, skipped: 0, complete: true });

    const copied = await visibleInAll(target, TOTAL);
    expect(copied).toHaveLength(TOTAL);
    expect(copied.map(essence)).toEqual((await all(source)).map(essence));
    for (const stream of ['idea-0-0', 'idea-3-9'])
      expect((await target.readStream(stream)).map(essence)).toEqual((await source.readStream(stream)).map(essence));
    expect(progress.at(-1)).toMatchObject({ copied: TOTAL, done: true });
    expect(progress.at(-1)!.globalPosition).toBe(progress.at(-1)!.headGlobalPosition);
  });

  it('resumes after being stopped midway (by a limit, then by an abort), doubling and losing nothing', async () => {
    const first = await copyEvents(source, target, { batchSize: 40, maxEvents: 101 });
    expect(first).toMatchObject({ copied: 101, complete: false });

    const abort = new AbortController();
    const second = await copyEvents(source, target, {
      batchSize: 40,
      progressIntervalMs: 0,
      signal: abort.signal,
      onProgress: (p) => p.copied >= 60 && abort.abort(),
    });
    expect(second.complete).toBe(false);
    expect(second.skipped).toBe(101);

    const third = await copyEvents(source, target, { batchSize: 40 });
    expect(third.complete).toBe(true);
    expect(first.copied + second.copied + third.copied).toBe(TOTAL);

    const copied = await visibleInAll(target, TOTAL);
    expect(new Set(copied.map((e) => e.id)).size).toBe(TOTAL);
    expect(copied.map(essence)).toEqual((await all(source)).map(essence));
  });

  it('changes nothing when run a second time', async () => {
    await copyEvents(source, target);
    const before = await visibleInAll(target, TOTAL);
    expect(await copyEvents(source, target)).toMatchObject({ copied: 0, skipped: TOTAL, complete: true });
    expect(await all(target)).toEqual(before);
  });
});

describe('copyEvents from PostgreSQL into the in-memory adapter', () => {
  it('copies everything, and resumes from a partial copy', async () => {
    const memory = new InMemoryEventStore();
    expect(await copyEvents(source, memory, { maxEvents: 77 })).toMatchObject({ copied: 77, complete: false });
    expect(await copyEvents(source, memory)).toMatchObject({ copied: TOTAL - 77, skipped: 77, complete: true });
    expect((await all(memory)).map(essence)).toEqual((await all(source)).map(essence));
  });
});
