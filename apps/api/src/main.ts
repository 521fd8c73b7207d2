import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { applyMigrations, ConfigError, eventStoreOptions, loadConfig, onStopRequest, queueBackend, useStructuredLogs } from '@civic/platform';
import { Pool } from 'pg';
import { staffAuthOptions } from './auth/staff-auth-config';
import { staffSignInFromEnv } from './staff-pages/staff-sign-in.options';
import { createApp } from './create-app';
import { personalDataMasterKey, hasReferenceData, seedReferenceData } from '@civic/casework';
import { startBanner } from './start-banner';

/** The API as its own process (production: as many as you like; npm start runs one beside a worker). */
async function main(): Promise<void> {
  useStructuredLogs({ stream: process.stdout, buffered: true }); // JSON lines, or readable ones on a terminal (LOG_FORMAT, LOG_LEVEL)
  const logger = new Logger('Civic Ideas');
  const config = loadConfig();
  const databaseUrl = config.databaseUrl;
  if (!databaseUrl) throw new ConfigError('DATABASE_URL must be set for a separate API process (npm start runs the API and a worker on the embedded database)');
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
    piiPreviousMasterKeys: config.piiPreviousMasterKeys,
    personalDataRetentionMonths: config.personalDataRetentionMonths,
    http: { rateLimits: config.rateLimits, redisUrl: config.redisUrl, corsOrigins: config.corsOrigins, trustProxy: config.trustProxy },
    queues: { backend: queueBackend({ redisUrl: config.redisUrl, databaseUrl }), prefix: config.jobs.queuePrefix },
    metrics: { token: config.metrics.token, enabled: config.metrics.api },
    open311: config.open311,
    staffSignIn: staffSignInFromEnv(process.env),
    initiatives: {
      thresholdRule: config.initiatives.thresholdRule,
      identity: config.initiatives.identity && {
        ...config.initiatives.identity,
        redirectUri: `${config.jobs.publicBaseUrl}/initiatives/identity/callback`,
        votingRedirectUri: `${config.jobs.publicBaseUrl}/budget-rounds/identity/callback`,
      },
    },
  });
  await app.listen(config.port, config.host);
  onStopRequest((reason) => {
    logger.log(`${reason}: shutting down`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
  for (const line of startBanner(config)) logger.log(line);
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
