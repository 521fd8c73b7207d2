import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import pg from 'pg';
import type { RoutingRule } from '../../libs/ideas/src/index';
import { applyMigrations, loadConfig, WorkingDayCalendar } from '../../libs/platform/src/index';
import { DEPARTMENTS, PersonalDataVault, personalDataMasterKey, ROUTING_RULES, seedReferenceData, TrackingTokens } from '../../libs/casework/src/index';
import { appendHistory, type Appended } from './append';
import { copyHistory } from './copy';
import { postgresVersion } from '../support/bench-cli';
import { eventCount, generatedHistory, prepareDatabase, serverUrl, stampDatabase } from './database';
import { dryRun } from './dry-run';
import type { GenerateOptions } from './options';
import { planHistory } from './plan-history';
import { DAY, SimulatedDays } from './simulated-days';

// The generator from start to end: the database, the plan, the appends, the summary line.

export interface GenerateSummary {
  bench: 'generate-events';
  reused: boolean;
  events: number;
  ideas: number;
  eventsPerIdea: number;
  appends: number;
  seconds: number;
  appendSeconds: number;
  eventsPerSec: number;
  method: 'copy' | 'append';
  writers: number;
  seed: number;
  from: string;
  to: string;
  openAtEnd: number;
  database: string;
  /** Other work on the machine skews every figure: the 1-minute load average when the bench started. */
  loadAverageAtStart: number;
  node: string;
  postgres: string;
}

/**
 * For the benches that read a generated history (rebuild, queries): reuses
 * the database when it holds at least options.events events, else generates
 * them, but only into an empty database or one this generator filled.
 */
export async function ensureGeneratedHistory(
  options: GenerateOptions,
  log: (message: string) => void,
): Promise<{ url: string; events: number; ideas: number | null }> {
  const url = options.databaseUrl;
  const existing = await eventCount(url);
  const stamp = await generatedHistory(url).catch(() => null);
  if (existing >= options.events) {
    log(`reusing ${serverUrl(url).name}: ${existing} events${stamp ? ` (generated, seed ${stamp.seed})` : ''}`);
    return { url, events: existing, ideas: stamp?.ideas ?? null };
  }
  if (existing > 0 && !stamp)
    throw new Error(
      `${serverUrl(url).name} holds ${existing} events not made by the generator, fewer than --events ${options.events}; point --database-url elsewhere`,
    );
  log(`generating ${options.events} events first (bench/generate-events.ts)`);
  const generated = await generateEvents({ ...options, reset: existing > 0 });
  return { url, events: generated.events, ideas: generated.ideas };
}

/** Node's heap the plans of every idea take before the COPY lets them go, per event (9.3 GB at its peak for 15M). */
const HEAP_BYTES_PER_EVENT = 650;

/** Fails at once, not after minutes of planning, when Node's heap is too small for the history asked for. */
function assertHeapFor(events: number): void {
  const needed = events * HEAP_BYTES_PER_EVENT;
  const limit = getHeapStatistics().heap_size_limit;
  if (limit < needed)
    throw new Error(
      `${events} events need about ${Math.ceil(needed / 2 ** 30)} GB of Node's heap, which is limited to ${(limit / 2 ** 30).toFixed(1)} GB here: ` +
        `run with NODE_OPTIONS=--max-old-space-size=${Math.ceil((needed * 1.2) / 2 ** 20)} (npm run bench:generate sets 16384)`,
    );
}

