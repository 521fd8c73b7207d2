import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { applyMigrations, ConfigError, loadConfig, onStopRequest } from '@civic/platform';
import { startWorker } from './start-worker';
import { workerOptionsFrom } from './worker-options';

/** The worker as its own process (production: scale it separately from the API; npm start runs one beside the API). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) throw new ConfigError('DATABASE_URL must be set for a separate worker process (npm start runs the API and a worker on the embedded database)');
  const applied = await applyMigrations(config.databaseUrl);
  if (applied.length) new Logger('Worker').log(`Applied migrations: ${applied.join(', ')}`);
  const worker = await startWorker(await workerOptionsFrom(config, config.databaseUrl));
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
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
