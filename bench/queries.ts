/**
 * Read-side query benchmark over HTTP against the built service, on the
 * generated history (bench/generate-events.ts, ~1M events, ~160k ideas):
 *   inbox          GET /departments/:code/inbox — a case handler's page (25 rows),
 *                  rotating the seven departments and everyday filters
 *   publicStatus   GET /public/ideas/:publicCode — random existing codes
 *   report         GET /reports/response-times?groupBy=department over the
 *                  12 months before the history's end
 *   inboxPage      GET /staff/inbox — the staff inbox page (a session from the
 *                  development sign-in), the same departments and filters as inbox
 *   dashboard      GET /staff/dashboard over the same 12 months (both reports,
 *                  four SVG charts, the page), rotating the four groupings
 * Each: warm-up, then --runs sequential requests (one in flight, keep-alive),
 * latency until the body is read. Targets p95: 20 / 10 / 100 / 30 / 150 ms.
 *
 * The service runs as its own process (API only: the read models are
 * brought up to date before it starts, so nothing writes during the runs).
 * Their tables are measured as the rebuild left them (it analyzes each new
 * generation before switching); --vacuum first runs VACUUM (ANALYZE), as
 * autovacuum would after live traffic on a normal server.
 *
 * --skip-catch-up measures the read models as they stand: on a long history
 * (5M, 15M events) catching all of them up batch by batch takes far longer
 * than `projections:rebuild` of the ones measured (department_inbox,
 * public_status, response_times, response_time_histograms, participation).
 *
 * Run:   npm run -s bench:queries [-- --runs 200 --warmup 20 --events 1000000 --database-url URL --vacuum --skip-catch-up]
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
import { activeGeneration, allProjections, catchUpProjection, tableNames } from '../libs/projections/src/index';
import { ensureGeneratedHistory, optionsFromArgs } from './generate-events';
import { issueDevelopmentToken } from '../libs/casework/src/index';
import { numberFlag, postgresVersion } from './support/bench-cli';
import { startService, stopService } from './support/start-service';

const TARGET_P95_MS = { inbox: 20, publicStatus: 10, report: 100, inboxPage: 30, dashboard: 150 } as const;
const PORT = 3900 + Math.floor(Math.random() * 100);
const BASE = `http://127.0.0.1:${PORT}`;
/** A manager's token (managers read every inbox and every report), signed once the service's key exists. */
let STAFF: Record<string, string> = {};

const log = (message: string) => process.stderr.write(`[bench:queries] ${message}\n`);

/** Every read model caught up with the store, so the service starts on complete data (a no-op after bench:rebuild). */
async function catchUpReadModels(url: string): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('error', (error) => log(`pool: ${error.message}`));
  const store = new PostgresEventStore(pool);
  try {
    let applied = 0;
    for (const projection of allProjections(new WorkingDayCalendar(loadConfig().calendar))) {
      const started = performance.now();
      const n = await catchUpProjection(pool, store, projection, { batchSize: 2000 });
      if (n > 0) log(`${projection.name}: caught up ${n} events in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      applied += n;
    }
    return applied;
  } finally {
    await store.close();
    await pool.end();
  }
}

/**
 * VACUUM (ANALYZE) of the active generations, as autovacuum would soon do
 * on a normal server (this machine runs with autovacuum off): a rebuild
 * leaves its tables with a dead row version per upsert and no statistics.
 */
async function vacuumReadModels(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const projection of allProjections(new WorkingDayCalendar(loadConfig().calendar))) {
      const { generation } = await activeGeneration(client, projection.name);
      for (const table of Object.values(tableNames(projection, generation))) {
        const started = performance.now();
        await client.query(`VACUUM (ANALYZE) ${table}`);
        log(`vacuum (analyze) ${table}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
      }
    }
  } finally {
    await client.end();
  }
}

interface Inputs {
  departments: string[];
  publicCodes: string[];
  assignees: Map<string, string[]>;
}

