/**
 * Supports benchmark, against the built service (API and worker with its
 * projections) on a fresh database:
 *   confirmedSupportsPerSecond  a supporter's two requests through the API
 *                               (POST /public/ideas/{code}/supports, then POST
 *                               /supports/{token}/confirm), --supports of them
 *                               with --concurrency in flight
 *   staffCommand                p50/p99 of POST /ideas/{id}/assign (If-Match),
 *                               --runs one at a time, on the idea before and
 *                               after it has --bulk confirmed supports (50,000)
 * The bulk supports are appended straight to the event store (a stream each,
 * as the API writes them; their sealed address is a placeholder, never
 * opened: the worker runs no jobs), then the supports read model catches up
 * and the count on the public idea is checked.
 *
 * Run:   npm run -s bench:supports [-- --supports 1000 --concurrency 8 --bulk 50000 --runs 300 --database-url URL]
 * Output: one JSON line on stdout; progress on stderr.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { PostgresEventStore } from '../libs/event-store/src/index';
import { loadConfig } from '../libs/platform/src/index';
import { issueDevelopmentToken, SupportLinks } from '../libs/casework/src/index';
import { supporterKeyId, supportStreamId } from '../libs/supports/src/index';
import { numberFlag, postgresVersion, withClient } from './support/bench-cli';
import { startService, stopService } from './support/start-service';

const args = process.argv.slice(2);
const SUPPORTS = numberFlag(args, 'supports', 1000, { integer: true });
const CONCURRENCY = numberFlag(args, 'concurrency', 8, { integer: true });
const BULK = numberFlag(args, 'bulk', 50_000, { integer: true });
const RUNS = numberFlag(args, 'runs', 300, { integer: true });
const ADMIN_URL = args.find((arg) => arg.startsWith('--database-url='))?.slice(15) ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PORT = 3900 + Math.floor(Math.random() * 100);
const BASE = `http://127.0.0.1:${PORT}`;
const SECRET = `bench-supports-${randomBytes(16).toString('hex')}`;

const log = (message: string) => process.stderr.write(`[bench:supports] ${message}\n`);
const load = () => Number(loadavg()[0].toFixed(2));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the JSON of several operations, read field by field
type Json = any;

async function call(
  method: string,
  path: string,
  body?: object,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Json; etag: string | null }> {
  const response = await fetch(BASE + path, {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, etag: response.headers.get('etag') };
}

async function until<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 600_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (ms: number) => Number(ms.toFixed(2));

/** --runs assignments one at a time, each at the revision the last one returned; their latencies, sorted. */
async function staffCommands(ideaId: string, staff: Record<string, string>): Promise<{ p50: number; p99: number }> {
  let revision = Number((await call('GET', `/ideas/${ideaId}`, undefined, staff)).etag!.replace(/"/g, ''));
  const times: number[] = [];
  for (let i = 0; i < RUNS + 20; i++) {
    const started = performance.now();
    const result = await call('POST', `/ideas/${ideaId}/assign`, { assignee: `handler-${i % 2}` }, { ...staff, 'if-match': `"${revision}"` });
    const ms = performance.now() - started;
    if (result.status !== 200) throw new Error(`assign: ${result.status} ${JSON.stringify(result.body)}`);
    revision = result.body.revision;
    if (i >= 20) times.push(ms); // the first 20 warm up
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 50)), p99: round(percentile(times, 99)) };
}

