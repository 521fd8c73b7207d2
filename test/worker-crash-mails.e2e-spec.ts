import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Pool } from 'pg';
import { PostgresEventStore } from '@civic/event-store';
import type { IdeaEvent } from '@civic/ideas';
import { type AnyQueue, applyMigrations, createQueue, queueBackend } from '@civic/platform';
import { createTestDatabase, createTestPool, type TestDatabase } from '@civic/platform/testing';
import { PersonalDataVault, QUEUES, seedReferenceData } from '@civic/casework';
import { citizenMailOf, expectedMailKind, jobIdOf } from './support/citizen-mails';
import { eventually } from './support/eventually';
import { appendInterleaved, ideaLifecycles } from './support/idea-lifecycles';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { TEST_PII_MASTER_KEY, TEST_TRACKING_SECRET } from './support/test-app';

/**
 * The built worker, a process of its own, is killed with SIGKILL while it
 * mails citizens about a few thousand events, and started again each time.
 * The SMTP sink can hold its "250 OK": a mail it holds has arrived, but its
 * worker never learns so, and dies waiting; that is the worst moment for a
 * crash, and the one that makes a mail go out twice. At the end every mail
 * has arrived, none is in the failed list, and every mail that arrived more
 * than once arrived with one Message-ID.
 *
 * Size: 400 ideas, about 2,000 events and 1,000 mails. A crashed job waits for
 * its lock to lapse (up to lockDuration + stalledInterval, 20 s) before it
 * runs again, and the test waits for that twice; more ideas would add little
 * but time on a loaded machine, fewer would let the queue run dry before the
 * kills.
 */
const WORKER = resolve(__dirname, '../dist/apps/worker/main.js');
const IDEAS = 400;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const address = (n: number) => `borger-${n}@example.dk`;
const mailOf = citizenMailOf;

let database: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
let smtp: SmtpSink;
let queues: AnyQueue[] = [];
const workers: ChildProcess[] = [];
let output = '';

