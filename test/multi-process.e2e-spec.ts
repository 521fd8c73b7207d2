import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Pool } from 'pg';
import { PostgresEventStore } from '@civic/event-store';
import { toIdeaEvent } from '@civic/ideas';
import { type AnyQueue, applyMigrations, createQueue, queueBackend, WorkingDayCalendar } from '@civic/platform';
import { createTestDatabase, createTestPool, freePort, type TestDatabase } from '@civic/platform/testing';
import { allProjections, OWNER_LOCK_CLASS, rebuildProjection } from '@civic/projections';
import { QUEUES, REACTOR_LOCK_CLASS, seedReferenceData } from '@civic/casework';
import { citizenMailOf, expectedMailKind, jobIdOf } from './support/citizen-mails';
import { eventually } from './support/eventually';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { createTestAuth, TEST_AUDIENCE, TEST_ISSUER } from './support/test-auth';

/**
 * Several of everything: two built API processes and two built workers on one
 * PostgreSQL and one Redis. Citizens submit and staff work the cases through
 * both APIs at once (some changes sent to both at the same moment), and the
 * worker that owns every projection and the reactor is killed (SIGKILL) in
 * the middle of it. The other worker takes over within seconds (measured and
 * printed), every read model equals a rebuild, every citizen mail arrives,
 * with one Message-ID, and no request fails but with 409/412 (a lost race)
 * or 503. Needs `npm run build` first (npm test does it).
 */
const API = resolve(__dirname, '../dist/apps/api/main.js');
const WORKER = resolve(__dirname, '../dist/apps/worker/main.js');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Ideas go on coming until the other worker has taken over and projected; at most this many. */
const MAX_IDEAS = 150;
const LANES = 8;
/** Each lane waits this long before a request (someone reading and typing), so that the load lasts past the handover. */
const THINK_MS = 100;
/** Every RACE-th idea is assigned through both APIs at the same moment: one wins, the other is told 409 or 412. */
const RACE = 4;
const PII_MASTER_KEY = Buffer.alloc(32, 0x4d).toString('base64');
const TRACKING_TOKEN_SECRET = 'multi-process-tracking-secret-0123456789';
const calendar = new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' });
const projections = allProjections(calendar);
const OWNER_LOCKS = projections.length + 1; // and the one reactor

interface Started {
  readonly name: string;
  readonly child: ChildProcess;
  output: string;
}

let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
let smtp: SmtpSink;
let jwks: Server;
let queues: AnyQueue[] = [];
let secrets: string;
const processes: Started[] = [];

