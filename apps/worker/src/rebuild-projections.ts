import 'reflect-metadata';
import { openEventStore } from '@civic/event-store';
import {
  applyMigrations,
  ConfigError,
  createPgPool,
  embeddedPostgresUrl,
  eventStoreOptions,
  loadConfig,
  rootLogger,
  useStructuredLogs,
  WorkingDayCalendar,
} from '@civic/platform';
import { allProjections, rebuildProjections, RebuildAlreadyRunning, type RebuildProgress } from '@civic/projections';

const USAGE = 'Usage: npm run projections:rebuild -- <projection name | all>';

/**
 * Rebuilds read models from position 0 beside the live ones and switches
 * to them when caught up; the API keeps serving the old rows meanwhile.
 */
async function main(args: string[]): Promise<number> {
  // On stderr, as before: progress and the outcome are the command's log (JSON lines, or readable ones on a terminal).
  useStructuredLogs({ stream: process.stderr });
  const config = loadConfig();
  const projections = allProjections(new WorkingDayCalendar(config.calendar));
  const names = projections.map((projection) => projection.name);
  const wanted = args.filter((arg) => !arg.startsWith('-'));
  if (wanted.length === 0 || args.includes('--help')) {
    console.error(`${USAGE}\nProjections: ${names.join(', ')}`);
    return 2;
  }
  const unknown = wanted.filter((name) => name !== 'all' && !names.includes(name));
  if (unknown.length) {
    console.error(`Unknown projection ${unknown.join(', ')}. Projections: ${names.join(', ')}\n${USAGE}`);
    return 2;
  }
  const chosen = wanted.includes('all') ? projections : projections.filter((projection) => wanted.includes(projection.name));
  // Without DATABASE_URL: the embedded database of a running `npm start`.
  const url = config.databaseUrl ?? embeddedPostgresUrl(config.embeddedPostgres.port);
  await applyMigrations(url);
  // The writers, the reader of $all, the advisory locks and the switches.
  const pool = createPgPool(url, 10);
  const store = openEventStore({ ...eventStoreOptions(config), pool });
  try {
    // Several: one read of $all for all of them, each batch folded into every new generation.
    const results = await rebuildProjections(pool, store, chosen, { onProgress: printProgress });
    for (const result of results) {
      log().info(
        `${result.projection}: rebuilt as generation ${result.generation} from ${result.events} events in ${result.seconds.toFixed(1)} s; the API now reads it`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof RebuildAlreadyRunning) {
      log().error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
    await pool.end();
  }
}

function printProgress(progress: RebuildProgress): void {
  const percent = progress.total ? Math.min(100, (100 * progress.applied) / progress.total).toFixed(0) : '100';
  log().info(`${progress.projection}: ${progress.applied} / ~${progress.total} events (${percent}%), ${progress.eventsPerSec} events/s`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
    else log().fatal(error);
    process.exit(1);
  },
);

const log = () => rootLogger().child({ context: 'Rebuild' });
