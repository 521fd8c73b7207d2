/**
 * Append throughput/latency benchmark of the PostgreSQL event store adapter
 * (libs/event-store/src/postgres), optionally compared with Emmett's
 * PostgreSQL event store on the same server.
 *
 * Phases (each: ~1 s warm-up, then BENCH_SECONDS of measurement):
 *   single    8 writers, 1 event per append, exact expected revision tracked
 *             locally (no re-read), like a command handler that already loaded
 *             the stream. Each writer owns its streams and opens a new one every
 *             BENCH_APPENDS_PER_STREAM appends (the first append is 'no_stream').
 *   batch100  the same with 100 events per append.
 *   emmett    the `single` workload against @event-driven-io/emmett-postgresql
 *             (expectedStreamVersion), in its own database.
 *
 * Each store gets a fresh database (bench_append_<random>), created from
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
 * and dropped at the end.
 *
 * Run:   npm run bench:append
 *   or:  node -r @swc-node/register bench/append.ts
 * Env:   BENCH_SECONDS (default 15), BENCH_WRITERS (8), BENCH_APPENDS_PER_STREAM (10),
 *        BENCH_DATABASE_URL, BENCH_SKIP_EMMETT=1.
 * Output: exactly one JSON line on stdout; progress goes to stderr.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { POSTGRES_EVENT_STORE_SCHEMA, PostgresEventStore, type EventMetadata, type EventToAppend, type ExpectedRevision } from '../libs/event-store/src/index';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = positiveNumber('BENCH_SECONDS', 15);
const WRITERS = positiveNumber('BENCH_WRITERS', 8);
const APPENDS_PER_STREAM = positiveNumber('BENCH_APPENDS_PER_STREAM', 10);
const WARMUP_SECONDS = 1;
const BATCH_SIZE = 100;
/** One connection per writer: each writer has at most one append in flight. */
const POOL_MAX = WRITERS;

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

function log(message: string): void {
  process.stderr.write(`[bench:append] ${message}\n`);
}

// ---------------------------------------------------------------------------
// Databases

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const createdDatabases: string[] = [];

async function createDatabase(prefix: string): Promise<string> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  createdDatabases.push(name);
  return name;
}

async function dropDatabases(): Promise<void> {
  if (createdDatabases.length === 0) return;
  await withAdmin(async (admin) => {
    for (const name of createdDatabases.splice(0)) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch((error: unknown) => {
        log(`could not drop ${name}: ${String(error)}`);
      });
    }
  });
}

function newPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: POOL_MAX });
  // pool.end() resolves before its connections are gone; DROP DATABASE ... WITH (FORCE)
  // may then kill one, which must not crash the run.
  pool.on('error', (error) => log(`pool: ${error.message}`));
  return pool;
}

/** Flush dirty pages before a phase so a checkpoint triggered by the previous one does not land in it. */
async function checkpoint(): Promise<void> {
  await withAdmin((admin) => admin.query('CHECKPOINT')).catch(() => undefined);
}

// ---------------------------------------------------------------------------
// Workload

function metadata(writer: number, n: number): EventMetadata {
  return {
    correlationId: `00000000-0000-4000-8000-${String(writer).padStart(4, '0')}${String(n % 1e8).padStart(8, '0')}`,
    causationId: null,
    actor: 'citizen',
    occurredAt: new Date().toISOString(),
    schemaVersion: 1,
  };
}

function ideaEvent(writer: number, n: number): EventToAppend {
  return {
    type: 'IdeaCommentAdded',
    data: {
      ideaId: `idea-${writer}-${n}`,
      commentId: `comment-${n}`,
      author: { kind: 'citizen', displayName: 'A. Citizen', district: 'Nord' },
      text: 'Could the new bike lane continue past the school? Crossing there is dangerous at 8am.',
      tags: ['mobility', 'safety'],
    },
    metadata: metadata(writer, n),
  };
}

/** One append; resolves to the number of events appended. */
type Append = () => Promise<number>;

interface Measured {
  events: number;
  appends: number;
  seconds: number;
  latenciesMs: number[];
}

/**
 * Runs WRITERS loops of `append` for WARMUP_SECONDS + SECONDS. Counted: appends
 * that complete inside the measurement window (those are the latencies too).
 */
