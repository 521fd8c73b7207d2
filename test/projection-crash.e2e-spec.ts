import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Pool } from 'pg';
import { PostgresEventStore } from '@civic/event-store';
import { applyMigrations, WorkingDayCalendar } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { allProjections, rebuildProjection } from '@civic/projections';
import { eventually } from './support/eventually';
import { appendInterleaved, ideaLifecycles } from './support/idea-lifecycles';
import { seedReferenceData } from '@civic/casework';

const WORKER = resolve(__dirname, '../dist/apps/worker/main.js');
const calendar = new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' });
const projections = allProjections(calendar);

let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;

beforeAll(async () => {
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run npm run build first (npm test does)`);
  database = await createTestDatabase('projection_crash');
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 12, { options: '-c idle_in_transaction_session_timeout=5000' });
  await seedReferenceData(pool);
  store = new PostgresEventStore(pool, { pollIntervalMs: 100 });
});
afterAll(async () => {
  await store.close();
  await pool.end();
  await database.drop();
});

function startWorker(): ChildProcess {
  // Small batches make the run long enough to be killed in the middle of it, many times.
  return spawn(process.execPath, [WORKER], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: 'redis://127.0.0.1:6379',
      PROJECTION_BATCH_SIZE: '7',
      WORKER_TASKS: 'projections',
    },
    stdio: ['ignore', process.env.CRASH_TEST_LOG ? 'inherit' : 'ignore', process.env.CRASH_TEST_LOG ? 'inherit' : 'ignore'],
  });
}

const applied = async () =>
  (
    await pool.query<{ name: string; n: string }>(
      `SELECT p.name, c.events_applied AS n FROM projections p JOIN projection_checkpoints c ON c.projection = p.name AND c.generation = p.active_generation`,
    )
  ).rows.map((row) => Number(row.n));

/** A digest of each read model's rows, in a stable order. */
async function checksums(): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const projection of projections) {
    for (const table of projection.tables) {
      const { rows } = await pool.query(`SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM ${table} t`);
      sums[table] = `${rows[0].n}:${rows[0].sum}`;
    }
  }
  return sums;
}

it('after SIGKILLs at random moments and a restart, every read model equals a fresh rebuild', async () => {
  expect(projections.length).toBeGreaterThanOrEqual(3);
  const total = await appendInterleaved(store, ideaLifecycles(500, 7));
  expect(total).toBeGreaterThan(2500);
  const last = (await pool.query('SELECT max(global_position) AS p FROM events')).rows[0].p as string;
  await eventually(
    () => store.readHead(),
    (head) => head?.globalPosition === BigInt(last),
    30_000,
  );

  let kills = 0;
  for (let i = 0; i < 4; i++) {
    const before = await applied();
    const worker = startWorker();
    // Wait until it has made progress on every projection (or finished), then kill it without warning.
    await eventually(applied, (now) => now.length === projections.length && now.every((n, j) => n > (before[j] ?? 0) || n === total), 30_000);
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 150));
    worker.kill('SIGKILL');
    await new Promise((resolve) => worker.once('exit', resolve));
    kills++;
    const after = await applied();
    if (after.every((n) => n === total)) break;
  }
  expect(kills).toBeGreaterThanOrEqual(2);

  // Two workers: the first owns the projections; kill it and the standby must finish the work.
  const more = await appendInterleaved(store, ideaLifecycles(300, 11, Date.parse('2026-06-01T08:00:00Z'), 501));
  const all = total + more;
  const lastMore = (await pool.query('SELECT max(global_position) AS p FROM events')).rows[0].p as string;
  await eventually(
    () => store.readHead(),
    (head) => head?.globalPosition === BigInt(lastMore),
    30_000,
  );
  const owner = startWorker();
  const standby = startWorker();
  try {
    const before = await applied();
    await eventually(applied, (now) => now.every((n, j) => n > before[j]), 30_000);
    owner.kill('SIGKILL');
    await new Promise((resolve) => owner.once('exit', resolve));
    const atKill = await applied();
    expect(Math.min(...atKill)).toBeLessThan(all); // the standby had something left to take over
    const done = await eventually(applied, (now) => now.every((n) => n === all), 60_000);
    expect(done).toEqual(projections.map(() => all));
  } finally {
    standby.kill('SIGTERM');
    await new Promise((resolve) => standby.once('exit', resolve));
  }
  const incremental = await checksums();

  // Small limits, so the rebuild's bulk path writes many times and reads its own rows back.
  for (const projection of projections) await rebuildProjection(pool, store, projection, { batchSize: 100, maxHeldRows: 50 });
  expect(await checksums()).toEqual(incremental);
  // The ideas' read models have rows (the history holds ideas only: supports, initiatives and ballots stay empty).
  expect(['department_inbox', 'public_status', 'response_times', 'response_time_histograms'].filter((table) => incremental[table].startsWith('0:'))).toEqual(
    [],
  );
}, 180_000);
