import type { Pool, PoolClient } from 'pg';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { BuildQueue } from './build-queue';
import { deferSecondaryIndexes } from './deferred-indexes';

let database: TestDatabase;
let pool: Pool;

beforeAll(async () => {
  database = await createTestDatabase('build_queue');
  pool = createTestPool(database.url, 6);
});
afterAll(async () => {
  await pool.end();
  await database.drop();
});

async function clients(count: number): Promise<PoolClient[]> {
  return Promise.all(Array.from({ length: count }, () => pool.connect()));
}

/** A loaded table whose expression index and derived key were set aside, as a rebuild's new generation is. */
async function loadedTable(name: string) {
  await pool.query(`CREATE TABLE ${name} (id integer PRIMARY KEY, code text NOT NULL)`);
  await pool.query(`CREATE INDEX ${name}_folded ON ${name} (lower(code))`);
  await pool.query(`CREATE TABLE ${name}_pairs (code text NOT NULL, id integer NOT NULL, PRIMARY KEY (code, id))`);
  const deferred = await deferSecondaryIndexes(pool, [name, `${name}_pairs`], [`${name}_pairs`]);
  await pool.query(`INSERT INTO ${name} SELECT n, 'Code' || (n % 50) FROM generate_series(1, 5000) n`);
  await pool.query(`INSERT INTO ${name}_pairs SELECT code, id FROM ${name}`);
  return deferred;
}

const indexesOf = async (table: string) =>
  (await pool.query<{ name: string }>(`SELECT indexrelid::regclass::text AS name FROM pg_index WHERE indrelid = $1::regclass ORDER BY 1`, [table])).rows.map(
    (row) => row.name,
  );

describe('BuildQueue', () => {
  it('builds the deferred indexes and keys of a loaded generation, then analyzes each table after its indexes', async () => {
    const deferred = await loadedTable('loaded');
    expect(deferred.map((index) => [index.table, index.name])).toEqual([
      ['loaded', 'loaded_folded'],
      ['loaded_pairs', 'loaded_pairs_pkey'],
    ]);
    expect(await indexesOf('loaded_pairs')).toEqual([]);
    const workers = await clients(2);
    try {
      const queue = new BuildQueue();
      queue.start(workers);
      queue.addGeneration(['loaded', 'loaded_pairs'], deferred);
      await queue.finish();
    } finally {
      for (const worker of workers) worker.release();
    }
    expect(await indexesOf('loaded')).toEqual(['loaded_folded', 'loaded_pkey']);
    expect(await indexesOf('loaded_pairs')).toEqual(['loaded_pairs_pkey']);
    // ANALYZE gathers an expression's statistics only when its index exists: it ran after the index was built.
    const { rows } = await pool.query(
      `SELECT tablename FROM pg_stats WHERE tablename IN ('loaded', 'loaded_folded', 'loaded_pairs') GROUP BY tablename ORDER BY 1`,
    );
    expect(rows.map((row) => row.tablename)).toEqual(['loaded', 'loaded_folded', 'loaded_pairs']);
  });

  it('fails with the first build that fails, and skips the analysis of a table whose indexes were not all built', async () => {
    await pool.query(`CREATE TABLE broken (id integer NOT NULL)`);
    await pool.query(`INSERT INTO broken SELECT n % 1000 FROM generate_series(1, 20000) n`);
    const workers = await clients(2);
    try {
      const queue = new BuildQueue();
      queue.start(workers);
      queue.addGeneration(
        ['broken'],
        [
          { table: 'broken', name: 'broken_id', definition: 'CREATE INDEX broken_id ON broken (id)' },
          { table: 'broken', name: 'broken_pkey', definition: 'ALTER TABLE broken ADD CONSTRAINT broken_pkey PRIMARY KEY (id)' },
        ],
      );
      await expect(queue.finish()).rejects.toThrow(/could not create unique index/);
      await queue.settled();
    } finally {
      for (const worker of workers) worker.release();
    }
    expect(await indexesOf('broken')).not.toContain('broken_pkey');
    expect((await pool.query(`SELECT 1 FROM pg_stats WHERE tablename = 'broken'`)).rowCount).toBe(0);
  });
});
