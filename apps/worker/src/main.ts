import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { applyMigrations, ConfigError, loadConfig, onStopRequest, useStructuredLogs } from '@civic/platform';
import { startWorker } from './start-worker';
import { workerOptionsFrom } from './worker-options';

/** The worker as its own process (production: scale it separately from the API; npm start runs one beside the API). */
async function main(): Promise<void> {
  useStructuredLogs({ stream: process.stdout, buffered: true }); // JSON lines, or readable ones on a terminal (LOG_FORMAT, LOG_LEVEL)
  const config = loadConfig();
  if (!config.databaseUrl)
    throw new ConfigError('DATABASE_URL must be set for a separate worker process (npm start runs the API and a worker on the embedded database)');
  const applied = await applyMigrations(config.databaseUrl);
  if (applied.length) new Logger('Worker').log(`Applied migrations: ${applied.join(', ')}`);
  const { metrics } = config;
  const worker = await startWorker({
    ...(await workerOptionsFrom(config, config.databaseUrl)),
    // The API has /metrics; a worker process serves its own on WORKER_METRICS_PORT (0: none).
    metrics: metrics.workerPort > 0 ? { host: config.host, port: metrics.workerPort, token: metrics.token } : undefined,
  });
  onStopRequest((reason) => {
    new Logger('Worker').log(`${reason}: shutting down`);
    worker.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}

main().catch((error) => {
  const logger = new Logger('Worker');
  if (error instanceof ConfigError) logger.fatal(`Configuration error: ${error.message}`);
  else logger.fatal(error);
  process.exit(1);
});