beforeAll(async () => {
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run npm run build first (npm test does)`);
  database = await createTestDatabase('worker_crash_mails');
  // Before any event: on a store that already has events, the migration starts the reactor at the head.
  await applyMigrations(database.url);
  pool = createTestPool(database.url, 8);
  await seedReferenceData(pool);
  store = new PostgresEventStore(pool, { pollIntervalMs: 100 });
  smtp = await startSmtpSink();
  queues = QUEUES.map((name) => createQueue(name, queueBackend({ redisUrl: REDIS_URL, databaseUrl: database.url }), { prefix: database.name }));
}, 30_000);

afterAll(async () => {
  for (const worker of workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
  await Promise.all(
    workers.map((worker) => (worker.exitCode === null && worker.signalCode === null ? new Promise((done) => worker.once('exit', done)) : null)),
  );
  await Promise.all(queues.map((queue) => queue.obliterate({ force: true }).catch(() => undefined)));
  await Promise.all(queues.map((queue) => queue.close()));
  await smtp?.close();
  await store?.close();
  await pool?.end();
  await database?.drop();
}, 60_000);

function startWorker(): ChildProcess {
  const worker = spawn(process.execPath, [WORKER], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_FORMAT: 'json',
      DATABASE_URL: database.url,
      REDIS_URL,
      QUEUE_PREFIX: database.name,
      SMTP_URL: smtp.url,
      PUBLIC_BASE_URL: 'https://ideer.kk.test',
      PII_MASTER_KEY: TEST_PII_MASTER_KEY.toString('base64'),
      TRACKING_TOKEN_SECRET: TEST_TRACKING_SECRET,
      // The read models have a crash test of their own (projection-crash): this process runs the reactor and the jobs only.
      WORKER_TASKS: 'jobs',
      // The ideas are answered in the past: the four-week follow-up question would be due at once. It has a test of its own.
      SATISFACTION_FOLLOW_UP_DAYS: '3650',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  worker.stdout!.on('data', (chunk) => (output += chunk));
  worker.stderr!.on('data', (chunk) => (output += chunk));
  workers.push(worker);
  return worker;
}

async function kill(worker: ChildProcess): Promise<void> {
  worker.kill('SIGKILL');
  if (worker.exitCode === null && worker.signalCode === null) await new Promise((done) => worker.once('exit', done));
}

/** eventually(), but a timeout fails the test, with what the workers printed. */
async function waitFor<T>(what: string, read: () => Promise<T>, until: (value: T) => boolean, ms: number): Promise<T> {
  const value = await eventually(read, until, ms);
  if (!until(value)) throw new Error(`${what}: not within ${ms} ms (last: ${JSON.stringify(value)})\nworker output (tail):\n${output.slice(-4000)}`);
  return value;
}

/** Until `count` mails are held (each with its worker waiting for the reply), and no more come for a moment. */
async function held(count: number, ms: number): Promise<number> {
  await waitFor(
    `${count} held mail(s)`,
    async () => smtp.heldReplies.length,
    (n) => n >= count,
    ms,
  );
  let before = -1;
  while (before !== smtp.heldReplies.length) {
    before = smtp.heldReplies.length;
    await new Promise((done) => setTimeout(done, 300));
  }
  return before;
}

it('a worker killed mid-work again and again loses no e-mail, fails no job, and sends a mail twice only with its one Message-ID', async () => {
  // The ideas, each with its citizen's own address, sealed as the API seals it.
  const vault = new PersonalDataVault(pool, TEST_PII_MASTER_KEY);
  const ideas = await Promise.all(
    ideaLifecycles(IDEAS, 13).map(async (idea, n) => {
      const [first, ...rest] = idea.events;
      if (first.type !== 'IdeaSubmitted') throw new Error('an idea starts with its submission');
      const contact = await vault.seal(first.data.ideaId, { name: `Borger ${n}`, email: address(n) });
      // Deadlines far ahead: their timers wait (delayed jobs) instead of appending missed deadlines while the test counts.
      const events = [
        { ...first, data: { ...first.data, language: 'en' as const, contact } },
        ...rest.map((event) => (event.type === 'IdeaRouted' ? { ...event, data: { ...event.data, respondBy: '2099-12-30T23:00:00.000Z' } } : event)),
      ] as IdeaEvent[];
      return { streamId: idea.streamId, events };
    }),
  );
  const expected = new Set(
    ideas.flatMap((idea, n) =>
      idea.events.flatMap((event, revision) => {
        const kind = expectedMailKind(event, revision);
        return kind ? [`${address(n)} ${kind}`] : [];
      }),
    ),
  );
  const events = await appendInterleaved(store, ideas);
  expect(events).toBeGreaterThan(1500);
  expect(expected.size).toBeGreaterThan(800);
  const arrived = () => new Set(smtp.mails.map(mailOf));
  const started = Date.now();
  const at: string[] = [];
  const mark = (what: string) => at.push(`${what} ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // 1: once mails flow, hold every reply: the worker's SMTP connections wait, mid-send; kill it.
  let worker = startWorker();
  await waitFor(
    'the first 50 mails',
    async () => smtp.mails.length,
    (n) => n >= 50,
    30_000,
  );
  smtp.holdReplies(() => true);
  const heldAtFirstKill = await held(1, 10_000);
  await kill(worker);
  mark('kill 1');
  smtp.releaseReplies();

  // 2: the same, as soon as the restarted worker sends again (the first kill's jobs are still locked).
  const before = smtp.mails.length;
  worker = startWorker();
  await waitFor(
    '50 more mails',
    async () => smtp.mails.length,
    (n) => n >= before + 50,
    30_000,
  );
  smtp.holdReplies(() => true);
  const heldAtSecondKill = await held(1, 10_000);
  await kill(worker);
  mark('kill 2');
  smtp.releaseReplies();
  expect(arrived().size).toBeLessThan(expected.size); // mid-work

  // 3: hold only mails that arrived before: the first kills' jobs, running again once their locks lapsed. Killed, they stall a second time.
  worker = startWorker();
  smtp.holdReplies((mail) => smtp.mails.filter((other) => other.messageId === mail.messageId).length > 1);
  const again = await held(1, 40_000);
  const stalledTwice = smtp.heldReplies.map((mail) => jobIdOf(mail.messageId));
  await kill(worker);
  mark('kill 3');
  smtp.releaseReplies();

  // And once more to finish the work.
  worker = startWorker();
  await waitFor(
    'every mail',
    async () => arrived().size,
    (size) => size >= expected.size,
    60_000,
  );
  await waitFor(
    'empty queues',
    () => Promise.all(queues.map((queue) => queue.getJobCounts('waiting', 'active'))),
    (counts) => counts.every((count) => count.waiting === 0 && count.active === 0),
    30_000,
  );
  mark('all sent');
  worker.kill('SIGTERM');
  await new Promise((done) => worker.once('exit', done));

  // Every mail arrived, and nothing else.
  expect([...arrived()].filter((mail) => !expected.has(mail))).toEqual([]);
  expect(arrived().size).toBe(expected.size);
  // No job failed for good, whatever the kills did.
  const failed = await Promise.all(queues.map(async (queue) => (await queue.getFailed()).map((job) => `${job.id}: ${job.failedReason}`)));
  expect(failed.flat()).toEqual([]);
  // A mail that went out more than once went out with one Message-ID; and it did go out more than once (the held replies).
  const messageIds = new Map<string, Set<string>>();
  for (const mail of smtp.mails) messageIds.set(mailOf(mail), (messageIds.get(mailOf(mail)) ?? new Set()).add(mail.messageId));
  expect([...messageIds].filter(([, ids]) => ids.size > 1)).toEqual([]);
  expect(smtp.mails.length - expected.size).toBeGreaterThanOrEqual(heldAtFirstKill + heldAtSecondKill);
  // The jobs held at the third kill stalled twice (BullMQ's default, one stall, would have failed them for good) and completed.
  expect(again).toBeGreaterThan(0);
  for (const jobId of stalledTwice) {
    const job = await queues[QUEUES.indexOf('notifications')].getJob(jobId);
    expect({ jobId, state: await job?.getState(), stalls: job?.stalledCounter }).toEqual({ jobId, state: 'completed', stalls: expect.any(Number) });
    expect(job!.stalledCounter).toBeGreaterThanOrEqual(2);
  }
  console.log(
    `worker-crash-mails: ${events} events, ${expected.size} mails expected; ${smtp.mails.length} arrivals; ` +
      `held at the kills: ${heldAtFirstKill}, ${heldAtSecondKill}, ${again} (stalled twice); ${at.join(', ')}`,
  );
}, 150_000);
