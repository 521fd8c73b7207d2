import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresEventStore, type StoredEvent } from '@civic/event-store';
import { applyMigrations, WorkingDayCalendar } from '@civic/platform';
import { createTestDatabase, createTestPool, eventually, type TestDatabase } from '@civic/platform/testing';
import { allProjections } from '../all-projections';
import { catchUpProjection } from './catch-up';
import { activeGeneration, ensureProjection } from './generations';
import type { Projection, SqlExecutor, TableNames } from './projection';
import { ProjectionRunner, type RunnerLogger } from './projection-runner';
import { tableShapeChanges } from './table-shape';

let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase('table_shape');
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 20);
  store = new PostgresEventStore(pool, { pollIntervalMs: 50 });
});
afterAll(async () => {
  await store.close();
  await pool.end();
  await database.drop();
});

/** A read model in two versions: v2 adds a column and an index, as an upgrade does. */
function eventLog(name: string, version: 1 | 2, gate?: () => Promise<void>): Projection {
  return {
    name,
    tables: [name],
    async createTables(sql: SqlExecutor, tables: TableNames) {
      const table = tables[name];
      await sql.query(`CREATE TABLE ${table} (event_id uuid PRIMARY KEY, stream_id text NOT NULL${version === 2 ? ', event_type text NOT NULL' : ''})`);
      if (version === 2) await sql.query(`CREATE INDEX ${table}_type_idx ON ${table} (event_type)`);
    },
    async applyBatch(sql: SqlExecutor, events: readonly StoredEvent[], tables: TableNames) {
      await gate?.();
      const columns = version === 2 ? '(event_id, stream_id, event_type)' : '(event_id, stream_id)';
      const values =
        version === 2
          ? [events.map((e) => e.id), events.map((e) => e.streamId), events.map((e) => e.type)]
          : [events.map((e) => e.id), events.map((e) => e.streamId)];
      await sql.query(
        `INSERT INTO ${tables[name]} ${columns} SELECT * FROM unnest(${values.map((_, i) => `$${i + 1}::${i === 0 ? 'uuid' : 'text'}[]`).join(', ')}) ON CONFLICT DO NOTHING`,
        values,
      );
    },
  };
}

async function appendEvents(count: number): Promise<void> {
  const streamId = `test-${randomUUID()}`;
  const metadata = { correlationId: randomUUID(), causationId: null, actor: 'test', occurredAt: new Date().toISOString(), schemaVersion: 1 };
  await store.appendToStream(
    streamId,
    Array.from({ length: count }, () => ({ type: 'Noted', data: {}, metadata })),
    { expectedRevision: 'no_stream' },
  );
}

const logs = (): RunnerLogger & { lines: string[] } => {
  const lines: string[] = [];
  return { lines, log: (line) => lines.push(line), warn: (line) => lines.push(line), error: (line) => lines.push(line) };
};

