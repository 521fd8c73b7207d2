import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { PostgresEventStore, type EventToAppend } from '@civic/event-store';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { seenEventsProjection } from '../testing';
import { catchUpProjection } from './catch-up';
import { ensureProjection } from './generations';
import { OWNER_LOCK_CLASS, projectionLockKey } from './locks';
import { waitForProjection } from './wait-for-projection';

let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
const projection = seenEventsProjection('waited_for');

beforeAll(async () => {
  database = await createTestDatabase('wait_for_projection');
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 4);
  store = new PostgresEventStore(pool);
  await ensureProjection(pool, projection);
});
afterAll(async () => {
  await store.close();
  await pool.end();
  await database.drop();
});

const append = () =>
  store.appendToStream(
    `test-${randomUUID()}`,
    [
      {
        type: 'Something',
        data: {},
        metadata: { correlationId: randomUUID(), causationId: null, actor: 'test', occurredAt: new Date().toISOString(), schemaVersion: 1 },
      } satisfies EventToAppend,
    ],
    { expectedRevision: 'no_stream' },
  );

/** Holds the projection's owner lock, as the worker that runs it does. */
async function owning<T>(work: () => Promise<T>): Promise<T> {
  const owner: PoolClient = await pool.connect();
  try {
    await owner.query('SELECT pg_advisory_lock($1, $2)', [OWNER_LOCK_CLASS, projectionLockKey(projection.name)]);
    return await work();
  } finally {
    await owner.query('SELECT pg_advisory_unlock($1, $2)', [OWNER_LOCK_CLASS, projectionLockKey(projection.name)]);
    owner.release();
  }
}

describe('waitForProjection', () => {
  it('is caught up at once when the projection holds every event committed', async () => {
    await append();
    await catchUpProjection(pool, store, projection);
    expect(await waitForProjection(pool, store, projection.name, { timeoutMs: 0 })).toBe('caught-up');
  });

  it('does not wait for a projection behind that no worker runs', async () => {
    await append();
    const started = Date.now();
    expect(await waitForProjection(pool, store, projection.name, { timeoutMs: 5000 })).toBe('not-running');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('waits while the worker that runs it catches up, and says when it did not in time', async () => {
    await append();
    await owning(async () => {
      expect(await waitForProjection(pool, store, projection.name, { timeoutMs: 200 })).toBe('behind');
      const waited = waitForProjection(pool, store, projection.name, { timeoutMs: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 100));
      await catchUpProjection(pool, store, projection);
      expect(await waited).toBe('caught-up');
    });
  });
});