beforeAll(async () => {
  for (const file of [API, WORKER]) if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first (npm test does)`);
  mark('beforeAll');
  database = await createTestDatabase('multi_process');
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 4);
  await seedReferenceData(pool);
  store = new PostgresEventStore(pool, { pollIntervalMs: 100 });
  smtp = await startSmtpSink();
  queues = QUEUES.map((name) => createQueue(name, queueBackend({ redisUrl: REDIS_URL, databaseUrl: database.url }), { prefix: database.name }));
  secrets = mkdtempSync(join(tmpdir(), 'civic-multi-'));
}, 30_000);

afterAll(async () => {
  // The processes' JSON logs, to see where time went: MULTI_PROCESS_LOG=/tmp/multi-process.log.
  if (process.env.MULTI_PROCESS_LOG) writeFileSync(process.env.MULTI_PROCESS_LOG, processes.map(({ name, output }) => `--- ${name}\n${output}`).join('\n'));
  await Promise.all(processes.map(({ child }) => stop(child, 'SIGKILL')));
  await Promise.all(queues.map((queue) => queue.obliterate({ force: true }).catch(() => undefined)));
  await Promise.all(queues.map((queue) => queue.close()));
  await new Promise((done) => (jwks ? jwks.close(done) : done(undefined)));
  await smtp?.close();
  await store?.close();
  await pool?.end();
  await database?.drop();
  if (secrets) rmSync(secrets, { recursive: true, force: true });
}, 60_000);

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill(signal);
  await exited;
}

function start(name: string, file: string, env: Record<string, string>): Started {
  const child = spawn(process.execPath, [file], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_FORMAT: 'json',
      DATABASE_URL: database.url,
      REDIS_URL,
      QUEUE_PREFIX: database.name,
      SMTP_URL: smtp.url,
      PII_MASTER_KEY,
      TRACKING_TOKEN_SECRET,
      DEVELOPMENT_SECRETS_DIR: secrets,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const started: Started = { name, child, output: '' };
  child.stdout!.on('data', (chunk) => (started.output += chunk));
  child.stderr!.on('data', (chunk) => (started.output += chunk));
  processes.push(started);
  return started;
}

/** What every process printed, for a failure's message. */
const outputs = () => processes.map(({ name, output }) => `--- ${name} (tail):\n${output.slice(-2500)}`).join('\n');

async function waitFor<T>(what: string, read: () => Promise<T>, until: (value: T) => boolean, ms: number): Promise<T> {
  const value = await eventually(read, until, ms);
  if (!until(value)) throw new Error(`${what}: not within ${ms} ms (last: ${JSON.stringify(value)})\n${outputs()}`);
  return value;
}

const ready = (started: Started, line: RegExp) =>
  waitFor(
    `${started.name} ready`,
    async () => started.output,
    (output) => line.test(output) || started.child.exitCode !== null,
    45_000,
  ).then(() => {
    if (started.child.exitCode !== null) throw new Error(`${started.name} exited (${started.child.exitCode})\n${outputs()}`);
  });

/** The backends holding a projection's or the reactor's owner lock. */
async function ownerLocks(): Promise<number[]> {
  const { rows } = await pool.query<{ pid: number }>(
    `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = ANY($1::int[]) AND objsubid = 2`,
    [[OWNER_LOCK_CLASS, REACTOR_LOCK_CLASS]],
  );
  return rows.map((row) => row.pid);
}

/** A digest of each read model's rows, in a stable order. */
async function checksums(): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const projection of projections)
    for (const table of projection.tables) {
      const { rows } = await pool.query(`SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM ${table} t`);
      sums[table] = `${rows[0].n}:${rows[0].sum}`;
    }
  return sums;
}

const address = (n: number) => `borger-${n}@example.dk`;
/** A citizen's idea that the seeded rules route at once (traffic in Amager Øst goes to TMF). */
const idea = (n: number) => ({
  title: `Sikker cykelsti nummer ${n}`,
  description: 'Børn cykler til skole på en smal vej med mange lastbiler.',
  category: 'traffic',
  district: 'amager-oest',
  language: 'en',
  channel: 'web',
  contact: { name: `Borger ${n}`, email: address(n) },
});

const began = Date.now();
const at: string[] = [];
const mark = (what: string) => at.push(`${what} ${((Date.now() - began) / 1000).toFixed(1)} s`);

it('two APIs and two workers: the owner worker killed mid-work, the other takes over in seconds; read models equal a rebuild, each mail arrives once', async () => {
  mark('test');
  const auth = await createTestAuth();
  jwks = createServer((_, response) => response.setHeader('Content-Type', 'application/json').end(JSON.stringify({ keys: [auth.publicJwk] })));
  const jwksPort = await freePort();
  await new Promise<void>((done) => jwks.listen(jwksPort, '127.0.0.1', done));
  const staffAuthorization = `Bearer ${await auth.token({ sub: 'handler-anna' })}`;

  const ports = [await freePort(), await freePort()];
  const apis = ports.map((port, i) =>
    start(`api-${i + 1}`, API, {
      PORT: String(port),
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      AUTH_JWKS_URL: `http://127.0.0.1:${jwksPort}/jwks`,
      AUTH_ISSUER: TEST_ISSUER,
      AUTH_AUDIENCE: TEST_AUDIENCE,
      DATABASE_POOL_SIZE: '5', // with two workers (about 20 connections each) well below a default max_connections of 100
      // 0: off. The counters live in the shared Redis under no prefix; this test must neither trip nor feed another's.
      RATE_LIMIT_SUBMIT_PER_MINUTE: '0',
      RATE_LIMIT_TRACK_PER_MINUTE: '0',
    }),
  );
  const workerEnv = { PUBLIC_BASE_URL: `http://127.0.0.1:${ports[0]}` };
  const owner = start('worker-1', WORKER, workerEnv);
  await Promise.all([...apis.map((api) => ready(api, /API listening on/)), ready(owner, /Worker ready/)]);
  // The first worker owns every projection and the reactor before the second starts, so the second can only take over.
  await waitFor('worker-1 owning everything', ownerLocks, (pids) => pids.length === OWNER_LOCKS, 30_000);
  mark('started');
  const standby = start('worker-2', WORKER, workerEnv);

  // The load: each idea's life, its requests spread over both APIs; every status is kept.
  const statuses: Array<{ what: string; status: number }> = [];
  const finalRevision = new Map<string, number>();
  const addressOf = new Map<string, string>();
  const call = async (api: number, method: string, path: string, body?: object, headers: Record<string, string> = {}) => {
    for (let attempt = 1; ; attempt++) {
      await new Promise((done) => setTimeout(done, THINK_MS));
      const response = await fetch(`http://127.0.0.1:${ports[api]}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', authorization: staffAuthorization, ...headers },
        body: body && JSON.stringify(body),
      });
      const text = await response.text();
      statuses.push({ what: `${method} ${path.replace(/[0-9a-f-]{36}|[\w-]{54}/g, ':id')}`, status: response.status });
      // Overload or an outage may be answered 503; sent again, the same request cannot apply twice (If-Match, Idempotency-Key).
      if (response.status === 503 && attempt < 5) {
        await new Promise((done) => setTimeout(done, 200 * attempt));
        continue;
      }
      return { status: response.status, body: text ? JSON.parse(text) : null };
    }
  };
  const change = async (api: number, id: string, revision: number, path: string, body: object) => {
    const response = await call(api, 'POST', `/ideas/${id}${path}`, body, { 'If-Match': `"${revision}"` });
    if (response.status !== 200) throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(response.body)}\n${outputs()}`);
    return response.body.revision as number;
  };
  const lifecycle = async (n: number) => {
    const via = (step: number) => (n + step) % 2;
    const submitted = await call(via(0), 'POST', '/ideas', idea(n), {
      'Idempotency-Key': randomUUID(),
    });
    if (submitted.status !== 201) throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
    const { id, trackingToken } = submitted.body;
    addressOf.set(id, address(n));
    let revision: number = submitted.body.revision;
    if (n % RACE === 0) {
      const both = await Promise.all(
        [0, 1].map((api) => call(api, 'POST', `/ideas/${id}/assign`, { assignee: `handler-${api}` }, { 'If-Match': `"${revision}"` })),
      );
      const won = both.filter((response) => response.status === 200);
      expect({
        race: n,
        won: won.length,
        lost: both.map((response) => response.status).filter((status) => status !== 200 && ![409, 412].includes(status)),
      }).toEqual({
        race: n,
        won: 1,
        lost: [],
      });
      revision = won[0].body.revision;
    } else revision = await change(via(1), id, revision, '/assign', { assignee: 'handler-anna' });
    revision = await change(via(2), id, revision, '/diagnosis', { feasibility: 'feasible', costBand: 'low', recommendation: 'accept', notes: 'Internal' });
    if (n % 3 === 0) {
      revision = await change(via(3), id, revision, '/questions', { question: 'Which stretch of the road do you mean?' });
      const replied = await call(via(4), 'POST', `/track/${trackingToken}/replies`, { answer: 'The northern end.' });
      if (replied.status !== 200) throw new Error(`reply: ${replied.status} ${JSON.stringify(replied.body)}`);
      revision++;
    }
    revision = await change(via(5), id, revision, '/answer', { decision: 'accepted', publicAnswer: 'We will build it next spring.' });
    revision = await change(via(6), id, revision, '/implementation', { note: 'Ordered.', percentComplete: 50 });
    revision = await change(via(7), id, revision, '/implementation/complete', { note: 'Built.' });
    finalRevision.set(id, revision);
  };
  let next = 0;
  let loading = true;
  const load = Promise.all(
    Array.from({ length: LANES }, async () => {
      while (loading && next < MAX_IDEAS) await lifecycle(next++);
    }),
  );
  load.catch(() => undefined); // awaited below; a failure before then must not be unhandled

  // Kill the owner once the standby is up and mails flow, with more than half of the ideas still to come.
  await ready(standby, /Worker ready/);
  await waitFor(
    'the first mails',
    async () => ({ mails: smtp.mails.length, ideas: next }),
    ({ mails, ideas }) => mails >= 10 && ideas >= LANES,
    30_000,
  );
  const before = new Set(await ownerLocks());
  expect(before.size).toBe(OWNER_LOCKS);
  const { rows: headRows } = await pool.query<{ events: string }>('SELECT count(*) AS events FROM events');
  const eventsAtKill = Number(headRows[0].events);
  mark('kill');
  const killedAt = Date.now();
  await stop(owner.child, 'SIGKILL');
  const handover = { exitedMs: Date.now() - killedAt, firstLockMs: -1, allLocksMs: -1, projectedMs: -1, reactedMs: -1 };
  const { rows: clock } = await pool.query<{ now: Date }>('SELECT clock_timestamp() - ($1::int * interval $$1 millisecond$$) AS now', [handover.exitedMs]);
  await waitFor(
    'worker-2 owning everything',
    async () => {
      const taken = (await ownerLocks()).filter((pid) => !before.has(pid)).length;
      if (taken > 0 && handover.firstLockMs < 0) handover.firstLockMs = Date.now() - killedAt;
      if (taken === OWNER_LOCKS && handover.allLocksMs < 0) handover.allLocksMs = Date.now() - killedAt;
      return taken;
    },
    (taken) => taken === OWNER_LOCKS,
    20_000,
  );
  // The first batch the new owner wrote: every projection's checkpoint and the reactor's moved after the kill.
  await waitFor(
    'worker-2 projecting and reacting',
    async () => {
      const { rows } = await pool.query<{ projected: number; reacted: number }>(
        `SELECT (SELECT count(*)::int FROM projections p JOIN projection_checkpoints c ON c.projection = p.name AND c.generation = p.active_generation
                  WHERE c.updated_at >= $1) AS projected,
                (SELECT count(*)::int FROM reactor_checkpoints WHERE updated_at >= $1) AS reacted`,
        [clock[0].now],
      );
      if (rows[0].projected === projections.length && handover.projectedMs < 0) handover.projectedMs = Date.now() - killedAt;
      if (rows[0].reacted === 1 && handover.reactedMs < 0) handover.reactedMs = Date.now() - killedAt;
      return rows[0];
    },
    ({ projected, reacted }) => projected === projections.length && reacted === 1,
    20_000,
  );
  loading = false;
  await load;
  mark('load done');
  expect(finalRevision.size).toBe(next);
  expect(next).toBeLessThan(MAX_IDEAS); // the load outlasted the handover
  const { rows: counted } = await pool.query<{ events: string }>('SELECT count(*) AS events FROM events');
  const events = Number(counted[0].events);
  expect(events).toBeGreaterThan(eventsAtKill); // the load went on after the kill

  // No request failed but with a lost race (409/412, only where two APIs were sent the same change) or 503.
  const unexpected = statuses.filter(({ what, status }) => !(status < 300 || status === 503 || ([409, 412].includes(status) && what.endsWith('/assign'))));
  expect(unexpected).toEqual([]);
  // Nothing lost: each idea's stream ends at the revision its last change was told.
  const { rows: streams } = await pool.query<{ stream_id: string; revision: string }>(
    `SELECT stream_id, max(stream_revision) AS revision FROM events WHERE stream_id LIKE 'idea-%' GROUP BY stream_id`,
  );
  expect(new Map(streams.map((row) => [row.stream_id.slice('idea-'.length), Number(row.revision)]))).toEqual(finalRevision);

  // Every projection and the reactor at the end of $all.
  await waitFor(
    'the read models and the reactor caught up',
    async () => {
      const { rows } = await pool.query<{ applied: string[]; reactor: string | null; last: string }>(
        `SELECT (SELECT array_agg(c.events_applied::text) FROM projections p JOIN projection_checkpoints c ON c.projection = p.name AND c.generation = p.active_generation) AS applied,
                (SELECT split_part(position, '/', 2) FROM reactor_checkpoints) AS reactor, (SELECT max(global_position)::text FROM events) AS last`,
      );
      return rows[0];
    },
    ({ applied, reactor, last }) => applied.length === projections.length && applied.every((n) => Number(n) === events) && reactor === last,
    30_000,
  );

  // Every citizen mail the history asks for, from the event store itself.
  const { rows: history } = await pool.query(`SELECT * FROM events WHERE stream_id LIKE 'idea-%' ORDER BY stream_id, stream_revision`);
  const expected = new Set<string>();
  for (const row of history) {
    const event = toIdeaEvent({ type: row.type, data: row.data } as never);
    const kind = event && expectedMailKind(event, Number(row.stream_revision));
    if (kind) expected.add(`${addressOf.get(row.stream_id.slice('idea-'.length))} ${kind}`);
  }
  expect(expected.size).toBeGreaterThan(next * 4);
  const arrived = () => new Set(smtp.mails.map(citizenMailOf));
  // A job running on the killed worker waits for its lock to lapse (lockDuration + stalledInterval, 20 s) before another worker runs it.
  await waitFor(
    'every mail',
    async () => arrived().size,
    (size) => size >= expected.size,
    40_000,
  );
  await waitFor(
    'empty queues',
    () => Promise.all(queues.map((queue) => queue.getJobCounts('waiting', 'active'))),
    (counts) => counts.every((count) => count.waiting === 0 && count.active === 0),
    30_000,
  );
  mark('mails');
  expect([...arrived()].filter((mail) => !expected.has(mail))).toEqual([]);
  expect(arrived().size).toBe(expected.size);
  // Once: one Message-ID per mail; a mail that arrived twice was sent by a job that the kill stalled (the one window, mailer.ts).
  const messageIds = new Map<string, Set<string>>();
  for (const mail of smtp.mails) messageIds.set(citizenMailOf(mail), (messageIds.get(citizenMailOf(mail)) ?? new Set()).add(mail.messageId));
  expect([...messageIds].filter(([, ids]) => ids.size > 1)).toEqual([]);
  const twice = [...new Set(smtp.mails.map((mail) => mail.messageId))].filter((id) => smtp.mails.filter((mail) => mail.messageId === id).length > 1);
  for (const messageId of twice) {
    const job = await queues[QUEUES.indexOf('notifications')].getJob(jobIdOf(messageId));
    expect({ messageId, stalled: (job?.stalledCounter ?? 0) > 0 }).toEqual({ messageId, stalled: true });
  }
  const failed = await Promise.all(queues.map(async (queue) => (await queue.getFailed()).map((job) => `${job.id}: ${job.failedReason}`)));
  expect(failed.flat()).toEqual([]);

  // The survivors stop cleanly; then every read model equals one rebuilt from the events.
  await Promise.all([standby, ...apis].map(({ child }) => stop(child, 'SIGTERM')));
  expect([standby, ...apis].map(({ name, child }) => `${name} ${child.exitCode}`)).toEqual([standby, ...apis].map(({ name }) => `${name} 0`));
  mark('stopped');
  const live = await checksums();
  for (const projection of projections) await rebuildProjection(pool, store, projection);
  expect(await checksums()).toEqual(live);
  expect(['department_inbox', 'public_status', 'response_times'].filter((table) => live[table].startsWith('0:'))).toEqual([]);

  mark('rebuilt');
  console.log(
    `multi-process: ${next} ideas, ${statuses.length} requests over 2 APIs (${statuses.filter(({ status }) => status >= 300).length} lost races), ` +
      `${events} events (${eventsAtKill} at the kill), ${expected.size} mails (${smtp.mails.length} arrivals); handover ${JSON.stringify(handover)}; ${at.join(', ')}`,
  );
  // Within seconds: a standby tries for each lock once a second (takeOverIntervalMs), then reads from the checkpoint (2.5-3.5 s to
  // the last first batch on a busy 2-core machine; 5-8 s when the survivor set its projections up one after the other).
  expect(Object.entries(handover).filter(([what, ms]) => !(ms >= 0 && ms < (what === 'allLocksMs' ? 5_000 : 10_000)))).toEqual([]);
}, 120_000);
