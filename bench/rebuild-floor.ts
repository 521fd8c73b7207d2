/**
 * The floor under a rebuild of every read model: the CPU seconds of the work
 * any rebuild that gives these read models must do, whatever its folds cost,
 * measured part by part on a history whose read models are built
 * (bench:rebuild first):
 *   read    $all from position 0, decoded into events as the rebuild reads it (this
 *           process and the server), nothing folded
 *   stem    every idea's masked title and description made a search document
 *           (civic_search_document: Danish, Swedish, Norwegian), once each
 *   write   every read model's rows inserted once (CREATE TEMP TABLE … AS: no
 *           WAL, no trigger, no index, so less than a rebuild can spend)
 *   index   every index of every read model built once (REINDEX), then ANALYZE
 * Their sum over the cores gives the most events/s a rebuild could reach if
 * folding cost nothing; against the target, what is left for the folds.
 *
 * Run:   npm run -s bench:rebuild-floor [-- --database-url URL]  (a private server: its CPU is counted whole)
 * Output: one JSON line on stdout; progress on stderr.
 */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { PostgresEventStore, type StoredEvent } from '../libs/event-store/src/index';
import { loadConfig, WorkingDayCalendar } from '../libs/platform/src/index';
import { activeGeneration, allProjections, SIMILAR_IDEAS, tableNames } from '../libs/projections/src/index';
import { optionsFromArgs } from './generate-events';
import { postgresVersion } from './support/bench-cli';
import { serverCpuMs } from './support/process-cpu';

const TARGET_EVENTS_PER_SEC = 50_000;
const BATCH_SIZE = 2000;

const log = (message: string) => process.stderr.write(`[bench:rebuild-floor] ${message}\n`);
const round = (value: number) => Number(value.toFixed(2));

interface Part {
  wallSeconds: number;
  commandCpuSeconds: number;
  postgresCpuSeconds: number;
  cpuSeconds: number;
}

/** Runs one part and what it cost: wall time, this process's CPU and the server's. */
async function measure(pool: pg.Pool, name: string, work: () => Promise<unknown>): Promise<Part> {
  await pool.query('CHECKPOINT').catch(() => undefined);
  const serverBefore = await serverCpuMs(pool);
  if (serverBefore === null) throw new Error('the server is not on this machine: its CPU cannot be read (use a private local server)');
  const ownBefore = process.cpuUsage();
  const started = performance.now();
  await work();
  const wallSeconds = (performance.now() - started) / 1000;
  const own = process.cpuUsage(ownBefore);
  const commandCpuSeconds = (own.user + own.system) / 1e6;
  const postgresCpuSeconds = ((await serverCpuMs(pool))! - serverBefore) / 1000;
  const part = {
    wallSeconds: round(wallSeconds),
    commandCpuSeconds: round(commandCpuSeconds),
    postgresCpuSeconds: round(postgresCpuSeconds),
    cpuSeconds: round(commandCpuSeconds + postgresCpuSeconds),
  };
  log(`${name}: ${JSON.stringify(part)}`);
  return part;
}

async function main(): Promise<void> {
  const loadAverageAtStart = Number(loadavg()[0].toFixed(2));
  const { databaseUrl: url } = optionsFromArgs(process.argv.slice(2));
  const postgres = await postgresVersion(url);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const store = new PostgresEventStore(pool);
  try {
    const projections = allProjections(new WorkingDayCalendar(loadConfig().calendar));
    const physical: string[] = [];
    for (const projection of projections) {
      const { generation } = await activeGeneration(pool, projection.name);
      physical.push(...Object.values(tableNames(projection, generation)));
    }
    const { rows: counted } = await pool.query<{ ideas: string }>(`SELECT count(*) AS ideas FROM ${SIMILAR_IDEAS}`);
    const ideas = Number(counted[0].ideas);
    if (ideas === 0) throw new Error('the read models hold no idea: run bench:rebuild on this database first');
    log(`PostgreSQL ${postgres}, node ${process.version}; ${projections.length} read models, ${physical.length} tables, ${ideas} ideas`);

    let events = 0;
    const read = await measure(pool, 'read', async () => {
      let from: StoredEvent['position'] | undefined;
      for (;;) {
        const batch = await store.readAll({ fromPosition: from, maxCount: BATCH_SIZE });
        if (batch.length === 0) break;
        events += batch.length;
        from = batch[batch.length - 1].position;
      }
    });
    const stem = await measure(pool, 'stem', () =>
      pool.query(`SELECT count(*) FILTER (WHERE civic_search_document(title || ' ' || description) IS NOT NULL) FROM ${SIMILAR_IDEAS}`),
    );
    const write = await measure(pool, 'write', async () => {
      // One connection: a temporary table is its own.
      const client = await pool.connect();
      try {
        for (const table of physical) {
          await client.query(`CREATE TEMP TABLE floor_copy AS SELECT * FROM ${table}`);
          await client.query('DROP TABLE floor_copy');
        }
      } finally {
        client.release();
      }
    });
    const index = await measure(pool, 'index', async () => {
      for (const table of physical) {
        await pool.query(`REINDEX TABLE ${table}`);
        await pool.query(`ANALYZE ${table}`);
      }
    });
    const floorCpuSeconds = round(read.cpuSeconds + stem.cpuSeconds + write.cpuSeconds + index.cpuSeconds);
    const cores = availableParallelism();
    // The target's CPU on every core for the whole time, less the floor: what folding every event into every read model may cost.
    const targetCpuSeconds = round((events * cores) / TARGET_EVENTS_PER_SEC);
    process.stdout.write(
      `${JSON.stringify({
        bench: 'rebuild-floor',
        events,
        ideas,
        readModels: projections.length,
        read,
        stem,
        write,
        index,
        floorCpuSeconds,
        cores,
        floorEventsPerSec: Math.round((events * cores) / floorCpuSeconds),
        target: TARGET_EVENTS_PER_SEC,
        targetCpuSeconds,
        leftForFoldingCpuSeconds: round(targetCpuSeconds - floorCpuSeconds),
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
