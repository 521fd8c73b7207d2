import { randomUUID } from 'node:crypto';
import { Client, type Pool } from 'pg';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { eventStoreContract } from '../contract/event-store.contract';
import { commitsStatementsWithAppends, type StoredEvent } from '../event-store.port';
import { InMemoryEventStore } from '../in-memory/in-memory-event-store';
import { observeEventStore } from '../observed-event-store';
import { PostgresEventStore } from './postgres-event-store';
import { POSTGRES_EVENT_STORE_SCHEMA } from './postgres-event-store.schema';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('event_store');
});
afterAll(async () => {
  await database.drop();
});

async function openPool(max = 10): Promise<Pool> {
  const pool = createTestPool(database.url, max, { options: '-c idle_in_transaction_session_timeout=5000' });
  await pool.query(POSTGRES_EVENT_STORE_SCHEMA);
  return pool;
}

eventStoreContract('postgres', async () => {
  const pool = await openPool(60);
  await pool.query('TRUNCATE events, event_streams');
  return { store: new PostgresEventStore(pool, { pollIntervalMs: 100 }), dispose: () => pool.end() };
});

const ping = () => ({
  type: 'Ping',
  data: {},
  metadata: { correlationId: randomUUID(), causationId: null, actor: 't', occurredAt: new Date().toISOString(), schemaVersion: 1 },
});

/** A writer, and a reader in another pool (as in another process) caught up and waiting, with a poll too slow to matter: only a wake-up brings it the next event. */
async function writerAndWaitingReader() {
  const writerPool = await openPool(2);
  const readerPool = await openPool(2);
  const writer = new PostgresEventStore(writerPool);
  const reader = new PostgresEventStore(readerPool, { pollIntervalMs: 60_000 });
  const head = await reader.readAll({ maxCount: 1_000_000 });
  const subscription = reader.subscribeToAll({ fromPosition: head.at(-1)?.position });
  const first = (async () => {
    for await (const event of subscription) return event;
  })();
  await new Promise((resolve) => setTimeout(resolve, 300)); // caught up and waiting
  const close = async () => {
    await subscription.close();
    await Promise.all([writer.close(), reader.close()]);
    await Promise.all([writerPool.end(), readerPool.end()]);
  };
  return { writer, first, close };
}

describe('PostgresEventStore wake-ups', () => {
  it('wakes a subscriber in another process (another pool) by NOTIFY, long before its poll', async () => {
    const { writer, first, close } = await writerAndWaitingReader();
    const started = Date.now();
    const id = `wake-${randomUUID()}`;
    await writer.appendToStream(id, [ping()], { expectedRevision: 'no_stream' });
    expect((await first)?.streamId).toBe(id);
    expect(Date.now() - started).toBeLessThan(2000);
    await close();
  });
});

describe('PostgresEventStore behind an older open transaction', () => {
  it('delivers events held back when woken as soon as that transaction ends, not at the next poll', async () => {
    const { writer, first, close } = await writerAndWaitingReader();

    // An older transaction holds the horizon back: the NOTIFY for the append arrives while the event is not yet visible to $all.
    const older = new Client({ connectionString: database.url });
    await older.connect();
    older.on('error', () => undefined);
    await older.query('BEGIN');
    await older.query('SELECT pg_current_xact_id()');
    const id = `held-${randomUUID()}`;
    await writer.appendToStream(id, [ping()], { expectedRevision: 'no_stream' });
    await new Promise((resolve) => setTimeout(resolve, 500)); // the wake-up has come and found nothing to read
    const ended = Date.now();
    await older.query('COMMIT');

    expect((await first)?.streamId).toBe(id);
    expect(Date.now() - ended).toBeLessThan(2000);
    await older.end();
    await close();
  }, 15_000);
});

