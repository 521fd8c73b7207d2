/**
 * Rebuild benchmark: every read model (allProjections) rebuilt from position
 * 0 of a generated history (bench/generate-events.ts, ~1M events), with the
 * runner's own rebuildProjection (new generation, switch of the views) as
 * `npm run projections:rebuild all` does it.
 *
 * Two measurements on the same data:
 *   sequential  one projection at a time: each one's own events/s
 *   parallel    all together, as `projections:rebuild all` runs them (one
 *               process, one read of $all for all of them): the wall time to
 *               rebuild every read model, events/s over it, and the CPU
 *               seconds the command and the server spent
 * Target: ≥ 50,000 events/s all together.
 *
 * The database (--database-url, else DATABASE_URL, else the generator's
 * civic_bench on the local server) is reused when it already holds at least
 * --events events; otherwise the generator fills it first (a few minutes).
 *
 * Run:   npm run -s bench:rebuild [-- --events 1000000 --mode both|sequential|parallel --batch-size N --projections a,b --database-url URL]
 * Output: one JSON line on stdout; progress on stderr.
 */
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { PostgresEventStore } from '../libs/event-store/src/index';
import { applyMigrations, loadConfig, WorkingDayCalendar } from '../libs/platform/src/index';
import { allProjections, rebuildProjection, type Projection, type RebuildProgress } from '../libs/projections/src/index';
import { ensureGeneratedHistory, optionsFromArgs } from './generate-events';
import { postgresVersion } from './support/bench-cli';
import { cpuMsOf, serverCpuMs } from './support/process-cpu';

const TARGET_EVENTS_PER_SEC = 50_000;
/** As in package.json's projections:rebuild: a larger young generation, so the folds' short-lived rows are collected less often. */
const REBUILD_NODE_FLAGS = ['--max-semi-space-size=64'];
const MODES = ['both', 'sequential', 'parallel'] as const;
type Mode = (typeof MODES)[number];

const log = (message: string) => process.stderr.write(`[bench:rebuild] ${message}\n`);

interface Rebuilt {
  events: number;
  seconds: number;
  eventsPerSec: number;
  rows: number;
}

function flag(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function rowCount(pool: pg.Pool, table: string): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0].n);
}

async function rebuild(pool: pg.Pool, store: PostgresEventStore, projection: Projection, batchSize: number | undefined): Promise<Rebuilt> {
  const started = performance.now();
  const result = await rebuildProjection(pool, store, projection, {
    batchSize,
    progressIntervalMs: 5000,
    onProgress: (p: RebuildProgress) => log(`${p.projection}: ${p.applied} / ~${p.total} events, ${p.eventsPerSec} events/s`),
  });
  const seconds = (performance.now() - started) / 1000;
  let rows = 0;
  for (const table of projection.tables) rows += await rowCount(pool, table);
  return { events: result.events, seconds: round(seconds), eventsPerSec: Math.round(result.events / seconds), rows };
}

const round = (value: number) => Number(value.toFixed(2));

/** Runs the real command (apps/worker/rebuild-projections.ts) and reads each projection's figures from its closing lines. */
async function rebuildWithCommand(url: string, projections: Projection[], pool: pg.Pool): Promise<Rebuilt[]> {
  const names = projections.map((p) => p.name);
  // With the Node flags package.json's projections:rebuild gives it.
  const child = spawn(process.execPath, [...process.execArgv, ...REBUILD_NODE_FLAGS, 'apps/worker/rebuild-projections.ts', ...names], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk;
    process.stderr.write(chunk);
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`projections:rebuild exited with ${code}`);
  return Promise.all(
    names.map(async (name) => {
      const match = new RegExp(`${name}: rebuilt as generation \\d+ from (\\d+) events in ([\\d.]+) s`).exec(output);
      if (!match) throw new Error(`no result line for ${name}`);
      const events = Number(match[1]);
      const seconds = Number(match[2]);
      let rows = 0;
      for (const table of projections.find((p) => p.name === name)!.tables) rows += await rowCount(pool, table);
      return { events, seconds, eventsPerSec: Math.round(events / seconds), rows };
    }),
  );
}

/** Flush dirty pages before a phase, so a checkpoint the previous one caused does not land in it. */
async function checkpoint(pool: pg.Pool): Promise<void> {
  await pool.query('CHECKPOINT').catch(() => undefined);
}

