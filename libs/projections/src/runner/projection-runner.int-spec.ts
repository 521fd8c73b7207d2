import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresEventStore, type EventToAppend } from '@civic/event-store';
import { applyMigrations } from '@civic/platform';
import { createTestDatabase, createTestPool, eventually, type TestDatabase } from '@civic/platform/testing';
import { seenEventsProjection } from '../testing';
import { catchUpProjection } from './catch-up';
import { activeGeneration, ensureProjection } from './generations';
import { ProjectionRunner } from './projection-runner';
import { projectionStatus } from './projection-status';
import type { Projection } from './projection';
import { RebuildAlreadyRunning, rebuildProjection, rebuildProjections } from './rebuild';

let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase('projection_runner');
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 20, { options: '-c idle_in_transaction_session_timeout=5000' });
  store = new PostgresEventStore(pool, { pollIntervalMs: 50 });
});
afterAll(async () => {
  await store.close();
  await pool.end();
  await database.drop();
});

const event = (type = 'Something'): EventToAppend => ({
  type,
  data: { n: Math.random() },
  metadata: { correlationId: randomUUID(), causationId: null, actor: 'test', occurredAt: new Date().toISOString(), schemaVersion: 1 },
});

async function appendStreams(streams: number, eventsEach: number): Promise<number> {
  await Promise.all(
    Array.from({ length: streams }, async () => {
      const id = `test-${randomUUID()}`;
      for (let revision = 0; revision < eventsEach; revision++) {
        await store.appendToStream(id, [event()], { expectedRevision: revision === 0 ? 'no_stream' : revision - 1 });
      }
    }),
  );
  // $all shows an event once every older transaction on the server has ended: wait for that (bounded).
  const last = (await pool.query('SELECT max(global_position) AS p FROM events')).rows[0].p as string;
  await eventually(
    () => store.readHead(),
    (head) => head?.globalPosition === BigInt(last),
  );
  return streams * eventsEach;
}

/** Rows in a projection's table; 0 before a runner has created it (runners start in the background). */
const count = async (table: string) =>
  Number(
    (await pool.query(`SELECT count(*) AS n FROM ${table}`).catch((error) => (error.code === '42P01' ? { rows: [{ n: 0 }] } : Promise.reject(error)))).rows[0]
      .n,
  );
const totalEvents = async () => Number((await pool.query('SELECT count(*) AS n FROM events')).rows[0].n);
const fingerprint = async (table: string) =>
  (await pool.query(`SELECT md5(string_agg(event_id::text || stream_revision, ',' ORDER BY event_id)) AS h FROM ${table}`)).rows[0].h as string;

describe('catchUpProjection', () => {
  it('applies every event once, moving the checkpoint with the rows; a second run applies nothing', async () => {
    const projection = seenEventsProjection('seen_catch_up');
    await appendStreams(5, 20);
    const applied = await catchUpProjection(pool, store, projection);
    expect(applied).toBe(await totalEvents());
    expect(await count('seen_catch_up')).toBe(applied);
    expect(await catchUpProjection(pool, store, projection)).toBe(0);
    const { position } = await activeGeneration(pool, 'seen_catch_up');
    const head = await store.readHead();
    expect(position).toBe(`${head!.position.commit}/${head!.position.prepare}`);
  });

  it('rolls back the rows with the checkpoint when a batch fails', async () => {
    const projection = seenEventsProjection('seen_failing');
    await ensureProjection(pool, projection);
    // Pre-insert a row the projection will insert again: its batch must fail as a whole.
    const [first] = await store.readAll({ maxCount: 1 });
    await pool.query('INSERT INTO seen_failing_g1 VALUES ($1, $2, $3, $4)', [first.id, first.streamId, first.streamRevision, first.globalPosition.toString()]);
    await expect(catchUpProjection(pool, store, projection)).rejects.toThrow(/duplicate key/);
    expect(await count('seen_failing')).toBe(1);
    expect((await activeGeneration(pool, 'seen_failing')).position).toBeNull();
  });
});

describe('ensureProjection', () => {
  it('sets a projection up once, and then returns without waiting for the set-up lock that other projections may hold', async () => {
    const projection = seenEventsProjection('seen_ensure');
    await ensureProjection(pool, projection);
    const holder = await pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock(7411, 0)'); // another process setting something up
      // A takeover must not queue behind it (13 projections taken over at once did, one after the other).
      const started = Date.now();
      await ensureProjection(pool, projection);
      expect(Date.now() - started).toBeLessThan(1000);
      // A projection not yet set up does wait for the lock, and is set up once it is released.
      const other = seenEventsProjection('seen_ensure_other');
      let done = false;
      const setUp = ensureProjection(pool, other).then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(done).toBe(false);
      await holder.query('COMMIT');
      await setUp;
      expect(await activeGeneration(pool, 'seen_ensure_other')).toEqual({ generation: 1, position: null });
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      holder.release();
    }
  });
});

