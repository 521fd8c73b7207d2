/**
 * Pages against their JSON: the same resource, the same run, one request at a
 * time, on the generated history (bench/generate-events.ts):
 *   publicIdea   GET /public/ideas/:publicCode — random existing codes, as JSON and as the page
 *   tracking     GET /track/:token — ideas the bench submits first (the generated
 *                history's ideas have no tracking link anyone holds), as JSON and as the page
 * Target: the page's p95 ≤ 20 ms, and at most twice its JSON's p95.
 *
 * Run:   npm run -s bench:pages [-- --runs 200 --warmup 20 --events 1000000 --database-url URL]
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

const TARGET_PAGE_P95_MS = 20;
const MAX_PAGE_TO_JSON = 2;
const PORT = 4000 + Math.floor(Math.random() * 100);
const BASE = `http://127.0.0.1:${PORT}`;
const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const TRACKED_IDEAS = 100;

const log = (message: string) => process.stderr.write(`[bench:pages] ${message}\n`);

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

async function publicCodes(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ public_code: string }>('SELECT public_code FROM public_status ORDER BY random() LIMIT 2000');
    if (rows.length === 0) throw new Error('public_status is empty');
    return rows.map((row) => row.public_code);
  } finally {
    await client.end();
  }
}

/** Ideas with tracking links the bench holds, submitted as a citizen would (contact and all). */
async function submitTrackedIdeas(): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < TRACKED_IDEAS; i++) {
    const response = await fetch(`${BASE}/ideas`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: `Bench idé ${i}`,
        description: 'Flere bænke ved søerne, så ældre kan hvile sig på turen.',
        category: 'parks-nature',
        district: 'oesterbro',
        language: 'da',
        contact: { name: 'Bench Borger', email: `bench-${i}@example.dk` },
      }),
    });
    if (response.status !== 201) throw new Error(`POST /ideas: ${response.status} ${await response.text()}`);
    tokens.push(((await response.json()) as { trackingToken: string }).trackingToken);
  }
  return tokens;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const round = (value: number) => Number(value.toFixed(2));

async function timedGet(path: string, accept: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${BASE}${path}`, { headers: { accept } });
  const body = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${body.slice(0, 300)}`);
  return elapsed;
}

/** JSON and page requests interleaved, so both meet the same machine at the same moments. */
async function measurePair(label: string, warmup: number, runs: number, nextPath: () => string) {
  for (let i = 0; i < warmup; i++) {
    const path = nextPath();
    await timedGet(path, 'application/json');
    await timedGet(path, HTML);
  }
  const json: number[] = [];
  const page: number[] = [];
  for (let i = 0; i < runs; i++) {
    const path = nextPath();
    json.push(await timedGet(path, 'application/json'));
    page.push(await timedGet(path, HTML));
  }
  const summary = (ms: number[]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return { p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), maxMs: round(sorted[sorted.length - 1]) };
  };
  const result = { json: summary(json), page: summary(page) };
  const ratio = round(result.page.p95Ms / result.json.p95Ms);
  log(`${label}: ${JSON.stringify(result)} page/json p95 ${ratio}`);
  return { ...result, pageToJsonP95: ratio, meetsTarget: result.page.p95Ms <= TARGET_PAGE_P95_MS && ratio <= MAX_PAGE_TO_JSON };
}

async function main(): Promise<void> {
  const loadAverageAtStart = Number(loadavg()[0].toFixed(2));
  const args = process.argv.slice(2);
  const runs = numberFlag(args, 'runs', 200, { integer: true });
  const warmup = numberFlag(args, 'warmup', 20, { integer: true });
  const history = await ensureGeneratedHistory(optionsFromArgs(args), log);
  await applyMigrations(history.url);
  await catchUpReadModels(history.url);
  const codes = await publicCodes(history.url);
  const secretsDir = mkdtempSync(join(tmpdir(), 'civic-bench-pages-'));
  let service: ChildProcess | null = null;
  try {
    service = await startService({
      databaseUrl: history.url,
      port: PORT,
      env: { SEED_DEMO_DATA: 'false', DEVELOPMENT_SECRETS_DIR: secretsDir, AUTH_JWKS_URL: '' },
    });
    const tokens = await submitTrackedIdeas();
    log(`service up on port ${PORT}; ${TRACKED_IDEAS} tracked ideas submitted; ${warmup} warm-up + ${runs} measured pairs per resource`);
    const pick = <T>(values: T[]) => values[Math.floor(Math.random() * values.length)];
    const publicIdea = await measurePair('publicIdea', warmup, runs, () => `/public/ideas/${encodeURIComponent(pick(codes))}`);
    const tracking = await measurePair('tracking', warmup, runs, () => `/track/${pick(tokens)}`);
    process.stdout.write(
      `${JSON.stringify({
        bench: 'pages',
        events: history.events,
        runs,
        warmup,
        targetPageP95Ms: TARGET_PAGE_P95_MS,
        maxPageToJson: MAX_PAGE_TO_JSON,
        publicIdea,
        tracking,
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