async function sampleInputs(url: string): Promise<Inputs> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const departments = (await client.query<{ code: string }>('SELECT code FROM departments ORDER BY code')).rows.map((row) => row.code);
    const publicCodes = (await client.query<{ public_code: string }>('SELECT public_code FROM public_status ORDER BY random() LIMIT 2000')).rows.map(
      (row) => row.public_code,
    );
    const { rows } = await client.query<{ department: string; assignee: string }>(
      'SELECT DISTINCT department, assignee FROM department_inbox WHERE open AND assignee IS NOT NULL AND department IS NOT NULL',
    );
    const assignees = new Map<string, string[]>();
    for (const { department, assignee } of rows) assignees.set(department, [...(assignees.get(department) ?? []), assignee]);
    if (publicCodes.length === 0) throw new Error('public_status is empty: rebuild or catch up the read models first');
    return { departments, publicCodes, assignees };
  } finally {
    await client.end();
  }
}

interface Measured {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  runs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (value: number) => Number(value.toFixed(2));

function summarize(latencies: number[]): Measured {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted[sorted.length - 1]),
    runs: sorted.length,
  };
}

/** One request, timed until its body is read; anything but 200 stops the bench (a 4xx would be a bench bug, a 5xx a service bug). */
async function timedGet(path: string, headers: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${BASE}${path}`, { headers: { accept: 'application/json', ...headers } });
  const body = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${body.slice(0, 500)}`);
  return elapsed;
}

async function measure(
  label: string,
  warmup: number,
  runs: number,
  nextPath: (i: number) => { path: string; headers?: Record<string, string>; variant?: string },
) {
  for (let i = 0; i < warmup; i++) {
    const { path, headers } = nextPath(i);
    await timedGet(path, headers);
  }
  const all: number[] = [];
  const byVariant = new Map<string, number[]>();
  for (let i = 0; i < runs; i++) {
    const { path, headers, variant } = nextPath(warmup + i);
    const ms = await timedGet(path, headers);
    all.push(ms);
    if (variant) byVariant.set(variant, [...(byVariant.get(variant) ?? []), ms]);
  }
  const result = summarize(all);
  log(`${label}: ${JSON.stringify(result)}`);
  return { result, variants: Object.fromEntries([...byVariant].map(([name, ms]) => [name, { p50Ms: summarize(ms).p50Ms, p95Ms: summarize(ms).p95Ms }])) };
}