describe('ProjectionRunner', () => {
  it('follows live appends, with exactly one owner among three runners, and a standby takes over when the owner dies', async () => {
    const projection = seenEventsProjection('seen_live');
    const runners = [0, 1, 2].map(() => new ProjectionRunner(pool, store, projection, { takeOverIntervalMs: 100 }));
    runners.forEach((runner) => runner.start());
    try {
      await appendStreams(4, 10);
      await eventually(
        () => count('seen_live'),
        async (n) => n === (await totalEvents()),
      );
      expect(await count('seen_live')).toBe(await totalEvents());
      expect(runners.filter((runner) => runner.isOwner)).toHaveLength(1);

      // Kill the owner's connection as a crashed process would lose it.
      const owner = runners.find((runner) => runner.isOwner)!;
      await pool.query(`SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND classid = 7412 AND granted`);
      await appendStreams(4, 10);
      const total = await totalEvents();
      const seen = await eventually(
        () => count('seen_live'),
        (n) => n === total,
      );
      expect(seen).toBe(total);
      await eventually(
        async () => runners.filter((runner) => runner.isOwner).length,
        (n) => n === 1,
      );
      expect(runners.filter((runner) => runner.isOwner)).toHaveLength(1);
      void owner;

      const [status] = (await projectionStatus(pool, store)).filter((s) => s.name === 'seen_live');
      expect(status).toMatchObject({ name: 'seen_live', positionsBehind: 0, secondsBehind: 0, owned: true, eventsApplied: total });
    } finally {
      await Promise.all(runners.map((runner) => runner.stop()));
    }
  });

  it('reports lag while no runner is running', async () => {
    const projection = seenEventsProjection('seen_lagging');
    await ensureProjection(pool, projection);
    const [status] = (await projectionStatus(pool, store, new Date(Date.now() + 60_000))).filter((s) => s.name === 'seen_lagging');
    expect(status.positionsBehind).toBeGreaterThan(0);
    expect(status.secondsBehind).toBeGreaterThan(59);
    expect(status.owned).toBe(false);
  });
  it('counts an event held back behind a transaction open elsewhere as not yet applied', async () => {
    const projection = seenEventsProjection('seen_held_back');
    await appendStreams(1, 2);
    await catchUpProjection(pool, store, projection);
    const blocker = await pool.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT txid_current()'); // an older transaction, still open: $all stops below it
      await store.appendToStream(`test-${randomUUID()}`, [event()], { expectedRevision: 'no_stream' }); // committed, held back
      const held = await store.readNewest();
      expect((await store.readHead())?.id).not.toBe(held?.id);
      const [status] = (await projectionStatus(pool, store)).filter((s) => s.name === 'seen_held_back');
      expect(status.positionsBehind).toBeGreaterThan(0);
    } finally {
      await blocker.query('ROLLBACK');
      blocker.release();
    }
    await catchUpProjection(pool, store, projection);
    const [status] = (await projectionStatus(pool, store)).filter((s) => s.name === 'seen_held_back');
    expect(status).toMatchObject({ positionsBehind: 0, secondsBehind: 0 });
  });
});