export async function generateEvents(options: GenerateOptions): Promise<GenerateSummary> {
  assertHeapFor(options.events);
  const log = options.log ?? ((message: string) => process.stderr.write(`[bench:generate] ${message}\n`));
  const startedAt = performance.now();
  const loadAverageAtStart = Number(loadavg()[0].toFixed(2));
  const { name } = serverUrl(options.databaseUrl);
  const postgres = await postgresVersion(serverUrl(options.databaseUrl).admin);
  const calendar = new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' });
  const endDate = new Date(`${options.end}T00:00:00Z`);
  const fromDate = new Date(endDate);
  fromDate.setUTCMonth(fromDate.getUTCMonth() - options.months);
  const from = fromDate.toISOString().slice(0, 10);
  const firstDay = 0;
  const lastDay = Math.round((endDate.getTime() - fromDate.getTime()) / DAY);
  // A year past the end, so a late step of a late idea still finds its working day (it is cut anyway).
  const days = new SimulatedDays(calendar, from, lastDay + 400);
  const summary = (reused: boolean, appended: Appended, appendSeconds: number): GenerateSummary => ({
    bench: 'generate-events',
    reused,
    events: appended.events,
    ideas: appended.ideas,
    eventsPerIdea: Number((appended.events / Math.max(1, appended.ideas)).toFixed(2)),
    appends: appended.appends,
    seconds: Number(((performance.now() - startedAt) / 1000).toFixed(1)),
    appendSeconds: Number(appendSeconds.toFixed(1)),
    eventsPerSec: appendSeconds > 0 ? Math.round(appended.events / appendSeconds) : 0,
    method: options.method,
    writers: options.method === 'copy' ? 1 : options.writers,
    seed: options.seed,
    from,
    to: options.end,
    openAtEnd: appended.openAtEnd,
    database: name,
    loadAverageAtStart,
    node: process.version,
    postgres,
  });

  if (!options.dryRun) {
    const stamp = await prepareDatabase(options.databaseUrl, options.reset);
    if (stamp && stamp.events >= options.events) {
      log(`reusing ${name}: it holds ${stamp.events} generated events (seed ${stamp.seed}); --reset to generate again`);
      return { ...summary(true, { events: stamp.events, ideas: stamp.ideas, appends: 0, openAtEnd: -1 }, 0), seed: stamp.seed, from: stamp.from, to: stamp.to };
    }
  }

  const { rules, departments } = options.dryRun ? referenceDataAsSeeded() : await referenceDataIn(options.databaseUrl, name, log);

  const trackingTokens = new TrackingTokens(loadConfig({ TRACKING_TOKEN_SECRET: process.env.TRACKING_TOKEN_SECRET }).trackingTokenSecret);
  const planStarted = performance.now();
  const history = planHistory({ days, calendar, rules, departments, trackingTokens, routes: new Map() }, options, firstDay, lastDay);
  log(
    `planned ${history.ideas.length.toLocaleString('en')} ideas, ${history.events.toLocaleString('en')} events from ${from} to ${options.end} in ${((performance.now() - planStarted) / 1000).toFixed(1)} s`,
  );
  if (options.dryRun) return summary(false, dryRun(history), 0);

  // Loading data, not measuring appends: an unsynced commit is safe here (a crash loses the last few ms, and we start over).
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.writers, options: '-c synchronous_commit=off' });
  pool.on('error', (error) => log(`pool: ${error.message}`));
  try {
    const appendStarted = performance.now();
    const vault = new PersonalDataVault(
      pool,
      await personalDataMasterKey(loadConfig({ PII_MASTER_KEY: process.env.PII_MASTER_KEY, DEVELOPMENT_SECRETS_DIR: process.env.DEVELOPMENT_SECRETS_DIR })),
    );
    const appended = options.method === 'copy' ? await copyHistory(pool, vault, history, log) : await appendHistory(pool, vault, history, options, log);
    const appendSeconds = (performance.now() - appendStarted) / 1000;
    log(`appended ${appended.events} events in ${appended.appends} appends in ${appendSeconds.toFixed(1)} s; vacuum + analyze`);
    await pool.query(`SELECT setval('idea_public_code_seq', $1)`, [history.ideas.length]);
    await pool.query('VACUUM (ANALYZE) events');
    await pool.query('VACUUM (ANALYZE) event_streams');
    await stampDatabase(pool, name, { seed: options.seed, events: appended.events, ideas: appended.ideas, from, to: options.end });
    return summary(false, appended, appendSeconds);
  } finally {
    await pool.end();
  }
}

interface ReferenceData {
  rules: RoutingRule[];
  departments: string[];
}

/** Migrates the (empty) database, seeds the reference data and reads the routing rules back as the API would. */
async function referenceDataIn(databaseUrl: string, name: string, log: (message: string) => void): Promise<ReferenceData> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on('error', (error) => log(`pool: ${error.message}`));
  try {
    await applyMigrations(databaseUrl);
    const {
      rows: [{ n }],
    } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events');
    if (n > 0) throw new Error(`${name} already holds ${n} events that this generator did not stamp; pass --reset to drop and recreate it`);
    await seedReferenceData(pool);
    const rules = (await pool.query<RoutingRule>('SELECT id, department, category, district, keywords, priority FROM routing_rules')).rows;
    const departments = (await pool.query<{ code: string }>('SELECT code FROM departments')).rows.map((row) => row.code).sort();
    return { rules, departments };
  } finally {
    await pool.end();
  }
}

/** The seed reference data without a database (--dry-run). */
function referenceDataAsSeeded(): ReferenceData {
  return { rules: ROUTING_RULES.map((rule) => ({ ...rule, keywords: [...rule.keywords] })), departments: DEPARTMENTS.map((d) => d.code).sort() };
}