describe('tableShapeChanges', () => {
  it('finds nothing to change in the read models this version creates', async () => {
    for (const projection of allProjections(new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' }))) {
      await ensureProjection(pool, projection);
      expect({ projection: projection.name, changes: await tableShapeChanges(pool, projection) }).toEqual({ projection: projection.name, changes: [] });
    }
  });

  it('names the columns and indexes an upgrade added, and leaves no probe table behind', async () => {
    await ensureProjection(pool, eventLog('log_shape', 1));

    const changes = await tableShapeChanges(pool, eventLog('log_shape', 2));

    expect(changes).toEqual([
      'log_shape: new column event_type text not null',
      expect.stringMatching(/^log_shape: new index CREATE INDEX <table>_type_idx ON public\.<table> USING btree \(event_type\)$/),
    ]);
    expect((await pool.query(`SELECT to_regclass('log_shape_g0') AS probe`)).rows[0].probe).toBeNull();
  });
});

describe('ProjectionRunner after an upgrade that changed its tables', () => {
  it('rebuilds the read model from the event store, then follows new events on the new tables', async () => {
    await appendEvents(30);
    await catchUpProjection(pool, store, eventLog('log_upgrade', 1));
    const logger = logs();
    const runner = new ProjectionRunner(pool, store, eventLog('log_upgrade', 2), { logger, takeOverIntervalMs: 50 });
    runner.start();
    try {
      const switched = await eventually(
        () => activeGeneration(pool, 'log_upgrade'),
        (active) => active.generation === 2,
      );
      expect(switched.generation).toBe(2);
      await appendEvents(5);
      const total = Number((await pool.query('SELECT count(*) AS n FROM events')).rows[0].n);
      const rows = await eventually(
        async () => (await pool.query<{ n: string; typed: string }>(`SELECT count(*) AS n, count(event_type) AS typed FROM log_upgrade`)).rows[0],
        (row) => Number(row.n) === total,
      );
      expect(rows).toEqual({ n: String(total), typed: String(total) });
      expect(logger.lines).toContainEqual(
        expect.stringContaining("Projection log_upgrade: its tables differ from this version's (log_upgrade: new column event_type text not null"),
      );
      expect(logger.lines).toContainEqual(expect.stringMatching(/^Projection log_upgrade: rebuilt as generation 2 from \d+ events/));
      expect(await tableShapeChanges(pool, eventLog('log_upgrade', 2))).toEqual([]);
    } finally {
      await runner.stop();
    }
  }, 30_000);

  it('rebuilds a read model whose new version keeps a further table, with no view of it until then', async () => {
    await appendEvents(10);
    await catchUpProjection(pool, store, eventLog('log_added', 2));
    const counted: Projection = {
      ...eventLog('log_added', 2),
      tables: ['log_added', 'log_added_types'],
      async createTables(sql: SqlExecutor, tables: TableNames) {
        await eventLog('log_added', 2).createTables(sql, tables);
        await sql.query(`CREATE TABLE ${tables.log_added_types} (event_type text PRIMARY KEY)`);
      },
    };
    // Every process calls this at start: the old generation has no such table, so there is no view of it yet, and no error.
    await ensureProjection(pool, counted);
    expect((await pool.query(`SELECT to_regclass('log_added_types') AS view`)).rows[0].view).toBeNull();
    expect(await tableShapeChanges(pool, counted)).toEqual(['log_added_types: no table']);
    const runner = new ProjectionRunner(pool, store, counted, { logger: logs(), takeOverIntervalMs: 50 });
    runner.start();
    try {
      await eventually(
        () => activeGeneration(pool, 'log_added'),
        (active) => active.generation === 2,
      );
      expect((await pool.query(`SELECT count(*) AS n FROM log_added_types`)).rows[0].n).toBe('0');
      expect(await tableShapeChanges(pool, counted)).toEqual([]);
    } finally {
      await runner.stop();
    }
  }, 30_000);

  it('stops in the middle of that rebuild without switching, and the next owner rebuilds it', async () => {
    await appendEvents(30);
    await catchUpProjection(pool, store, eventLog('log_stop', 1));
    let batchStarted!: () => void;
    const started = new Promise<void>((resolve) => (batchStarted = resolve));
    let finishBatch!: () => void;
    const finishing = new Promise<void>((resolve) => (finishBatch = resolve));
    const slow = eventLog('log_stop', 2, async () => {
      batchStarted();
      await finishing;
    });
    const first = new ProjectionRunner(pool, store, slow, { logger: logs(), takeOverIntervalMs: 50 });
    first.start();
    await started;

    const stopping = first.stop();
    finishBatch();
    await stopping;
    expect((await activeGeneration(pool, 'log_stop')).generation).toBe(1);

    const second = new ProjectionRunner(pool, store, eventLog('log_stop', 2), { logger: logs(), takeOverIntervalMs: 50 });
    second.start();
    try {
      const active = await eventually(
        () => activeGeneration(pool, 'log_stop'),
        (generation) => generation.generation > 2,
      );
      expect(active.generation).toBe(3); // generation 2 was the one left half-built
      // The old generations are dropped just after the switch.
      const generations = await eventually(
        async () =>
          (await pool.query<{ generation: number }>(`SELECT generation FROM projection_checkpoints WHERE projection = 'log_stop' ORDER BY generation`)).rows,
        (rows) => rows.length === 1,
      );
      expect(generations).toEqual([{ generation: 3 }]);
    } finally {
      await second.stop();
    }
  }, 30_000);
});
