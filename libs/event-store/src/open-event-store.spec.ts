import { Pool } from 'pg';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
import { openEventStore } from './open-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';

describe('openEventStore', () => {
  // Neither a pg Pool nor the EventStoreDB client connects before its first call.
  const pool = new Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
  afterAll(() => pool.end());

  it('opens the PostgreSQL adapter by default', () => {
    expect(openEventStore({ pool })).toBeInstanceOf(PostgresEventStore);
    expect(openEventStore({ kind: 'postgres', pool, eventStoreUrl: 'esdb://ignored:2113' })).toBeInstanceOf(PostgresEventStore);
  });

  it('opens the EventStoreDB adapter on its connection string', async () => {
    const store = openEventStore({ kind: 'eventstoredb', pool, eventStoreUrl: 'esdb://127.0.0.1:2113?tls=false', timeoutMs: 100 });
    expect(store).toBeInstanceOf(EventStoreDbEventStore);
    await store.close();
  });

  it('wraps the adapter when given an observer, and only then', async () => {
    const seen: string[] = [];
    const store = openEventStore({
      pool: new Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none', connectionTimeoutMillis: 1000 }),
      observer: { appended: (observation) => seen.push(observation.result) },
    });
    expect(store).not.toBeInstanceOf(PostgresEventStore);
    await expect(store.appendToStream('idea-1', [], { expectedRevision: 'any' })).rejects.toThrow();
    expect(seen).toEqual(['error']);
    await store.close();
  });

  it('refuses EventStoreDB without a connection string', () => {
    expect(() => openEventStore({ kind: 'eventstoredb', pool })).toThrow(/EVENTSTORE_URL/);
  });
});