describe('rebuildProjection', () => {
  it('builds a new generation equal to the incremental one and switches the view, while the live runner keeps writing', async () => {
    const projection = seenEventsProjection('seen_rebuilt');
    const runner = new ProjectionRunner(pool, store, projection, { takeOverIntervalMs: 100 });
    runner.start();
    try {
      await appendStreams(3, 10);
      await eventually(
        () => count('seen_rebuilt'),
        async (n) => n === (await totalEvents()),
      );
      const writing = appendStreams(6, 30); // appends during the rebuild
      const progress: number[] = [];
      const result = await rebuildProjection(pool, store, projection, { batchSize: 50, progressIntervalMs: 0, onProgress: (p) => progress.push(p.applied) });
      await writing;
      expect(result.generation).toBe(2);
      expect(progress.length).toBeGreaterThan(1);
      expect((await activeGeneration(pool, 'seen_rebuilt')).generation).toBe(2);
      const total = await totalEvents();
      // The runner notices the switch and carries on in generation 2.
      expect(
        await eventually(
          () => count('seen_rebuilt'),
          (n) => n === total,
        ),
      ).toBe(total);
      const incremental = seenEventsProjection('seen_incremental');
      await catchUpProjection(pool, store, incremental);
      expect(await fingerprint('seen_rebuilt')).toBe(await fingerprint('seen_incremental'));
      const old = await pool.query(`SELECT to_regclass('seen_rebuilt_g1') AS t`);
      expect(old.rows[0].t).toBeNull();
    } finally {
      await runner.stop();
    }
  });

  it('rebuilds several projections from one read of $all, each equal to its incremental one, with its secondary indexes built after the rows', async () => {
    // seen_events with a secondary index, which the rebuild sets aside while it loads and creates again before the switch.
    const indexed = (name: string): Projection => {
      const base = seenEventsProjection(name);
      return {
        ...base,
        async createTables(sql, tables) {
          await base.createTables(sql, tables);
          await sql.query(`CREATE INDEX ${tables[name]}_stream_idx ON ${tables[name]} (stream_id, stream_revision)`);
        },
      };
    };
    const projections = ['seen_together_a', 'seen_together_b', 'seen_together_c'].map(indexed);
    await appendStreams(4, 25);
    let reads = 0;
    const counting = Object.assign(Object.create(store) as PostgresEventStore, {
      readAll: (options: Parameters<PostgresEventStore['readAll']>[0]) => {
        reads++;
        return store.readAll(options);
      },
    });
    const total = await totalEvents();
    const results = await rebuildProjections(pool, counting, projections, { batchSize: 20, writers: 2 });
    expect(results.map((r) => [r.projection, r.generation])).toEqual([
      ['seen_together_a', 2],
      ['seen_together_b', 2],
      ['seen_together_c', 2],
    ]);
    // One pass over $all for the three (plus the empty read that ends it and each switch's look for a tail), not three.
    expect(reads).toBeLessThanOrEqual(Math.ceil(total / 20) + 1 + projections.length * 2);
    const incremental = seenEventsProjection('seen_together_incremental');
    await catchUpProjection(pool, store, incremental);
    for (const projection of projections) {
      expect(await fingerprint(projection.name)).toBe(await fingerprint('seen_together_incremental'));
      const index = await pool.query(`SELECT indexdef FROM pg_indexes WHERE indexname = $1`, [`${projection.name}_g2_stream_idx`]);
      expect(index.rows).toEqual([{ indexdef: expect.stringContaining('(stream_id, stream_revision)') }]);
      const checkpoint = await pool.query(`SELECT events_applied FROM projection_checkpoints WHERE projection = $1 AND generation = 2`, [projection.name]);
      expect(Number(checkpoint.rows[0].events_applied)).toBe(results[0].events);
    }
  });

  it('refuses a second rebuild of the same projection while one runs', async () => {
    const projection = seenEventsProjection('seen_twice');
    await appendStreams(1, 3);
    // The first rebuild holds its lock and waits at its first read of $all until the second has been refused.
    let reading!: () => void;
    const firstReads = new Promise<void>((resolve) => (reading = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated = Object.assign(Object.create(store) as PostgresEventStore, {
      readAll: async (options: Parameters<PostgresEventStore['readAll']>[0]) => {
        reading();
        await gate;
        return store.readAll(options);
      },
    });
    const first = rebuildProjection(pool, gated, projection, { batchSize: 10 });
    await firstReads;
    await expect(rebuildProjection(pool, store, projection, { batchSize: 10 })).rejects.toBeInstanceOf(RebuildAlreadyRunning);
    release();
    expect((await first).generation).toBe(2);
  });

  it("ends with an error, not a crash of the process, when the server ends a writer's connection", async () => {
    const projection = seenEventsProjection('seen_cut_off');
    await appendStreams(2, 20);
    const rebuildPool = createTestPool(database.url, 5, { application_name: 'rebuild-cut-off' });
    const rebuildStore = new PostgresEventStore(rebuildPool, { pollIntervalMs: 50 });
    let reads = 0;
    // At the third read of $all the writer has written once: the server then ends every connection of the rebuild's pool.
    const cutting = Object.assign(Object.create(rebuildStore) as PostgresEventStore, {
      readAll: async (options: Parameters<PostgresEventStore['readAll']>[0]) => {
        if (++reads === 3) {
          await pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'rebuild-cut-off'`);
        }
        return rebuildStore.readAll(options);
      },
    });
    try {
      await expect(rebuildProjection(rebuildPool, cutting, projection, { batchSize: 5, maxHeldRows: 5 })).rejects.toThrow(/terminat|Connection/i);
    } finally {
      await rebuildStore.close();
      await rebuildPool.end();
    }
  });
});
