import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { applyMigrations, ConfigError, loadConfig, useStructuredLogs } from '@civic/platform';
import { startWorker } from './start-worker';
import { workerOptionsFrom } from './worker-options';

/** The worker as its own process (production: scale it separately from the API). */
async function main(): Promise<void> {
  useStructuredLogs(); // JSON lines, or readable ones on a terminal (LOG_FORMAT, LOG_LEVEL)
  const config = loadConfig();
  if (!config.databaseUrl) throw new ConfigError('DATABASE_URL must be set for a separate worker process (npm start runs API and worker together on the embedded database)');
  await applyMigrations(config.databaseUrl);
  const worker = await startWorker(await workerOptionsFrom(config, config.databaseUrl));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void worker.close().then(() => process.exit(0)));
}

main().catch((error) => {
  const logger = new Logger('Worker');
  if (error instanceof ConfigError) logger.fatal(`Configuration error: ${error.message}`);
  else logger.fatal(error);
  process.exit(1);
});
