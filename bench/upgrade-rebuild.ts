/**
 * Upgrade benchmark: what an upgrade that changed a read model's tables
 * costs. On the generated history (bench/generate-events.ts, ~1M events) it
 * puts the inbox and response-times tables back in the shape of the version
 * before `deadline_missed_at`, then starts the projection runners as a worker
 * does and measures:
 *   shapeCheckMs      the comparison every owner makes at start when nothing changed
 *   upgradeSeconds    runners started → every read model rebuilt and switched
 *                     (the time the API answers 503 read-model-upgrading on them)
 *
 * Run:   npm run -s bench:upgrade-rebuild [-- --events 1000000 --database-url URL]
 * Output: one JSON line on stdout; the runners' own progress lines on stderr.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { PostgresEventStore } from '../libs/event-store/src/index';
import { applyMigrations, WorkingDayCalendar } from '../libs/platform/src/index';
import { activeGeneration, allProjections, ProjectionRunner, rebuildProjection } from '../libs/projections/src/index';
import { tableShapeChanges } from '../libs/projections/src/runner/table-shape';
import { ensureGeneratedHistory, optionsFromArgs } from './generate-events';
import { postgresVersion } from './support/bench-cli';

const log = (message: string) => process.stderr.write(`[bench:upgrade-rebuild] ${message}\n`);
/** The tables deadline_missed_at was added to, as the upgrade this measures. */
const DOWNGRADED = ['department_inbox', 'response_times'];

async function main(): Promise<void> {
  const options = optionsFromArgs(process.argv.slice(2));
  const history = await ensureGeneratedHistory(options, log);
  await applyMigrations(history.url);
  const pool = new pg.Pool({ connectionString: history.url, max: 16 });
  const store = new PostgresEventStore(pool);
  const projections = allProjections(new WorkingDayCalendar({ country: 'DK', timeZone: 'Europe/Copenhagen' }));
  try {
    log('bringing every read model up to date first');
    for (const projection of projections)
      if ((await tableShapeChanges(pool, projection).catch(() => ['absent'])).length > 0) await rebuildProjection(pool, store, projection);

    const checks: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const projection of projections) {
        const started = performance.now();
        const changes = await tableShapeChanges(pool, projection);
        checks.push(performance.now() - started);
        if (changes.length > 0) throw new Error(`${projection.name} differs right after its rebuild: ${changes.join('; ')}`);
      }
    }

    for (const table of DOWNGRADED) {
      const { generation } = await activeGeneration(pool, table);
      await pool.query(
        `DROP VIEW ${table}; ALTER TABLE ${table}_g${generation} DROP COLUMN deadline_missed_at; CREATE VIEW ${table} AS SELECT * FROM ${table}_g${generation}`,
      );
    }
    const before = new Map(await Promise.all(projections.map(async (p) => [p.name, (await activeGeneration(pool, p.name)).generation] as const)));
    log(`downgraded ${DOWNGRADED.join(', ')}; starting the runners`);

    const logger = { log, warn: log, error: log };
    const started = performance.now();
    const runners = projections.map((projection) => new ProjectionRunner(pool, store, projection, { logger }));
    runners.forEach((runner) => runner.start());
    const switchedAfter: Record<string, number> = {};
    while (Object.keys(switchedAfter).length < DOWNGRADED.length) {
      for (const table of DOWNGRADED) {
        if (switchedAfter[table] === undefined && (await activeGeneration(pool, table)).generation !== before.get(table))
          switchedAfter[table] = round((performance.now() - started) / 1000);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const upgradeSeconds = round((performance.now() - started) / 1000);
    await Promise.all(runners.map((runner) => runner.stop()));
    // A read model whose tables did not change must not be rebuilt.
    const unchanged = projections.filter((p) => !DOWNGRADED.includes(p.name));
    const rebuiltWithoutChange = [];
    for (const p of unchanged) if ((await activeGeneration(pool, p.name)).generation !== before.get(p.name)) rebuiltWithoutChange.push(p.name);

    const sorted = [...checks].sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        bench: 'upgrade-rebuild',
        events: history.events,
        shapeCheckMs: { p50: round(sorted[Math.floor(sorted.length / 2)]), max: round(sorted[sorted.length - 1]), n: sorted.length },
        downgraded: DOWNGRADED,
        switchedAfterSeconds: switchedAfter,
        upgradeSeconds,
        eventsPerSecPerReadModel: Math.round(history.events / upgradeSeconds),
        rebuiltWithoutChange,
        loadAverageAtStart: round(loadavg()[0]),
        node: process.version,
        postgres: await postgresVersion(history.url),
      }),
    );
  } finally {
    await store.close();
    await pool.end();
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
