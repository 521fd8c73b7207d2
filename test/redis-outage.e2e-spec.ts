import { startDedicatedRedis, type DedicatedRedis } from './support/dedicated-redis';
import { eventually } from './support/eventually';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp, validIdea } from './support/test-app';
import { startTestJobs, type TestJobs } from './support/test-jobs';

const OUTAGE_MS = 30_000;

/**
 * Redis goes away for 30 s while citizens submit ideas. Submitting needs no
 * Redis (the idea is an event in PostgreSQL); the reactor holds its
 * checkpoint until Redis is back, then enqueues everything, and every
 * citizen gets their receipt exactly once. A redis-server of this test's
 * own: the shared one on 6379 is never stopped.
 */
describe('A Redis outage', () => {
  let redis: DedicatedRedis;
  let t: TestApp;
  let jobs: TestJobs;
  let smtp: SmtpSink;

  beforeAll(async () => {
    redis = await startDedicatedRedis();
    // The rate-limit counters live in the same Redis, and must let citizens through while it is down.
    t = await startTestApp('redis_outage', { http: { redisUrl: redis.url, rateLimits: { submitPerMinute: 1000, trackPerMinute: 1000 } } });
    smtp = await startSmtpSink();
    jobs = await startTestJobs(t, { smtpUrl: smtp.url, redisUrl: redis.url });
  }, 60_000);
  afterAll(async () => {
    try {
      await redis?.start().catch(() => undefined); // if the test failed while it was stopped: the jobs close cleanly against it
      await jobs?.close();
      await smtp?.close();
      await t?.close();
    } finally {
      await redis?.close();
    }
  }, 120_000);

  const submit = (email: string) => t.http.post('/ideas').send(validIdea({ contact: { name: 'Karen Hansen', email } }));

  it('accepts every submission while Redis is down, and every receipt arrives exactly once afterwards', async () => {
    const addresses = ['foer@example.dk'];
    expect((await submit(addresses[0])).status).toBe(201);
    await eventually(
      async () => smtp.to(addresses[0]),
      (mails) => mails.length === 1,
    );

    await redis.stop();
    const statuses: number[] = [];
    const until = Date.now() + OUTAGE_MS;
    for (let i = 0; Date.now() < until; i++) {
      const address = `under-${i}@example.dk`;
      addresses.push(address);
      statuses.push((await submit(address)).status);
      await new Promise((resolve) => setTimeout(resolve, 750));
    }
    // None could have been mailed yet: the jobs wait for Redis, and /health shows the reactor falling behind.
    expect(smtp.to('under-0@example.dk')).toHaveLength(0);
    const during = (await t.http.get('/health').expect(200)).body.reactors;
    expect(during).toEqual([expect.objectContaining({ name: 'idea-jobs' })]);
    expect(during[0].positionsBehind).toBeGreaterThan(0);
    expect(during[0].secondsBehind).toBeGreaterThan(20);
    await redis.start();

    addresses.push('efter@example.dk');
    statuses.push((await submit('efter@example.dk')).status);
    expect(statuses.every((status) => status === 201)).toBe(true);
    expect(statuses.length).toBeGreaterThanOrEqual(30);

    const missing = await eventually(
      async () => addresses.filter((address) => smtp.to(address).length === 0),
      (left) => left.length === 0,
      60_000,
    );
    expect(missing).toEqual([]);
    await eventually(
      () => jobs.queues.get('notifications').getJobCounts('waiting', 'active', 'delayed'),
      (counts) => Object.values(counts).every((n) => n === 0),
      30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = await eventually(
      async () => (await t.http.get('/health').expect(200)).body.reactors[0],
      (reactor) => reactor.positionsBehind === 0,
    );
    expect(after).toMatchObject({ positionsBehind: 0, secondsBehind: 0 });
    const twice = addresses.filter((address) => smtp.to(address).length !== 1);
    expect(twice).toEqual([]);
    expect(smtp.mails).toHaveLength(addresses.length);
  }, 150_000);

  it('a worker that starts while Redis is down schedules the retention job once Redis is back', async () => {
    await redis.stop();
    const late = await startTestJobs(t, { smtpUrl: smtp.url, redisUrl: redis.url });
    try {
      await redis.start();
      const schedulers = await eventually(
        () => late.queues.get('maintenance').getJobSchedulers(),
        (list) => list.length > 1,
        20_000,
      );
      expect(schedulers.map((scheduler) => scheduler.key).sort()).toEqual(['open-data-export', 'personal-data-retention']);
    } finally {
      await late.context.close();
    }
  }, 60_000);
});

describe('Stopping a worker while Redis is down', () => {
  it('finishes within its close timeout instead of waiting for Redis for ever', async () => {
    const redis = await startDedicatedRedis();
    const t = await startTestApp('redis_down_stop');
    const smtp = await startSmtpSink();
    try {
      const jobs = await startTestJobs(t, { smtpUrl: smtp.url, redisUrl: redis.url, closeTimeoutMs: 1000 });
      await eventually(
        () => jobs.queues.get('maintenance').getJobSchedulers(),
        (list) => list.length > 0,
      );
      await redis.stop();

      const started = Date.now();
      const outcome = await Promise.race([
        jobs.context.close().then(() => 'closed'),
        new Promise((resolve) => setTimeout(() => resolve('still closing after 15 s'), 15_000)),
      ]);

      expect(outcome).toBe('closed');
      expect(Date.now() - started).toBeLessThan(8000); // two bounded steps of 1 s, then the rest of the shutdown
    } finally {
      await smtp.close();
      await t.close();
      await redis.close();
    }
  }, 40_000);
});