/** A manager's session, as a developer signs in (the development sign-in page: a form with its CSRF cookie and token). */
async function staffSession(): Promise<Record<string, string>> {
  // Name → value, a later Set-Cookie replacing an earlier one (a cookie the server clears is dropped).
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (value === '') jar.delete(name);
      else jar.set(name, value);
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const form = await fetch(`${BASE}/staff/sign-in`);
  const html = await form.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!csrf) throw new Error(`No sign-in form at /staff/sign-in: ${form.status} ${html.slice(0, 300)}`);
  keep(form);
  const body = new URLSearchParams([
    ['_csrf', csrf],
    ['subject', 'bench-manager'],
    ['next', '/staff/inbox'],
    ['roles', 'manager'],
  ]);
  const signedIn = await fetch(`${BASE}/staff/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: header() },
    body,
  });
  if (signedIn.status !== 303) throw new Error(`Signing in: ${signedIn.status} ${(await signedIn.text()).slice(0, 300)}`);
  keep(signedIn);
  return { cookie: header() };
}

function inboxRequest(inputs: Inputs, i: number) {
  const department = inputs.departments[i % inputs.departments.length];
  const code = encodeURIComponent(department);
  const handlers = inputs.assignees.get(department) ?? [];
  // What case handlers open all day: the deadline list, the overdue ones, their own cases, the newest.
  const variants = [
    ['deadline', ''],
    ['overdue', '?overdue=true'],
    ['status', '?status=assigned,diagnosed'],
    ['mine', handlers.length ? `?assignee=${encodeURIComponent(handlers[i % handlers.length])}` : ''],
    ['newest', '?sort=receivedAt&order=desc'],
  ] as const;
  const [variant, query] = variants[Math.floor(i / inputs.departments.length) % variants.length];
  return { path: `/departments/${code}/inbox${query}`, headers: STAFF, variant };
}

async function main(): Promise<void> {
  const loadAverageAtStart = Number(loadavg()[0].toFixed(2));
  const args = process.argv.slice(2);
  const runs = numberFlag(args, 'runs', 200, { integer: true });
  const warmup = numberFlag(args, 'warmup', 20, { integer: true });
  const generate = optionsFromArgs(args);
  const history = await ensureGeneratedHistory(generate, log);
  await applyMigrations(history.url);
  const caughtUp = args.includes('--skip-catch-up') ? 0 : await catchUpReadModels(history.url);
  const vacuumed = args.includes('--vacuum');
  if (vacuumed) await vacuumReadModels(history.url);
  const inputs = await sampleInputs(history.url);
  const postgres = await postgresVersion(history.url);
  // The history's last 12 months (its end is a local date, exclusive).
  const to = generate.end;
  const fromDate = new Date(`${to}T00:00:00Z`);
  fromDate.setUTCMonth(fromDate.getUTCMonth() - 12);
  const from = fromDate.toISOString().slice(0, 10);

  let service: ChildProcess | null = null;
  // The service trusts the development key in a folder of the bench's own; the bench signs its token with the same key.
  const secretsDir = mkdtempSync(join(tmpdir(), 'civic-bench-'));
  const serviceEnv = { SEED_DEMO_DATA: 'false', DEVELOPMENT_SECRETS_DIR: secretsDir, AUTH_JWKS_URL: '' };
  try {
    const config = loadConfig({ ...process.env, NODE_ENV: 'development', ...serviceEnv });
    STAFF = {
      authorization: `Bearer ${await issueDevelopmentToken({ roles: ['manager'], departments: [], subject: 'bench-queries', expires: '12h', email: null }, config)}`,
    };
    service = await startService({ databaseUrl: history.url, port: PORT, env: serviceEnv });
    log(`service up on port ${PORT}; ${warmup} warm-up + ${runs} measured requests per query, one at a time`);
    const inbox = await measure('inbox', warmup, runs, (i) => inboxRequest(inputs, i));
    const publicStatus = await measure('publicStatus', warmup, runs, () => ({
      path: `/public/ideas/${encodeURIComponent(inputs.publicCodes[Math.floor(Math.random() * inputs.publicCodes.length)])}`,
    }));
    const report = await measure('report', warmup, runs, () => ({ path: `/reports/response-times?groupBy=department&from=${from}&to=${to}`, headers: STAFF }));
    const session = await staffSession();
    const page = { ...session, accept: 'text/html' };
    const inboxPage = await measure('inboxPage', warmup, runs, (i) => {
      const { path, variant } = inboxRequest(inputs, i);
      const [, code, query] = /^\/departments\/([^/]+)\/inbox\??(.*)$/.exec(path)!;
      const filters = new URLSearchParams(query);
      const assignee = filters.get('assignee');
      const search = new URLSearchParams({ queue: decodeURIComponent(code), ...(assignee && { assignee }), ...(filters.get('overdue') && { overdue: 'yes' }) });
      return { path: `/staff/inbox?${search}`, headers: page, variant };
    });
    const groupings = ['department', 'district', 'category', 'month'] as const;
    const dashboard = await measure('dashboard', warmup, runs, (i) => ({
      path: `/staff/dashboard?groupBy=${groupings[i % groupings.length]}&from=${from}&to=${to}&lang=da`,
      headers: page,
      variant: groupings[i % groupings.length],
    }));
    const withTarget = (name: keyof typeof TARGET_P95_MS, measured: { result: Measured }) => ({
      ...measured.result,
      targetP95Ms: TARGET_P95_MS[name],
      meetsTarget: measured.result.p95Ms <= TARGET_P95_MS[name],
    });
    process.stdout.write(
      `${JSON.stringify({
        bench: 'queries',
        events: history.events,
        ideas: history.ideas,
        caughtUpBeforeRun: caughtUp,
        vacuumedBeforeRun: vacuumed,
        runs,
        warmup,
        inbox: { ...withTarget('inbox', inbox), variants: inbox.variants },
        publicStatus: withTarget('publicStatus', publicStatus),
        report: { ...withTarget('report', report), from, to, groupBy: 'department' },
        inboxPage: { ...withTarget('inboxPage', inboxPage), variants: inboxPage.variants },
        dashboard: { ...withTarget('dashboard', dashboard), variants: dashboard.variants, from, to },
        loadAverageAtStart,
        node: process.version,
        postgres,
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
