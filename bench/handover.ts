/**
 * Handover between workers: two built workers (dist/apps/worker/main.js, the
 * projections and the jobs each) on one fresh database, events arriving at a
 * steady rate; the worker that owns every projection and the reactor is
 * killed (SIGKILL) --kills times (default 3), restarted each time as the new
 * standby. Per kill: when the survivor holds every owner lock (advisory locks,
 * pg_locks), when every projection has written its first batch after the
 * kill, and when the reactor has (checkpoints' updated_at, polled every 10 ms).
 * All from the moment SIGKILL was sent.
 *
 * Runs on a fresh bench_handover_<random> database (seeded, dropped at the end)
 * on BENCH_DATABASE_URL's server, jobs on BENCH_REDIS_URL under their own
 * prefix. Needs `npm run build` first.
 *
 * Run:    npm run -s bench:handover [-- --kills 3 --rate 10]
 * Output: one JSON line on stdout; progress on stderr.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PostgresEventStore } from '../libs/event-store/src/index';
import { applyMigrations, createQueue, queueBackend, WorkingDayCalendar } from '../libs/platform/src/index';
import { allProjections, OWNER_LOCK_CLASS } from '../libs/projections/src/index';
import { QUEUES, REACTOR_LOCK_CLASS, seedReferenceData } from '../libs/casework/src/index';
import { ideaLifecycles } from '../test/support/idea-lifecycles';
import { numberFlag, postgresVersion, withClient } from './support/bench-cli';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const args = process.argv.slice(2);
const KILLS = numberFlag(args, 'kills', 3, { integer: true });
/** Ideas per second appended while the workers run (about six events each). */
const RATE = numberFlag(args, 'rate', 10);
const HISTORY = 500;
const POLL_MS = 10;
const OWNER_LOCKS = allProjections(new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' })).length + 1;

const log = (message: string) => process.stderr.write(`[bench:handover] ${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Worker {
  readonly child: ChildProcess;
  output: string;
}

interface Sample {
  readonly lockMs: number;
  readonly firstBatchMs: number;
  readonly reactorMs: number;
}

async function main(): Promise<void> {
  const name = `bench_handover_${randomBytes(4).toString('hex')}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  await withClient(ADMIN_URL, (c) => c.query(`CREATE DATABASE ${name}`));
  const secrets = mkdtempSync(join(tmpdir(), 'bench-handover-'));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 6 });
  const store = new PostgresEventStore(pool);
  const workers: Worker[] = [];
  let appending = true;
  let appender: Promise<void> = Promise.resolve();
  try {
    await applyMigrations(databaseUrl);
    await seedReferenceData(pool);
    const start = (): Worker => {
      const child = spawn(process.execPath, ['dist/apps/worker/main.js'], {
        env: {
          ...process.env,
          NODE_ENV: 'development',
          DATABASE_URL: databaseUrl,
          REDIS_URL,
          QUEUE_PREFIX: name,
          DEVELOPMENT_SECRETS_DIR: secrets,
          DEVELOPMENT_MAILBOX_DIR: join(secrets, 'mails'),
          LOG_FORMAT: 'json',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const worker: Worker = { child, output: '' };
      child.stdout!.on('data', (chunk) => (worker.output += chunk));
      child.stderr!.on('data', (chunk) => (worker.output += chunk));
      workers.push(worker);
      return worker;
    };
    const until = async (what: string, check: () => Promise<boolean> | boolean, ms = 60_000) => {
      for (const started = Date.now(); !(await check()); await sleep(POLL_MS)) if (Date.now() - started > ms) throw new Error(`${what}: not within ${ms} ms`);
    };
    const ownerPids = async () =>
      (
        await pool.query<{ pid: number }>(`SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = ANY($1::int[]) AND objsubid = 2`, [
          [OWNER_LOCK_CLASS, REACTOR_LOCK_CLASS],
        ])
      ).rows.map((row) => row.pid);
    const ready = (worker: Worker) => until('a worker ready', () => worker.output.includes('Worker ready'));

    // Ideas from now on: their deadlines lie ahead, so the timers wait instead of firing during the run.
    let number = 1;
    const appendIdeas = async (count: number) => {
      for (const idea of ideaLifecycles(count, number, Date.now(), number)) {
        const events = idea.events.map((event) => ({
          type: event.type,
          data: event.data,
          metadata: { correlationId: randomUUID(), causationId: null, actor: 'bench', occurredAt: event.data.at, schemaVersion: 1 },
        }));
        await store.appendToStream(idea.streamId, events, { expectedRevision: 'no_stream' });
      }
      number += count;
    };
    await appendIdeas(HISTORY);
    let owner = start();
    await ready(owner);
    await until('the first worker owning everything', async () => (await ownerPids()).length === OWNER_LOCKS);
    let standby = start();
    await ready(standby);
    appender = (async () => {
      while (appending) {
        await appendIdeas(1);
        await sleep(1000 / RATE);
      }
    })();

    const samples: Sample[] = [];
    for (let kill = 1; kill <= KILLS; kill++) {
      await sleep(2000); // the standby has checked its tables; the owner is following the live appends
      const before = new Set(await ownerPids());
      if (before.size !== OWNER_LOCKS) throw new Error(`${before.size} owner locks held before kill ${kill}, expected ${OWNER_LOCKS}`);
      const { rows } = await pool.query<{ now: Date }>('SELECT clock_timestamp() AS now');
      const killedAt = Date.now();
      owner.child.kill('SIGKILL');
      let lockMs = -1;
      let firstBatchMs = -1;
      let reactorMs = -1;
      await until(`kill ${kill}: the other worker owning and writing`, async () => {
        const ms = Date.now() - killedAt;
        if (lockMs < 0 && (await ownerPids()).filter((pid) => !before.has(pid)).length === OWNER_LOCKS) lockMs = ms;
        const { rows: moved } = await pool.query<{ projected: number; reacted: number }>(
          `SELECT (SELECT count(*)::int FROM projections p JOIN projection_checkpoints c ON c.projection = p.name AND c.generation = p.active_generation
                    WHERE c.updated_at > $1) AS projected,
                  (SELECT count(*)::int FROM reactor_checkpoints WHERE updated_at > $1) AS reacted`,
          [rows[0].now],
        );
        if (firstBatchMs < 0 && moved[0].projected === OWNER_LOCKS - 1) firstBatchMs = ms;
        if (reactorMs < 0 && moved[0].reacted === 1) reactorMs = ms;
        return lockMs >= 0 && firstBatchMs >= 0 && reactorMs >= 0;
      });
      samples.push({ lockMs, firstBatchMs, reactorMs });
      log(
        `kill ${kill}: every owner lock taken after ${lockMs} ms, every projection's first batch after ${firstBatchMs} ms, the reactor's after ${reactorMs} ms`,
      );
      [owner, standby] = [standby, start()];
      await ready(standby);
    }
    appending = false;
    await appender;

    const summary = (key: keyof Sample) => {
      const values = samples.map((sample) => sample[key]).sort((a, b) => a - b);
      return { median: values[Math.floor(values.length / 2)], max: values[values.length - 1] };
    };
    const { rows: counted } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM events');
    console.log(
      JSON.stringify({
        bench: 'handover',
        kills: KILLS,
        ideasPerSec: RATE,
        events: Number(counted[0].n),
        ownerLocks: OWNER_LOCKS,
        lockMs: summary('lockMs'),
        firstBatchMs: summary('firstBatchMs'),
        reactorMs: summary('reactorMs'),
        samples,
        postgres: await postgresVersion(ADMIN_URL),
        loadavg: loadavg().map((value) => Math.round(value * 100) / 100),
      }),
    );
  } finally {
    appending = false;
    await appender.catch(() => undefined);
    for (const { child } of workers) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await sleep(200);
    // The jobs' keys in the shared Redis, under this run's prefix.
    for (const queueName of QUEUES) {
      const queue = createQueue(queueName, queueBackend({ redisUrl: REDIS_URL, databaseUrl }), { prefix: name });
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
    await store.close();
    await pool.end();
    await withClient(ADMIN_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    rmSync(secrets, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