async function main(): Promise<void> {
  const loadAverageAtStart = Number(loadavg()[0].toFixed(2));
  const args = process.argv.slice(2);
  const mode = (flag(args, 'mode') ?? 'both') as Mode;
  if (!MODES.includes(mode)) throw new Error(`--mode must be one of ${MODES.join(', ')}`);
  // Unset: the runner's own default, what `projections:rebuild` uses.
  const batchSize = flag(args, 'batch-size') === undefined ? undefined : Number(flag(args, 'batch-size'));
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) throw new Error('--batch-size must be a positive whole number');
  const history = await ensureGeneratedHistory(optionsFromArgs(args), log);
  await applyMigrations(history.url);
  const postgres = await postgresVersion(history.url);
  const wanted = flag(args, 'projections')?.split(',');
  const projections = allProjections(new WorkingDayCalendar(loadConfig().calendar)).filter((p) => !wanted || wanted.includes(p.name));
  if (projections.length === 0)
    throw new Error(
      `--projections names none of ${allProjections(new WorkingDayCalendar(loadConfig().calendar))
        .map((p) => p.name)
        .join(', ')}`,
    );
  const pool = new pg.Pool({ connectionString: history.url, max: projections.length * 3 + 2 });
  pool.on('error', (error) => log(`pool: ${error.message}`));
  const store = new PostgresEventStore(pool);
  log(`PostgreSQL ${postgres}, node ${process.version}; projections ${projections.map((p) => p.name).join(', ')}; mode ${mode}`);
  try {
    let sequential: Record<string, unknown> | undefined;
    if (mode !== 'parallel') {
      const each: Record<string, Rebuilt> = {};
      let total = 0;
      for (const projection of projections) {
        await checkpoint(pool);
        log(`sequential: ${projection.name}`);
        each[projection.name] = await rebuild(pool, store, projection, batchSize);
        total += each[projection.name].seconds;
        log(`sequential: ${projection.name} ${JSON.stringify(each[projection.name])}`);
      }
      // The store's events over the time to rebuild every read model from them, one after another.
      sequential = { ...each, seconds: round(total), eventsPerSec: Math.round(history.events / total) };
    }
    let parallel: Record<string, unknown> | undefined;
    if (mode !== 'sequential') {
      await checkpoint(pool);
      log('parallel: all projections together, as `npm run projections:rebuild -- all` runs them (one read of $all for all)');
      const started = performance.now();
      const [commandBefore, serverBefore] = [await cpuMsOf('self', true), await serverCpuMs(pool)];
      const ownBefore = process.cpuUsage();
      const results = await rebuildWithCommand(history.url, projections, pool);
      const wall = (performance.now() - started) / 1000;
      const own = process.cpuUsage(ownBefore);
      const [commandAfter, serverAfter] = [await cpuMsOf('self', true), await serverCpuMs(pool)];
      // The command's CPU (a child: this process's own, measured apart, taken out) and the server's, over the rebuild.
      const commandCpu = commandBefore !== null && commandAfter !== null ? commandAfter - commandBefore - (own.user + own.system) / 1000 : null;
      const serverCpu = serverBefore !== null && serverAfter !== null ? serverAfter - serverBefore : null;
      const cpuSeconds = commandCpu !== null && serverCpu !== null ? (commandCpu + serverCpu) / 1000 : null;
      parallel = {
        ...Object.fromEntries(projections.map((projection, i) => [projection.name, results[i]])),
        wallSeconds: round(wall),
        // The store's events over the time to rebuild every read model from them.
        eventsPerSec: Math.round(history.events / wall),
        commandCpuSeconds: commandCpu === null ? null : round(commandCpu / 1000),
        postgresCpuSeconds: serverCpu === null ? null : round(serverCpu / 1000),
        // The most this CPU work allows with every core free and busy all along (a shared machine gets less).
        cpuBoundEventsPerSec: cpuSeconds ? Math.round((history.events * availableParallelism()) / cpuSeconds) : null,
      };
      log(`parallel: ${JSON.stringify(parallel)}`);
    }
    // Two readings of the target: each projection on its own, and all three from the same events at once.
    const alone = sequential ? Math.min(...projections.map((p) => (sequential[p.name] as Rebuilt).eventsPerSec)) : null;
    const headline = (parallel?.eventsPerSec ?? sequential?.eventsPerSec) as number;
    process.stdout.write(
      `${JSON.stringify({
        bench: 'rebuild',
        events: history.events,
        ideas: history.ideas,
        projections: projections.map((p) => p.name),
        batchSize: batchSize ?? 'runner default',
        ...(sequential ? { sequential } : {}),
        ...(parallel ? { parallel } : {}),
        eventsPerSec: headline,
        slowestProjectionAloneEventsPerSec: alone,
        target: TARGET_EVENTS_PER_SEC,
        meetsTarget: { allProjectionsTogether: headline >= TARGET_EVENTS_PER_SEC, eachProjectionAlone: alone === null ? null : alone >= TARGET_EVENTS_PER_SEC },
        loadAverageAtStart,
        node: process.version,
        postgres,
      })}\n`,
    );
  } finally {
    await store.close();
    await pool.end();
  }
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
