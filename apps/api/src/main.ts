import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { applyMigrations, ConfigError, eventStoreOptions, loadConfig, personalDataMasterKey, queueBackend, startEmbeddedPostgres, type EmbeddedPostgresServer } from '@civic/platform';
import { Pool } from 'pg';
import { startWorker } from '../../worker/src/start-worker';
import { workerOptionsFrom } from '../../worker/src/worker-options';
import { staffAuthOptions } from './auth/staff-auth-config';
import { createApp } from './create-app';
import { hasReferenceData, seedReferenceData } from './seed/seed-reference-data';

let embedded: EmbeddedPostgresServer | null = null;

async function main(): Promise<void> {
  const logger = new Logger('Civic Ideas');
  const config = loadConfig();
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.log(`No DATABASE_URL: starting an embedded PostgreSQL in ${config.embeddedPostgres.dataDir} (port ${config.embeddedPostgres.port})`);
    const started = await startEmbeddedPostgres(config.embeddedPostgres);
    embedded = started;
    databaseUrl = started.url;
  }
  const applied = await applyMigrations(databaseUrl);
  if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`);
  if (config.seedDemoData) await seedWhenEmpty(databaseUrl, logger);

  const eventStore = eventStoreOptions(config);
  const app = await createApp({
    databaseUrl,
    poolSize: config.databasePoolSize,
    trackingTokenSecret: config.trackingTokenSecret,
    eventStore,
    calendar: config.calendar,
    auth: await staffAuthOptions(config),
    piiMasterKey: await personalDataMasterKey(config),
    personalDataRetentionMonths: config.personalDataRetentionMonths,
    http: { rateLimits: config.rateLimits, redisUrl: config.redisUrl, corsOrigins: config.corsOrigins, trustProxy: config.trustProxy },
    queues: { backend: queueBackend({ redisUrl: config.redisUrl, databaseUrl }), prefix: config.jobs.queuePrefix },
    metrics: { token: config.metrics.token, enabled: config.metrics.api },
  });
  await app.listen(config.port, config.host);
  // npm start: API and worker in one process; production runs them apart.
  const worker = process.argv.includes('--with-worker') ? await startWorker(await workerOptionsFrom(config, databaseUrl)) : null;
  // Close in order (HTTP, worker, then the embedded database), so nothing is left running.
  embedded?.releaseSignals();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.log(`${signal}: shutting down`);
      if (embedded) process.on('uncaughtException', ignoreEmbeddedPostgresGoingAway);
      void (async () => {
        await app.close();
        await worker?.close();
        await embedded?.stop();
        process.exit(0);
      })();
    });
  }
  const base = `http://${config.host}:${config.port}`;
  logger.log(`API listening on ${base} — API docs at ${base}/docs`);
}

/**
 * While the service closes, the embedded server may still cut a connection
 * (its own exit hook, a second signal): an error nobody listens to any more.
 * Harmless at that point; any other error still ends the process with its message.
 */
function ignoreEmbeddedPostgresGoingAway(error: Error & { code?: string }): void {
  if (error.code === '57P01' || /terminating connection due to administrator command|Connection terminated/.test(error.message)) return;
  console.error(error);
  process.exit(1);
}

/** A first run on the embedded database gets the demo departments and rules, so an idea can be submitted at once. */
async function seedWhenEmpty(url: string, logger: Logger): Promise<void> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    if (await hasReferenceData(pool)) return;
    await seedReferenceData(pool);
    logger.log('Seeded the demo reference data (Copenhagen)');
  } finally {
    await pool.end();
  }
}

main().catch(async (error) => {
  // A configuration mistake is a one-line message, not a stack trace.
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  await embedded?.stop().catch(() => undefined);
  process.exit(1);
});
