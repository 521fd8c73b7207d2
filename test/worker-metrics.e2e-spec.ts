import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { SMTPServer } from 'smtp-server';
import { WorkingDayCalendar } from '@civic/platform';
import { eventually, parsePrometheusText, type Scrape } from '@civic/platform/testing';
import { allProjections } from '@civic/projections';
import { JobQueues } from '../apps/worker/src/jobs/job-queues';
import { startWorker } from '../apps/worker/src/start-worker';
import { WorkerMetricsListener } from '../apps/worker/src/worker-metrics-listener';
import { startTestApp, TEST_PII_MASTER_KEY, TEST_TRACKING_SECRET, validIdea, type TestApp } from './support/test-app';
import { freePort } from '@civic/platform/testing';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PROJECTIONS = allProjections(new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' }))
  .map((projection) => projection.name)
  .sort();

async function scrapeAt(port: number, headers: Record<string, string> = {}): Promise<Scrape> {
  const response = await fetch(`http://127.0.0.1:${port}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return parsePrometheusText(await response.text());
}

/** An SMTP server on loopback that takes every mail, except those to an address with "refused" in it (550). */
async function startSmtp(): Promise<{ url: string; accepted: string[]; close(): Promise<void> }> {
  const accepted: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.includes('refused')) return callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
      accepted.push(address.address);
      callback();
    },
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => callback());
    },
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  server.on('error', () => undefined);
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    accepted,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

describe('The worker’s GET /metrics (in this process, as npm start runs it)', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let worker: INestApplicationContext;
  let port: number;

  beforeAll(async () => {
    t = await startTestApp('worker_metrics');
    smtp = await startSmtp();
    worker = await startWorker({
      databaseUrl: t.database.url,
      redisUrl: REDIS_URL,
      calendar: { country: 'DK', timeZone: 'Europe/Copenhagen' },
      jobs: {
        config: {
          smtpUrl: smtp.url,
          mailFrom: 'Københavns Kommune <ideer@kk.test>',
          publicBaseUrl: 'https://ideer.kk.test',
          staffMailLanguage: 'da',
          mailTemplatesDir: 'mail-templates',
          reminderWorkingDays: 2,
          retentionSchedule: '0 3 * * *',
          queuePrefix: t.database.name,
        },
        trackingTokenSecret: TEST_TRACKING_SECRET,
        piiMasterKey: TEST_PII_MASTER_KEY,
        personalDataRetentionMonths: 24,
        clock: t.clock,
        reactor: { takeOverIntervalMs: 100, maxRetryMs: 1000 },
        scheduleRetryMs: 500,
        closeTimeoutMs: 2000,
      },
      metrics: { host: '127.0.0.1', port: 0, token: null },
    });
    port = worker.get(WorkerMetricsListener).port;
  });
  afterAll(async () => {
    if (worker) {
      await Promise.all(
        worker
          .get(JobQueues)
          .all()
          .map((queue) => queue.obliterate({ force: true }).catch(() => undefined)),
      );
      await worker.close();
    }
    await smtp?.close();
    await t?.close();
  });

  it('shows mails sent and refused, jobs completed and failed, queue depths, and reactor and projection lag', async () => {
    await t.http
      .post('/ideas')
      .send(validIdea({ contact: { name: 'Karen Hansen', email: 'karen@example.dk' } }))
      .expect(201);
    await t.http
      .post('/ideas')
      .send(validIdea({ contact: { name: 'Ole Refused', email: 'refused@example.dk' } }))
      .expect(201);
    // A job that cannot succeed, with no retries: it fails for good at once.
    await worker
      .get(JobQueues)
      .get('notifications')
      .add(
        'citizen-notification',
        { ideaId: '00000000-0000-4000-8000-000000000000', eventId: '00000000-0000-4000-8000-000000000001', revision: 0, kind: 'receipt' },
        { attempts: 1, jobId: 'doomed' },
      );

    const scrape = await eventually(
      () => scrapeAt(port),
      (s) =>
        s.find('civic_mails_sent_total', { template: 'citizen-receipt' }).some((sample) => sample.value >= 1) &&
        s.find('civic_mails_refused_total', { template: 'citizen-receipt' }).some((sample) => sample.value >= 1) &&
        s.find('civic_jobs_failed_total', { queue: 'notifications' }).length > 0 &&
        // counted when BullMQ reports the failed attempt, a moment after the mail was refused
        s.find('civic_job_attempts_failed_total', { queue: 'notifications', job: 'citizen-notification' }).some((sample) => sample.value >= 2) &&
        s.find('civic_reactor_lag_positions', { reactor: 'idea-jobs' }).some((sample) => sample.value === 0) &&
        PROJECTIONS.every((name) => s.find('civic_projection_lag_positions', { projection: name }).some((sample) => sample.value === 0)),
      20_000,
    );
    expect(smtp.accepted).toContain('karen@example.dk');
    expect(scrape.value('civic_mails_sent_total', { template: 'citizen-receipt' })).toBeGreaterThanOrEqual(1);
    expect(scrape.value('civic_mails_refused_total', { template: 'citizen-receipt' })).toBeGreaterThanOrEqual(1);
    expect(scrape.value('civic_jobs_completed_total', { queue: 'notifications', job: 'citizen-notification' })).toBeGreaterThanOrEqual(1);
    // The refused mails are retried (attempts failed, not yet jobs failed); the doomed job failed for good.
    expect(scrape.value('civic_job_attempts_failed_total', { queue: 'notifications', job: 'citizen-notification' })).toBeGreaterThanOrEqual(2);
    expect(scrape.value('civic_jobs_failed_total', { queue: 'notifications', job: 'citizen-notification' })).toBe(1);
    expect(scrape.value('civic_queue_jobs', { queue: 'notifications', state: 'failed' })).toBe(1);
    // The refused one is still to be retried: backing off (delayed), or, on a slow machine past its 5 s backoff, waiting or active again.
    const pendingRetry = (['delayed', 'waiting', 'active'] as const).map((state) => scrape.value('civic_queue_jobs', { queue: 'notifications', state }));
    expect(pendingRetry.reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(1);
    expect(scrape.value('civic_queue_jobs', { queue: 'deadlines', state: 'delayed' })).toBeGreaterThanOrEqual(2); // reminder and deadline timers of the routed ideas
    expect(scrape.find('civic_queue_jobs', { queue: 'maintenance' }).map((sample) => sample.labels.state)).toEqual(['waiting', 'active', 'delayed', 'failed']);
    expect(scrape.value('civic_reactor_lag_seconds', { reactor: 'idea-jobs' })).toBe(0);
    expect(
      scrape
        .find('civic_projection_lag_positions')
        .map((sample) => sample.labels.projection)
        .sort(),
    ).toEqual(PROJECTIONS);
    expect(scrape.find('civic_metrics_scrape_errors_total')).toEqual([]);
    expect(scrape.find('process_cpu_seconds_total')).toHaveLength(1);
    // One registry per process: the API's requests in this same process show here too.
    expect(scrape.value('civic_http_request_duration_seconds_count', { method: 'POST', route: '/ideas', status: '201' })).toBe(2);
  });
});

const WORKER = resolve(__dirname, '../dist/apps/worker/main.js');

describe('The worker’s GET /metrics (a separate worker process, dist/apps/worker/main.js)', () => {
  const token = 'worker-metrics-token-0123456789';
  let t: TestApp;
  let child: ChildProcess | null = null;
  let output = '';
  beforeAll(async () => {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run npm run build first (npm test does)`);
    t = await startTestApp('worker_metrics_process');
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((done) => child!.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    await t?.close();
  });

  it('serves its own registry on WORKER_METRICS_PORT, behind METRICS_TOKEN, and stops with the worker', async () => {
    const port = await freePort();
    child = spawn(process.execPath, [WORKER], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: t.database.url,
        REDIS_URL,
        WORKER_TASKS: 'projections',
        WORKER_METRICS_PORT: String(port),
        METRICS_TOKEN: token,
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    await eventually(
      async () => output,
      (text) => text.includes('Worker ready') || child?.exitCode !== null,
      30_000,
    );
    expect(output).toContain(`Metrics at http://127.0.0.1:${port}/metrics (METRICS_TOKEN required)`);

    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(401);
    await t.http.post('/ideas').send(validIdea()).expect(201);
    const scrape = await eventually(
      () => scrapeAt(port, { Authorization: `Bearer ${token}` }),
      (s) => PROJECTIONS.every((name) => s.find('civic_projection_lag_positions', { projection: name }).some((sample) => sample.value === 0)),
      20_000,
    );
    expect(
      scrape
        .find('civic_projection_lag_positions')
        .map((sample) => sample.labels.projection)
        .sort(),
    ).toEqual(PROJECTIONS);
    expect(scrape.find('process_cpu_seconds_total')).toHaveLength(1);
    // Its own process: the API's requests are not in it, and it ran no jobs.
    expect(scrape.find('civic_http_request_duration_seconds_count')).toEqual([]);
    expect(scrape.find('civic_queue_jobs')).toEqual([]);

    const exited = new Promise((done) => child!.once('exit', done));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
  });
});
