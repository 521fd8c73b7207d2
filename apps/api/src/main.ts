import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { applyMigrations, ConfigError, loadConfig, startEmbeddedPostgres } from '@civic/platform';
import { Pool } from 'pg';
import { createApp } from './create-app';
import { hasReferenceData, seedReferenceData } from './seed/seed-reference-data';

async function main(): Promise<void> {
  const logger = new Logger('Civic Ideas');
  const config = loadConfig();
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.log(`No DATABASE_URL: starting an embedded PostgreSQL in ${config.embeddedPostgres.dataDir} (port ${config.embeddedPostgres.port})`);
    databaseUrl = (await startEmbeddedPostgres(config.embeddedPostgres)).url;
  }
  const applied = await applyMigrations(databaseUrl);
  if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`);
  if (!config.databaseUrl) await seedWhenEmpty(databaseUrl, logger);

  const app = await createApp({ databaseUrl, poolSize: config.databasePoolSize, trackingTokenSecret: config.trackingTokenSecret });
  await app.listen(config.port, config.host);
  const base = `http://${config.host}:${config.port}`;
  logger.log(`API listening on ${base} — API docs at ${base}/docs`);
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

main().catch((error) => {
  // A configuration mistake is a one-line message, not a stack trace.
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