describe('PostgresEventStore under concurrent writers', () => {
  const WRITERS = 16;
  const APPENDS_PER_WRITER = 200;
  const STREAMS_PER_WRITER = 5;

  it('delivers every event exactly once, each stream in revision order, though transactions commit out of position order', async () => {
    const pool = await openPool(WRITERS + 4);
    await pool.query('TRUNCATE events, event_streams');
    const store = new PostgresEventStore(pool, { pollIntervalMs: 50 });
    const total = WRITERS * APPENDS_PER_WRITER;

    const seen: StoredEvent[] = [];
    const subscription = store.subscribeToAll();
    const subscriber = (async () => {
      for await (const event of subscription) {
        seen.push(event);
        if (seen.length === total) break;
      }
    })();

    // A reader that trusts global_position alone, to show the race is really there.
    const naive = new Set<string>();
    let writing = true;
    const naiveReader = (async () => {
      let last = 0n;
      while (writing || naive.size < total) {
        const { rows } = await pool.query('SELECT event_id, global_position FROM events WHERE global_position > $1 ORDER BY global_position LIMIT 1000', [
          last.toString(),
        ]);
        for (const row of rows) {
          naive.add(row.event_id);
          last = BigInt(row.global_position);
        }
        if (!writing && rows.length === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();

    const writer = async (w: number) => {
      const own = new Client({ connectionString: database.url });
      await own.connect();
      const revisions = new Array<number>(STREAMS_PER_WRITER).fill(-1);
      try {
        for (let i = 0; i < APPENDS_PER_WRITER; i++) {
          const s = i % STREAMS_PER_WRITER;
          const streamId = `gap-${w}-${s}`;
          const expected = revisions[s] === -1 ? 'no_stream' : revisions[s];
          const event = {
            id: randomUUID(),
            type: 'Counted',
            data: { w, s, i },
            metadata: { correlationId: randomUUID(), causationId: null, actor: 'gap-test', occurredAt: new Date().toISOString(), schemaVersion: 1 },
          };
          if (i % 7 === 3) {
            // Held open: takes its position now, commits after others that came later.
            await own.query('BEGIN');
            await own.query('SELECT * FROM append_to_stream($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])', [
              streamId,
              String(expected),
              [event.id],
              [event.type],
              [JSON.stringify(event.data)],
              [JSON.stringify(event.metadata)],
            ]);
            await own.query(`SELECT pg_sleep(${(5 + ((w * 13 + i) % 40)) / 1000})`);
            await own.query('COMMIT');
            revisions[s] += 1;
          } else {
            revisions[s] = (await store.appendToStream(streamId, [event], { expectedRevision: expected })).nextExpectedRevision;
          }
        }
      } finally {
        await own.end();
      }
    };

    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    writing = false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`subscriber saw ${seen.length} of ${total}`)), 30000)));
    await Promise.race([subscriber, timeout]).finally(() => clearTimeout(timer));
    await subscription.close();
    await naiveReader;
    await store.close();
    await pool.end();

    expect(new Set(seen.map((e) => e.id)).size).toBe(total);
    expect(seen).toHaveLength(total);
    const lastRevision = new Map<string, number>();
    for (const event of seen) {
      expect(event.streamRevision).toBe((lastRevision.get(event.streamId) ?? -1) + 1);
      lastRevision.set(event.streamId, event.streamRevision);
    }
    expect(lastRevision.size).toBe(WRITERS * STREAMS_PER_WRITER);
    // The race is real: a reader trusting global_position alone loses events here.
    expect(naive.size).toBeLessThan(total);
    console.log(`gap test: subscriber saw ${seen.length}/${total}; a position-only reader saw ${naive.size}/${total}`);
  });

  it('is held back only briefly by a transaction left idle: the session timeout ends it', async () => {
    const pool = await openPool(4);
    const store = new PostgresEventStore(pool, { pollIntervalMs: 50 });
    const stuck = new Client({ connectionString: database.url, options: '-c idle_in_transaction_session_timeout=1000' });
    await stuck.connect();
    stuck.on('error', () => undefined);
    await stuck.query('BEGIN');
    await stuck.query('SELECT pg_current_xact_id()');

    const id = `idle-${randomUUID()}`;
    const appended = await store.appendToStream(
      id,
      [
        {
          type: 'AfterStuck',
          data: {},
          metadata: { correlationId: randomUUID(), causationId: null, actor: 't', occurredAt: new Date().toISOString(), schemaVersion: 1 },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    const visibleNow = await store.readAll({ fromPosition: { commit: appended.position.commit - 1n, prepare: 0n } });
    expect(visibleNow.find((e) => e.streamId === id)).toBeUndefined();

    const started = Date.now();
    let found: StoredEvent | undefined;
    while (!found && Date.now() - started < 10000) {
      found = (await store.readAll({ fromPosition: { commit: appended.position.commit - 1n, prepare: 0n } })).find((e) => e.streamId === id);
      if (!found) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(found).toBeDefined();
    expect(Date.now() - started).toBeLessThan(5000);
    await stuck.end().catch(() => undefined);
    await store.close();
    await pool.end();
  });
});

describe('PostgresEventStore.appendToStreamWith: other rows in the append’s transaction', () => {
  let pool: Pool;
  let store: PostgresEventStore;
  beforeAll(async () => {
    pool = await openPool(4);
    await pool.query('CREATE TABLE IF NOT EXISTS side_rows (id text PRIMARY KEY, note text NOT NULL)');
    store = new PostgresEventStore(pool);
  });
  afterAll(async () => {
    await store.close();
    await pool.end();
  });
  const sideRow = (id: string, note = 'with the events') => ({ text: 'INSERT INTO side_rows (id, note) VALUES ($1, $2)', values: [id, note] });
  const sideRows = async (id: string) => (await pool.query('SELECT note FROM side_rows WHERE id = $1', [id])).rows.map((row) => row.note as string);
  const streamEvents = async (id: string) => (await store.readStream(id)).length;

  it('commits the statements and the events together, in one transaction', async () => {
    const id = `with-${randomUUID()}`;
    const result = await store.appendToStreamWith(id, [ping(), ping()], { expectedRevision: 'no_stream', statements: [sideRow(id)] });
    expect(result.nextExpectedRevision).toBe(1);
    expect(await sideRows(id)).toEqual(['with the events']);
    expect(await streamEvents(id)).toBe(2);
    // Both rows carry the same transaction id: one commit.
    const { rows } = await pool.query('SELECT DISTINCT transaction_id::text FROM events WHERE stream_id = $1', [id]);
    expect(rows).toHaveLength(1);
    expect(result.position.commit).toBe(BigInt(rows[0].transaction_id));
  });

  it('rolls the statements back when the append loses its race (WrongExpectedVersion), and the connection goes back clean', async () => {
    const id = `lost-${randomUUID()}`;
    await store.appendToStream(id, [ping()], { expectedRevision: 'no_stream' });
    await expect(store.appendToStreamWith(id, [ping()], { expectedRevision: 'no_stream', statements: [sideRow(id)] })).rejects.toMatchObject({
      name: 'WrongExpectedVersion',
    });
    expect(await sideRows(id)).toEqual([]);
    expect(await streamEvents(id)).toBe(1);
    const { rows } = await pool.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'",
    );
    expect(rows[0].n).toBe(0);
  });

  it('lets exactly one of 20 racing appends (each upserting the same row) through, and keeps that one’s row', async () => {
    const id = `race-${randomUUID()}`;
    const upsert = (note: string) => ({
      text: 'INSERT INTO side_rows (id, note) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET note = EXCLUDED.note',
      values: [id, note],
    });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, n) =>
        store.appendToStreamWith(id, [{ ...ping(), data: { n } }], { expectedRevision: 'no_stream', statements: [upsert(`writer ${n}`)] }),
      ),
    );
    const won = results.flatMap((result, n) => (result.status === 'fulfilled' ? [n] : []));
    expect(won).toHaveLength(1);
    for (const result of results) if (result.status === 'rejected') expect(result.reason).toMatchObject({ name: 'WrongExpectedVersion', actual: 0 });
    expect(await sideRows(id)).toEqual([`writer ${won[0]}`]);
    expect((await store.readStream(id)).map((event) => event.data)).toEqual([{ n: won[0] }]);
  });

  it('appends nothing when a statement fails', async () => {
    const id = `failing-${randomUUID()}`;
    await pool.query('INSERT INTO side_rows (id, note) VALUES ($1, $2)', [id, 'already there']);
    await expect(store.appendToStreamWith(id, [ping()], { expectedRevision: 'no_stream', statements: [sideRow(id)] })).rejects.toThrow(/duplicate key/);
    expect(await streamEvents(id)).toBe(0);
    expect(await sideRows(id)).toEqual(['already there']);
    // The pool still works: the failed transaction was rolled back on its connection.
    await store.appendToStreamWith(id, [ping()], {
      expectedRevision: 'no_stream',
      statements: [{ text: 'UPDATE side_rows SET note = $2 WHERE id = $1', values: [id, 'updated'] }],
    });
    expect(await sideRows(id)).toEqual(['updated']);
  });

  it('is observed like any append, and the capability shows through the metrics wrapper', async () => {
    const seen: string[] = [];
    const observed = observeEventStore(store, { appended: ({ result }) => seen.push(result) });
    expect(commitsStatementsWithAppends(observed)).toBe(true);
    const id = `observed-${randomUUID()}`;
    await (observed as PostgresEventStore).appendToStreamWith(id, [ping()], { expectedRevision: 'no_stream', statements: [sideRow(id)] });
    await expect((observed as PostgresEventStore).appendToStreamWith(id, [ping()], { expectedRevision: 'no_stream', statements: [] })).rejects.toThrow();
    expect(seen).toEqual(['ok', 'wrong_expected_version']);
    expect(commitsStatementsWithAppends(observeEventStore(new InMemoryEventStore(), { appended: () => undefined }))).toBe(false);
  });
});