async function runPhase(label: string, makeWriter: (writer: number) => Append): Promise<Measured> {
  await checkpoint();
  log(`${label}: ${WRITERS} writers, warm-up ${WARMUP_SECONDS}s, measuring ${SECONDS}s`);
  const latenciesMs: number[] = [];
  let events = 0;
  let appends = 0;
  const startedAt = performance.now();
  const measureFrom = startedAt + WARMUP_SECONDS * 1000;
  const measureTo = measureFrom + SECONDS * 1000;

  const loops = Array.from({ length: WRITERS }, async (_, writer) => {
    const append = makeWriter(writer);
    for (;;) {
      const t0 = performance.now();
      if (t0 >= measureTo) return;
      const n = await append();
      const t1 = performance.now();
      if (t1 >= measureFrom && t1 <= measureTo) {
        latenciesMs.push(t1 - t0);
        events += n;
        appends += 1;
      }
    }
  });
  await Promise.all(loops);
  return { events, appends, seconds: SECONDS, latenciesMs };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

function summarize(measured: Measured, withAppends: boolean) {
  const sorted = Float64Array.from(measured.latenciesMs).sort();
  const asArray = Array.from(sorted);
  return {
    eventsPerSec: Math.round(measured.events / measured.seconds),
    ...(withAppends ? { appendsPerSec: round(measured.appends / measured.seconds, 1) } : {}),
    p50Ms: round(percentile(asArray, 50), 3),
    p99Ms: round(percentile(asArray, 99), 3),
  };
}

// ---------------------------------------------------------------------------
// Our adapter

/** A writer that owns its streams and tracks each one's revision locally. */
function ourWriter(store: PostgresEventStore, phase: string, writer: number, eventsPerAppend: number): Append {
  let streamNo = 0;
  let streamId = '';
  let appendsInStream = APPENDS_PER_STREAM;
  let expected: ExpectedRevision = 'no_stream';
  let n = 0;
  return async () => {
    if (appendsInStream >= APPENDS_PER_STREAM) {
      streamId = `idea-${phase}-w${writer}-${streamNo++}`;
      appendsInStream = 0;
      expected = 'no_stream';
    }
    const events = Array.from({ length: eventsPerAppend }, () => ideaEvent(writer, n++));
    const result = await store.appendToStream(streamId, events, { expectedRevision: expected });
    expected = result.nextExpectedRevision;
    appendsInStream += 1;
    return events.length;
  };
}

async function benchOurs() {
  const database = await createDatabase('bench_append');
  const pool = newPool(databaseUrl(database));
  try {
    await pool.query(POSTGRES_EVENT_STORE_SCHEMA);
    const store = new PostgresEventStore(pool);
    const single = summarize(await runPhase('ours single', (w) => ourWriter(store, 'single', w, 1)), false);
    log(`ours single: ${JSON.stringify(single)}`);
    const batch100 = summarize(await runPhase(`ours batch${BATCH_SIZE}`, (w) => ourWriter(store, 'batch', w, BATCH_SIZE)), true);
    log(`ours batch${BATCH_SIZE}: ${JSON.stringify(batch100)}`);
    await store.close();
    return { single, batch100 };
  } finally {
    await pool.end();
  }
}

// ---------------------------------------------------------------------------
// Emmett

async function benchEmmett() {
  // ESM package with a CJS build; import() works with either.
  const emmett = await import('@event-driven-io/emmett-postgresql');
  const database = await createDatabase('bench_append_emmett');
  const connectionString = databaseUrl(database);
  const pool = newPool(connectionString);
  try {
    const store = emmett.getPostgreSQLEventStore(connectionString, { connectionOptions: { pool } });
    await store.schema.migrate();
    const single = summarize(
      await runPhase('emmett single', (writer) => {
        let streamNo = 0;
        let streamName = '';
        let appendsInStream = APPENDS_PER_STREAM;
        let expected = 0n; // Emmett: 0 = the stream does not exist yet
        let n = 0;
        return async () => {
          if (appendsInStream >= APPENDS_PER_STREAM) {
            streamName = `idea-single-w${writer}-${streamNo++}`;
            appendsInStream = 0;
            expected = 0n;
          }
          const event = ideaEvent(writer, n++);
          const result = await store.appendToStream(
            streamName,
            [{ type: event.type, data: event.data as Record<string, unknown>, metadata: { ...event.metadata } }],
            { expectedStreamVersion: expected },
          );
          expected = result.nextExpectedStreamVersion;
          appendsInStream += 1;
          return 1;
        };
      }),
      false,
    );
    log(`emmett single: ${JSON.stringify(single)}`);
    await store.close();
    return { single };
  } finally {
    await pool.end();
  }
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const postgres = await withAdmin(async (admin) => {
    const { rows } = await admin.query<{ server_version: string }>('SHOW server_version');
    return rows[0].server_version.split(' ')[0];
  });
  log(`PostgreSQL ${postgres}, node ${process.version}, pool max ${POOL_MAX}`);

  const ours = await benchOurs();

  let emmett: { single: ReturnType<typeof summarize> } | { skipped: string };
  if (process.env.BENCH_SKIP_EMMETT === '1') {
    emmett = { skipped: 'BENCH_SKIP_EMMETT=1' };
  } else {
    try {
      emmett = await benchEmmett();
    } catch (error) {
      log(`emmett failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      emmett = { skipped: `failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  const result = {
    bench: 'append',
    seconds: SECONDS,
    writers: WRITERS,
    poolMax: POOL_MAX,
    appendsPerStream: APPENDS_PER_STREAM,
    single: ours.single,
    batch100: ours.batch100,
    emmett,
    ratioSingleOursToEmmett: 'single' in emmett ? round(ours.single.eventsPerSec / emmett.single.eventsPerSec, 2) : null,
    node: process.version,
    postgres,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

let cleaning: Promise<void> | null = null;
const cleanup = () => (cleaning ??= dropDatabases());

process.once('SIGINT', () => {
  log('interrupted: dropping databases');
  void cleanup().finally(() => process.exit(130));
});

main()
  .catch((error: unknown) => {
    log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => cleanup());