/** Confirmed supports as they are written through the API, straight into the event store: a stream each. */
async function appendBulkSupports(url: string, ideaId: string, publicCode: string): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  const store = new PostgresEventStore(pool);
  const started = performance.now();
  try {
    let next = 0;
    const at = new Date().toISOString();
    const metadata = { correlationId: randomUUID(), causationId: null, actor: 'citizen', occurredAt: at, schemaVersion: 1 };
    const worker = async () => {
      for (let i = next++; i < BULK; i = next++) {
        const supportId = randomUUID();
        const district = i % 3 === 0 ? null : 'valby';
        const email = { keyId: supporterKeyId(supportId, 1), ciphertext: 'bench-placeholder' };
        await store.appendToStream(
          supportStreamId(supportId),
          [
            { type: 'SupportRequested', data: { supportId, ideaId, publicCode, district, language: 'da', email, at }, metadata },
            { type: 'SupportConfirmed', data: { supportId, ideaId, district, at }, metadata },
          ],
          { expectedRevision: 'no_stream' },
        );
        if ((i + 1) % 10_000 === 0) log(`appended ${i + 1} supports`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    return (performance.now() - started) / 1000;
  } finally {
    await store.close();
    await pool.end();
  }
}

async function main(): Promise<void> {
  const name = `bench_supports_${randomBytes(4).toString('hex')}`;
  await withClient(ADMIN_URL, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const secretsDir = mkdtempSync(join(tmpdir(), 'civic-bench-'));
  const serviceEnv = { SEED_DEMO_DATA: 'true', DEVELOPMENT_SECRETS_DIR: secretsDir, AUTH_JWKS_URL: '', TRACKING_TOKEN_SECRET: SECRET };
  let service: ChildProcess | null = null;
  try {
    const config = loadConfig({ ...process.env, NODE_ENV: 'development', ...serviceEnv });
    const token = await issueDevelopmentToken(
      { roles: ['dispatcher', 'department-lead', 'handler'], departments: ['TMF'], subject: 'bench-supports', expires: '12h', email: null },
      config,
    );
    const staff = { authorization: `Bearer ${token}` };
    service = await startService({ databaseUrl: url.toString(), port: PORT, withWorker: true, env: serviceEnv });
    const idea = (
      await call('POST', '/ideas', {
        title: 'Sikker cykelsti langs Amager Strandvej',
        description: 'Børn cykler til skole på en smal vej med mange lastbiler.',
        category: 'traffic',
        district: 'amager-oest',
        language: 'da',
        channel: 'web',
        location: { lat: 55.66, lon: 12.62 },
      })
    ).body as { id: string; publicCode: string };
    await until(
      'the public idea',
      () => call('GET', `/public/ideas/${idea.publicCode}`),
      (r) => r.status === 200,
    );

    log(`staff commands on the idea without supports (${RUNS} runs, load average ${load()})`);
    const before = await staffCommands(idea.id, staff);

    log(`${SUPPORTS} supports through the API, ${CONCURRENCY} at a time (load average ${load()})`);
    const links = new SupportLinks(SECRET);
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = next++; i < SUPPORTS; i = next++) {
          const email = `bench-${i}@example.dk`;
          const asked = await call('POST', `/public/ideas/${idea.publicCode}/supports`, { email, district: 'valby' });
          if (asked.status !== 202) throw new Error(`support: ${asked.status} ${JSON.stringify(asked.body)}`);
          const confirmed = await call('POST', `/supports/${links.issue(links.supportIdFor(idea.id, email))}/confirm`);
          if (confirmed.status !== 200) throw new Error(`confirm: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
        }
      }),
    );
    const apiSeconds = (performance.now() - started) / 1000;
    const confirmedSupportsPerSecond = Math.round(SUPPORTS / apiSeconds);
    log(`${confirmedSupportsPerSecond} confirmed supports/s`);

    log(`appending ${BULK} confirmed supports to the event store`);
    const bulkSeconds = await appendBulkSupports(url.toString(), idea.id, idea.publicCode);
    const total = SUPPORTS + BULK;
    const catchUpStarted = performance.now();
    await until(
      `the count of ${total}`,
      async () => (await call('GET', `/public/ideas/${idea.publicCode}`)).body.supports as number,
      (n) => n === total,
    );
    const countCaughtUpSeconds = (performance.now() - catchUpStarted) / 1000;
    // Measured once every read model has taken the 100,000 events in, so the commands do not share the machine with their catch-up.
    await until(
      'every projection caught up',
      async () => (await call('GET', '/health')).body?.projections as { positionsBehind: number }[] | undefined,
      (projections) => Boolean(projections?.every((p) => p.positionsBehind === 0)),
    );

    log(`staff commands on the idea with ${total} supports (${RUNS} runs, load average ${load()})`);
    const after = await staffCommands(idea.id, staff);
    const t0 = performance.now();
    await call('GET', `/public/ideas/${idea.publicCode}`);
    const publicIdea = round(performance.now() - t0);
    process.stdout.write(
      `${JSON.stringify({
        bench: 'supports',
        confirmedSupportsPerSecond,
        apiSupports: SUPPORTS,
        concurrency: CONCURRENCY,
        supportsOnIdea: total,
        staffCommandP50Ms: after.p50,
        staffCommandP99Ms: after.p99,
        staffCommandP50MsWithoutSupports: before.p50,
        staffCommandP99MsWithoutSupports: before.p99,
        staffCommandRuns: RUNS,
        bulkAppendSeconds: Number(bulkSeconds.toFixed(1)),
        countCaughtUpSecondsAfterBulk: Number(countCaughtUpSeconds.toFixed(1)),
        publicIdeaWithCountMs: publicIdea,
        postgres: await postgresVersion(ADMIN_URL),
        loadAverage: load(),
      })}\n`,
    );
  } finally {
    await stopService(service);
    rmSync(secretsDir, { recursive: true, force: true });
    await withClient(ADMIN_URL, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch((error) =>
      log(`drop: ${(error as Error).message}`),
    );
  }
}

main().catch((error) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
