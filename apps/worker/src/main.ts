import 'reflect-metadata';
import { applyMigrations, ConfigError, eventStoreOptions, loadConfig } from '@civic/platform';
import { startWorker } from './start-worker';

/** The worker as its own process (production: scale it separately from the API). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) throw new ConfigError('DATABASE_URL must be set for a separate worker process (npm start runs API and worker together on the embedded database)');
  await applyMigrations(config.databaseUrl);
  const worker = await startWorker({ databaseUrl: config.databaseUrl, redisUrl: config.redisUrl, calendar: config.calendar, batchSize: config.projectionBatchSize, eventStore: eventStoreOptions(config) });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void worker.close().then(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
