import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresEventStore, type EventToAppend, type StoredEvent } from '@civic/event-store';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import type { JobRequest } from './job-request';
import type { JobEnqueuer, Reactor } from './reactor';
import { ReactorRunner } from './reactor-runner';

let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase('reactor_runner');
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 10);
  store = new PostgresEventStore(pool, { pollIntervalMs: 50 });
});
afterAll(async () => {
  await store.close();
  await pool.end();
  await database.drop();
});

const event = (): EventToAppend => ({
  type: 'Something',
  data: {},
  metadata: { correlationId: randomUUID(), causationId: null, actor: 'test', occurredAt: new Date().toISOString(), schemaVersion: 1 },
});

async function append(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await store.appendToStream(`test-${randomUUID()}`, [event()], { expectedRevision: 'no_stream' });
}

/** One job per event, like the real reactor: the id comes from the event id. */
const reactor = (name: string): Reactor => ({
  name,
  react: (e: StoredEvent) => [{ name: 'cancel-deadline-timers', jobId: `test.${e.id}`, data: { ideaId: e.id, revision: 0 } }],
});

/** A queue that can be "down", and that keeps each job id once, as BullMQ does. */
class FlakyQueue implements JobEnqueuer {
  down = false;
  readonly ids = new Set<string>();
  requests = 0;
  async enqueue(requests: readonly JobRequest[]): Promise<void> {
    if (this.down) throw new Error('Connection is closed.');
    this.requests += requests.length;
    requests.forEach((request) => this.ids.add(request.jobId));
  }
}

async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const checkpoint = async (name: string) => (await pool.query('SELECT position FROM reactor_checkpoints WHERE name = $1', [name])).rows[0]?.position ?? null;

describe('A reactor runner', () => {
  it('enqueues a job per event and keeps its checkpoint, so a restart asks for nothing again', async () => {
    const name = `r-${randomUUID()}`;
    await append(5);
    const total = Number((await pool.query('SELECT count(*) AS n FROM events')).rows[0].n);
    const queue = new FlakyQueue();
    const first = new ReactorRunner(pool, store, reactor(name), queue, { takeOverIntervalMs: 50 });
    first.start();
    await eventually(() => queue.ids.size === total);
    await first.stop();
    const requested = queue.requests;

    const again = new ReactorRunner(pool, store, reactor(name), queue, { takeOverIntervalMs: 50 });
    again.start();
    await append(2);
    await eventually(() => queue.ids.size === total + 2);
    await again.stop();
    expect(queue.requests).toBe(requested + 2); // the first five were not asked for again
  });

  it('while the queue is down it holds its checkpoint, and when it is back enqueues everything once', async () => {
    const name = `r-${randomUUID()}`;
    const queue = new FlakyQueue();
    const runner = new ReactorRunner(pool, store, reactor(name), queue, { takeOverIntervalMs: 50, maxRetryMs: 100 });
    runner.start();
    await eventually(async () => (await checkpoint(name)) !== null);
    const before = queue.ids.size;
    const held = await checkpoint(name);

    queue.down = true;
    await append(4);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await checkpoint(name)).toBe(held);
    expect(queue.ids.size).toBe(before);

    queue.down = false;
    await eventually(() => queue.ids.size === before + 4);
    await eventually(async () => (await checkpoint(name)) !== held);
    await runner.stop();
  });

  it('has one owner among several workers; a standby takes over when the owner stops', async () => {
    const name = `r-${randomUUID()}`;
    const queue = new FlakyQueue();
    const a = new ReactorRunner(pool, store, reactor(name), queue, { takeOverIntervalMs: 50 });
    const b = new ReactorRunner(pool, store, reactor(name), queue, { takeOverIntervalMs: 50 });
    a.start();
    await eventually(() => a.isOwner);
    b.start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(b.isOwner).toBe(false);
    await a.stop();
    await eventually(() => b.isOwner);
    const before = queue.ids.size;
    await append(1);
    await eventually(() => queue.ids.size === before + 1);
    await b.stop();
  });
});
