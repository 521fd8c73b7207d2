import 'reflect-metadata';
import { applyMigrations, ConfigError, loadConfig } from '@civic/platform';
import { startWorker } from './start-worker';
import { workerOptionsFrom } from './worker-options';

/** The worker as its own process (production: scale it separately from the API). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) throw new ConfigError('DATABASE_URL must be set for a separate worker process (npm start runs API and worker together on the embedded database)');
  await applyMigrations(config.databaseUrl);
  const { metrics } = config;
  const worker = await startWorker({
    ...(await workerOptionsFrom(config, config.databaseUrl)),
    // The API has /metrics; a worker process serves its own on WORKER_METRICS_PORT (0: none).
    metrics: metrics.workerPort > 0 ? { host: config.host, port: metrics.workerPort, token: metrics.token } : undefined,
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void worker.close().then(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
