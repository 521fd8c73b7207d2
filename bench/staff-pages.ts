/**
 * The staff pages on the generated history (bench/generate-events.ts), one
 * request at a time, signed in through the development sign-in page:
 *   inbox       GET /staff/inbox — a handler's department queue, plain and
 *               filtered, by deadline (25 rows, names joined)
 *   dashboard   GET /staff/dashboard — a manager's twelve months by department:
 *               both reports, four SVG charts and their tables
 * Targets: inbox p95 ≤ 30 ms, dashboard p95 ≤ 150 ms.
 *
 * Run:   npm run -s bench:staff-pages [-- --runs 200 --warmup 20 --events 1000000 --database-url URL]
 * Output: one JSON line on stdout; progress on stderr.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { PostgresEventStore } from '../libs/event-store/src/index';
import { applyMigrations, loadConfig, WorkingDayCalendar } from '../libs/platform/src/index';
import { allProjections, catchUpProjection } from '../libs/projections/src/index';
import { ensureGeneratedHistory, optionsFromArgs } from './generate-events';
import { numberFlag, postgresVersion } from './support/bench-cli';
import { startService, stopService } from './support/start-service';

const TARGET_INBOX_P95_MS = 30;
const TARGET_DASHBOARD_P95_MS = 150;
const PORT = 4100 + Math.floor(Math.random() * 100);
const BASE = `http://127.0.0.1:${PORT}`;

const log = (message: string) => process.stderr.write(`[bench:staff-pages] ${message}\n`);

async function catchUpReadModels(url: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const store = new PostgresEventStore(pool);
  try {
    for (const projection of allProjections(new WorkingDayCalendar(loadConfig().calendar)))
      await catchUpProjection(pool, store, projection, { batchSize: 2000 });
  } finally {
    await store.close();
    await pool.end();
  }
}

/** The department with the most open ideas: the busiest inbox. */
async function busiestDepartment(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ department: string }>(
      'SELECT department FROM department_inbox WHERE open AND department IS NOT NULL GROUP BY department ORDER BY count(*) DESC LIMIT 1',
    );
    if (!rows[0]) throw new Error('department_inbox has no open routed ideas');
    return rows[0].department;
  } finally {
    await client.end();
  }
}

const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');

/** A session through the development sign-in form, as a developer gets one. */
async function signIn(subject: string, roles: string[], departments: string[]): Promise<string> {
  const form = await fetch(`${BASE}/staff/sign-in`);
  const csrfCookie = cookiesOf(form);
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
  if (!token) throw new Error('no CSRF token on the sign-in page');
  const body = new URLSearchParams(<[string, string][]>[
    ['_csrf', token],
    ['subject', subject],
    ...roles.map((r) => ['roles', r]),
    ...departments.map((d) => ['departments', d]),
  ]);
  const signedIn = await fetch(`${BASE}/staff/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: body.toString(),
    redirect: 'manual',
  });
  if (signedIn.status !== 303) throw new Error(`sign-in: ${signedIn.status}`);
  return cookiesOf(signedIn);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const round = (value: number) => Number(value.toFixed(2));

async function measure(label: string, cookie: string, warmup: number, runs: number, nextPath: () => string, target: number) {
  const get = async (path: string) => {
    const started = performance.now();
    const response = await fetch(`${BASE}${path}`, { headers: { cookie } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${body.slice(0, 300)}`);
    return performance.now() - started;
  };
  for (let i = 0; i < warmup; i++) await get(nextPath());
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) ms.push(await get(nextPath()));
  const sorted = ms.sort((a, b) => a - b);
  const result = { p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), maxMs: round(sorted[sorted.length - 1]) };
  log(`${label}: ${JSON.stringify(result)}`);
  return { ...result, targetP95Ms: target, meetsTarget: result.p95Ms <= target };
}

async function main(): Promise<void> {
  const loadAverageAtStart = Number(loadavg()[0].toFixed(2));
  const args = process.argv.slice(2);
  const runs = numberFlag(args, 'runs', 200, { integer: true });
  const warmup = numberFlag(args, 'warmup', 20, { integer: true });
  const history = await ensureGeneratedHistory(optionsFromArgs(args), log);
  await applyMigrations(history.url);
  await catchUpReadModels(history.url);
  const department = await busiestDepartment(history.url);
  const secretsDir = mkdtempSync(join(tmpdir(), 'civic-bench-staff-'));
  let service: ChildProcess | null = null;
  try {
    service = await startService({
      databaseUrl: history.url,
      port: PORT,
      env: { SEED_DEMO_DATA: 'false', DEVELOPMENT_SECRETS_DIR: secretsDir, AUTH_JWKS_URL: '', STAFF_OIDC_CLIENT_ID: '' },
    });
    const handler = await signIn('bench-handler', ['handler'], [department]);
    const manager = await signIn('bench-manager', ['manager'], []);
    log(`service up on port ${PORT}; inbox of ${department}; ${warmup} warm-up + ${runs} measured requests each`);
    const inboxPaths = [`/staff/inbox?queue=${department}`, `/staff/inbox?queue=${department}&overdue=yes`, `/staff/inbox?queue=${department}&status=assigned`];
    let i = 0;
    const inbox = await measure('inbox', handler, warmup, runs, () => inboxPaths[i++ % inboxPaths.length], TARGET_INBOX_P95_MS);
    const dashboard = await measure('dashboard', manager, warmup, runs, () => '/staff/dashboard', TARGET_DASHBOARD_P95_MS);
    process.stdout.write(
      `${JSON.stringify({
        bench: 'staff-pages',
        events: history.events,
        runs,
        warmup,
        inbox,
        dashboard,
        loadAverageAtStart,
        node: process.version,
        postgres: await postgresVersion(history.url),
      })}\n`,
    );
  } finally {
    await stopService(service);
    rmSync(secretsDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
